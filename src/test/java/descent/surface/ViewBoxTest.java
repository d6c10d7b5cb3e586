package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A view box is refused when a side is empty, infinite, or too short for its pixels to have distinct coordinates. */
class ViewBoxTest {

    @Test
    void aSideMustSpanADistinctNumberForEachOfTheWidestPlotsPixels() {
        // Near 1 doubles are 2.2e-16 apart: 8192 pixels need at least 8192 × 2.2e-16 = 1.8e-12.
        assertThatThrownBy(() -> new ViewBox(1, 1 + 1e-12, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too small to draw");
        assertThat(new ViewBox(1, 1 + 1e-11, 0, 1).width()).isPositive();
    }

    @Test
    void aTinySideNearZeroIsFineUntilItsPixelsWouldUnderflow() {
        // 1e-161 / 8192 = 1.2e-165 is a normal double; 1e-305 / 8192 = 1.2e-309 is below the smallest, 2.2e-308.
        assertThat(new ViewBox(0, 1e-161, 0, 1e-161).height()).isEqualTo(1e-161);
        assertThatThrownBy(() -> new ViewBox(0, 1, 0, 1e-305)).hasMessageContaining("too small to draw");
    }

    @Test
    void anEmptyOrInfiniteSideIsRefused() {
        assertThatThrownBy(() -> new ViewBox(1, 1, 0, 1)).hasMessageContaining("empty or infinite");
        assertThatThrownBy(() -> new ViewBox(-1e308, 1e308, 0, 1)).hasMessageContaining("empty or infinite");
        assertThatThrownBy(() -> new ViewBox(0, 1, Double.NaN, 1)).hasMessageContaining("empty or infinite");
    }
}
