package descent.contour;

import java.util.Arrays;

/**
 * Isolines by marching squares: each grid cell that a level crosses contributes a straight segment between points
 * found by linear interpolation along its edges. Saddle cells are resolved by the mean of their four corners.
 */
public final class MarchingSquares {

    private MarchingSquares() {
    }

    /**
     * The segments where the grid crosses {@code level}, in the grid's coordinates: x1, y1, x2, y2 for each
     * segment, one after another. Cells with a NaN corner are skipped.
     */
    public static double[] segments(Grid grid, double level) {
        Segments out = new Segments();
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < grid.columns(); i++) {
                cell(grid, i, j, level, out);
            }
        }
        return out.toArray();
    }

    /**
     * The segments of every level at once, visiting only the cells each level crosses.
     *
     * @return for each level, its segments as in {@link #segments(Grid, double)}
     */
    public static double[][] segments(Grid grid, Levels levels) {
        int n = levels.size();
        Segments[] out = new Segments[n];
        for (int k = 0; k < n; k++) {
            out[k] = new Segments();
        }
        int columns = grid.columns();
        int[] band = new int[columns * grid.rows()];
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < columns; i++) {
                band[j * columns + i] = levels.band(grid.value(i, j));
            }
        }
        for (int j = 0; j + 1 < grid.rows(); j++) {
            for (int i = 0; i + 1 < columns; i++) {
                int a = band[j * columns + i];
                int b = band[j * columns + i + 1];
                int c = band[(j + 1) * columns + i];
                int d = band[(j + 1) * columns + i + 1];
                if (a < 0 || b < 0 || c < 0 || d < 0) {
                    continue;
                }
                int lo = Math.min(Math.min(a, b), Math.min(c, d));
                int hi = Math.max(Math.max(a, b), Math.max(c, d));
                // Level k separates band k from band k+1, so it crosses the cell when lo <= k < hi.
                for (int k = lo; k < hi; k++) {
                    cell(grid, i, j, levels.get(k), out[k]);
                }
            }
        }
        double[][] result = new double[n][];
        for (int k = 0; k < n; k++) {
            result[k] = out[k].toArray();
        }
        return result;
    }

    private static void cell(Grid g, int i, int j, double level, Segments out) {
        // Corners counter-clockwise in index space: a = (i, j), b = (i+1, j), c = (i+1, j+1), d = (i, j+1).
        double a = g.value(i, j);
        double b = g.value(i + 1, j);
        double c = g.value(i + 1, j + 1);
        double d = g.value(i, j + 1);
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
            return;
        }
        int index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
        if (index == 0 || index == 15) {
            return;
        }
        // Edge crossing points: ab (bottom in index space), bc, cd, da.
        double abX = g.x(i + fraction(a, b, level));
        double abY = g.y(j);
        double bcX = g.x(i + 1);
        double bcY = g.y(j + fraction(b, c, level));
        double cdX = g.x(i + 1 - fraction(c, d, level));
        double cdY = g.y(j + 1);
        double daX = g.x(i);
        double daY = g.y(j + 1 - fraction(d, a, level));
        switch (index) {
            case 1, 14 -> out.add(daX, daY, abX, abY);
            case 2, 13 -> out.add(abX, abY, bcX, bcY);
            case 3, 12 -> out.add(daX, daY, bcX, bcY);
            case 4, 11 -> out.add(bcX, bcY, cdX, cdY);
            case 6, 9 -> out.add(abX, abY, cdX, cdY);
            case 7, 8 -> out.add(daX, daY, cdX, cdY);
            case 5, 10 -> {
                boolean centreHigh = (a + b + c + d) / 4 >= level;
                // Corners a and c are on one side, b and d on the other; the centre decides which pair connects.
                if ((index == 5) == centreHigh) {
                    out.add(daX, daY, cdX, cdY);
                    out.add(abX, abY, bcX, bcY);
                } else {
                    out.add(daX, daY, abX, abY);
                    out.add(bcX, bcY, cdX, cdY);
                }
            }
            default -> throw new AssertionError(index);
        }
    }

    /** Where along the edge from value p to value q the level lies, from 0 at p to 1 at q. */
    private static double fraction(double p, double q, double level) {
        return p == q ? 0.5 : (level - p) / (q - p);
    }

    /** A growing array of segment coordinates. */
    private static final class Segments {
        private double[] data = new double[64];
        private int size;

        void add(double x1, double y1, double x2, double y2) {
            if (size + 4 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x1;
            data[size++] = y1;
            data[size++] = x2;
            data[size++] = y2;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
