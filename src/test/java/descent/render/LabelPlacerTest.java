package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where labels go beside the points they name. */
class LabelPlacerTest {

    @Test
    void aLabelWhoseTextWouldSitOverAnotherPointGoesToTheOtherSideOfItsOwn() {
        // A's first place, above and right of A, is (106, 85) to (146, 97): its edge is nearer A (6.7 px) than B
        // (9 px), but its middle, (126, 91), is 15.5 px from B and 27.8 px from A, so a reader pairs it with B.
        List<double[]> anchors = List.of(new double[] {100, 100}, new double[] {120, 106});
        List<double[]> sizes = List.of(new double[] {40, 12}, new double[] {20, 12});
        List<double[]> boxes = LabelPlacer.place(anchors, sizes, new double[] {0, 0, 300, 300}, 6, List.of());
        double[] a = boxes.get(0);
        assertThat(a[0] + a[2]).as("A's label ends left of A").isLessThanOrEqualTo(100);
        double[] b = boxes.get(1);
        assertThat(b[0]).as("B's label starts right of B").isGreaterThanOrEqualTo(120);
    }
}
