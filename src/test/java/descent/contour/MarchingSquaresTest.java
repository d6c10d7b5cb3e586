package descent.contour;

import static org.assertj.core.api.Assertions.assertThat;

import descent.surface.LevelSpacing;
import org.junit.jupiter.api.Test;

/** Isolines on tiny grids that can be checked by hand. */
class MarchingSquaresTest {

    @Test
    void aTwoByTwoGridWithZEqualYCrossesHalfwayUp() {
        // Nodes at x = 0, 1 and y = 0, 1 with z = y, as in contourpy's own first test.
        Grid g = Grid.of(new double[][] {{0, 0}, {1, 1}}, 0, 1, 0, 1);
        assertThat(MarchingSquares.segments(g, 0.5)).containsExactly(0, 0.5, 1, 0.5);
    }

    @Test
    void crossingPointsAreInterpolatedLinearlyAlongEachEdge() {
        // z = x on nodes x = 0, 2: the level 0.5 lies a quarter of the way across.
        Grid g = Grid.of(new double[][] {{0, 2}, {0, 2}}, 0, 2, 0, 1);
        double[] s = MarchingSquares.segments(g, 0.5);
        assertThat(s).hasSize(4);
        assertThat(s[0]).isEqualTo(0.5);
        assertThat(s[2]).isEqualTo(0.5);
    }

    @Test
    void aCornerAboveTheLevelIsCutOffByOneSegment() {
        Grid g = Grid.of(new double[][] {{0, 0}, {0, 1}}, 0, 1, 0, 1);
        // Only (1, 1) is above 0.5: the segment joins (1, 0.5) and (0.5, 1).
        assertThat(MarchingSquares.segments(g, 0.5)).containsExactly(1, 0.5, 0.5, 1);
    }

    @Test
    void aSaddleCellFollowsItsCentre() {
        // Corners 1 and 1 on one diagonal, 0 and 0 on the other: the centre (0.5) is above 0.4, so the high
        // corners connect through the middle and the two low corners are cut off.
        Grid g = Grid.of(new double[][] {{1, 0}, {0, 1}}, 0, 1, 0, 1);
        double[] s = MarchingSquares.segments(g, 0.4);
        assertThat(s).hasSize(8);
        // Each segment stays near one low corner, (1, 0) or (0, 1).
        for (int i = 0; i < s.length; i += 4) {
            double mx = (s[i] + s[i + 2]) / 2;
            double my = (s[i + 1] + s[i + 3]) / 2;
            assertThat(Math.abs(mx - my)).isGreaterThan(0.5);
        }
    }

    @Test
    void noSegmentWhereTheLevelDoesNotCrossOrAValueIsMissing() {
        Grid flat = Grid.of(new double[][] {{2, 2}, {2, 2}}, 0, 1, 0, 1);
        assertThat(MarchingSquares.segments(flat, 1)).isEmpty();
        Grid gap = Grid.of(new double[][] {{0, Double.NaN}, {1, 1}}, 0, 1, 0, 1);
        assertThat(MarchingSquares.segments(gap, 0.5)).isEmpty();
    }

    @Test
    void allLevelsAtOnceMatchOneLevelAtATime() {
        double[][] z = new double[6][7];
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 7; i++) {
                z[j][i] = (i - 3) * (i - 3) + 0.5 * (j - 2.5) * (j - 2.5);
            }
        }
        Grid g = Grid.of(z, 0, 1, 0, 1);
        Levels levels = Levels.of(LevelSpacing.LINEAR, 1, 2, 4, 7);
        double[][] all = MarchingSquares.segments(g, levels);
        for (int k = 0; k < levels.size(); k++) {
            assertThat(sorted(all[k])).containsExactly(sorted(MarchingSquares.segments(g, levels.get(k))));
        }
    }

    private static double[] sorted(double[] a) {
        double[] c = a.clone();
        java.util.Arrays.sort(c);
        return c;
    }
}
