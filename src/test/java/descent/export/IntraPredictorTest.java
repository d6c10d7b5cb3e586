package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntraPredictorTest {

    private static final int[] NO_LEFT = new int[4];

    @Test
    void diagonalDownLeftOfARampIsTheRampButForTheLastSample() {
        // p[-1, -1] = 0, then p[0..7, -1] = 0, 4, ..., 28: the filtered ramp gives 4 (x + y + 1), and the last
        // sample (p[6, -1] + 3 p[7, -1] + 2) >> 2 = (24 + 84 + 2) >> 2 = 27.
        int[] top = {0, 0, 4, 8, 12, 16, 20, 24, 28};
        int[] out = new int[16];
        IntraPredictor.fourByFour(3, top, NO_LEFT, true, false, out);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(out[4 * y + x]).as("(%d, %d)", x, y).isEqualTo(x == 3 && y == 3 ? 27 : 4 * (x + y + 1));
            }
        }
    }

    @Test
    void horizontalUpAveragesDownTheLeftColumnAndEndsOnItsLastSample() {
        int[] left = {10, 20, 30, 40};
        int[] out = new int[16];
        IntraPredictor.fourByFour(8, new int[9], left, false, true, out);
        assertThat(out[0]).isEqualTo(15); // (10 + 20 + 1) >> 1
        assertThat(out[1]).isEqualTo(20); // (10 + 2 * 20 + 30 + 2) >> 2
        assertThat(out[4 * 2 + 1]).isEqualTo(38); // (30 + 3 * 40 + 2) >> 2
        assertThat(out[4 * 3 + 3]).isEqualTo(40);
    }

    @Test
    void dcWithNoNeighboursIsMidGrey() {
        int[] out = new int[16];
        IntraPredictor.fourByFour(2, new int[9], NO_LEFT, false, false, out);
        assertThat(out).containsOnly(128);
    }

    @Test
    void directionsNeedTheirNeighbours() {
        assertThat(IntraPredictor.usable(0, false, true, false)).isFalse();
        assertThat(IntraPredictor.usable(8, false, true, false)).isTrue();
        assertThat(IntraPredictor.usable(4, true, true, false)).isFalse();
        assertThat(IntraPredictor.usable(2, false, false, false)).isTrue();
    }
}
