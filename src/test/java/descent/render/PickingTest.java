package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which racer a click picks, and the rate chart's scale. */
class PickingTest {

    @Test
    void theDistanceToASegmentIsToItsNearestPoint() {
        // Beside the middle, beyond an end, on it.
        assertThat(Picking.toSegment(5, 3, 0, 0, 10, 0)).isCloseTo(3, within(1e-12));
        assertThat(Picking.toSegment(13, 4, 0, 0, 10, 0)).isCloseTo(5, within(1e-12));
        assertThat(Picking.toSegment(2, 0, 0, 0, 10, 0)).isZero();
        assertThat(Picking.toSegment(3, 4, 0, 0, 0, 0)).isCloseTo(5, within(1e-12));
        assertThat(Picking.toSegment(0, 0, Double.NaN, 0, 1, 1)).isInfinite();
    }

    @Test
    void theRateChartSpansTheDecadesOfItsRates() {
        var adagrad = new RateChartPainter.Series(4, "AdaGrad", List.of(new Vec2(0.5, 0.2), new Vec2(0.003, 0.02)));
        var sgd = new RateChartPainter.Series(0, "SGD", List.of(new Vec2(0.05, 0.05)));
        assertThat(RateChartPainter.decades(List.of(adagrad, sgd))).containsExactly(-3, 0);
        // A constant rate still gets a decade around it; no rates, a default.
        assertThat(RateChartPainter.decades(List.of(sgd))).containsExactly(-2, -1);
        assertThat(RateChartPainter.decades(List.of())).containsExactly(-3, 0);
    }
}
