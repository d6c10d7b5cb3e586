package descent.contour;

import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * A surface sampled on a regular grid: node (i, j) lies at (x0 + i·dx, y0 + j·dy) and holds f there. Values that
 * are not finite are kept as NaN and drawn as gaps.
 */
public final class Grid {

    private final int columns;
    private final int rows;
    private final double x0;
    private final double dx;
    private final double y0;
    private final double dy;
    private final double[] values;
    private final double min;
    private final double max;

    private Grid(int columns, int rows, double x0, double dx, double y0, double dy, double[] values) {
        this.columns = columns;
        this.rows = rows;
        this.x0 = x0;
        this.dx = dx;
        this.y0 = y0;
        this.dy = dy;
        this.values = values;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        this.min = lo;
        this.max = hi;
    }

    /**
     * A grid from explicit values, {@code z[j][i]} at (x0 + i·dx, y0 + j·dy); for tests and small examples.
     */
    public static Grid of(double[][] z, double x0, double dx, double y0, double dy) {
        int rows = z.length;
        int columns = z[0].length;
        double[] v = new double[rows * columns];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                v[j * columns + i] = finiteOrNaN(z[j][i]);
            }
        }
        return new Grid(columns, rows, x0, dx, y0, dy, v);
    }

    /**
     * Samples a surface at the centres of a {@code columns × rows} tiling of the view, row 0 at the top (the
     * largest y) as in an image. Rows are evaluated in parallel.
     *
     * @param cancelled polled once per row; when it turns true the sampling stops with a CancellationException
     */
    public static Grid sample(Surface surface, ViewBox view, int columns, int rows, BooleanSupplier cancelled) {
        double dx = view.width() / columns;
        double dy = -view.height() / rows;
        double x0 = view.xMin() + dx / 2;
        double y0 = view.yMax() + dy / 2;
        double[] v = new double[columns * rows];
        IntStream.range(0, rows).parallel().forEach(j -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            double y = y0 + j * dy;
            int offset = j * columns;
            for (int i = 0; i < columns; i++) {
                v[offset + i] = finiteOrNaN(surface.value(x0 + i * dx, y));
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        return new Grid(columns, rows, x0, dx, y0, dy, v);
    }

    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** f at node (i, j), NaN where it is not finite. */
    public double value(int i, int j) {
        return values[j * columns + i];
    }

    /** The x coordinate of column i. */
    public double x(double i) {
        return x0 + i * dx;
    }

    /** The y coordinate of row j. */
    public double y(double j) {
        return y0 + j * dy;
    }

    /** The column, fractional, at which x lies. */
    public double column(double x) {
        return (x - x0) / dx;
    }

    /** The row, fractional, at which y lies. */
    public double row(double y) {
        return (y - y0) / dy;
    }

    /** The smallest finite value, or +∞ when there is none. */
    public double min() {
        return min;
    }

    /** The largest finite value, or −∞ when there is none. */
    public double max() {
        return max;
    }

    /** f at a fractional node position, interpolated bilinearly between the four nodes around it. */
    public double interpolate(double fi, double fj) {
        double ci = Math.max(0, Math.min(columns - 1, fi));
        double cj = Math.max(0, Math.min(rows - 1, fj));
        int i = (int) Math.min(ci, columns - 2 < 0 ? 0 : columns - 2);
        int j = (int) Math.min(cj, rows - 2 < 0 ? 0 : rows - 2);
        double u = columns > 1 ? ci - i : 0;
        double w = rows > 1 ? cj - j : 0;
        int i1 = Math.min(i + 1, columns - 1);
        int j1 = Math.min(j + 1, rows - 1);
        double a = value(i, j);
        double b = value(i1, j);
        double c = value(i, j1);
        double d = value(i1, j1);
        return (a * (1 - u) + b * u) * (1 - w) + (c * (1 - u) + d * u) * w;
    }
}
