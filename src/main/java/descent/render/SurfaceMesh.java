package descent.render;

import descent.contour.Levels;
import descent.surface.LevelSpacing;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.Arrays;

/**
 * A surface sampled on a grid of cells over a view, as the 3-D view draws it: each node's relief height, the cells
 * cut along the contour levels into flat facets of one band each, and the contour lines across them. The relief
 * follows the contour's colour scale, not the loss itself: the level at the k-th band edge stands k steps high,
 * with heights in between interpolated linearly, so a surface with logarithmic levels (Rosenbrock's valley floor
 * and its walls thousands of times higher) rises by its logarithm, and the shape and the colours tell the same
 * story; more than four decades below the top, a logarithmic relief is squeezed. Heights run from 0 at the lowest
 * node to 1 at the highest.
 *
 * <p>Cell (i, j) spans nodes i to i + 1 along x and j to j + 1 along y, j counted from the bottom; it is split
 * along the diagonal whose ends differ less into two triangles, on which heights are linear. A cell whose
 * four nodes lie in one band is one facet; the others are cut into a facet per band and triangle.
 */
public final class SurfaceMesh {

    /** Cells along the view's longer side: enough for a smooth relief, few enough to draw thirty times a second. */
    public static final int CELLS = 80;

    private final ViewBox box;
    private final int columns;
    private final int rows;
    private final double dx;
    private final double dy;
    private final double[] values;
    private final double[] heights;
    private final Levels levels;
    private final double[] levelHeights;
    /** Per cell: whether it is split along its other diagonal, from (i + 1, j) to (i, j + 1). */
    private final boolean[] flipped;
    /** The rank below which a logarithmic relief is squeezed; −∞ for a linear one. */
    private final double knee;

    // Facets: vertices (x, y, h), grouped per facet, facets grouped per cell, in cell order.
    private final double[] vertices;
    private final int[] facetStart;
    private final int[] facetBand;
    /**
     * Per facet: 0 for a whole cell, 1 for the triangle below the diagonal (at (i + 1, j), or at (i, j) when the
     * cell is flipped), 2 for the one above.
     */
    private final byte[] facetHalf;
    private final double[] normals;
    private final int[] cellFacets;
    // Contour lines: (x1, y1, h1, x2, y2, h2) per segment, grouped per cell.
    private final double[] lines;
    private final int[] cellLines;

    private SurfaceMesh(ViewBox box, int columns, int rows, double[] values, Levels levels) {
        this.box = box;
        this.columns = columns;
        this.rows = rows;
        this.dx = box.width() / columns;
        this.dy = box.height() / rows;
        this.values = values;
        this.levels = levels;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double rankHi = lo <= hi ? rank(levels, hi) : 1;
        knee = levels.spacing() == LevelSpacing.LOGARITHMIC ? rankHi - DEEPEST : Double.NEGATIVE_INFINITY;
        double reliefLo = lo <= hi ? relief(rank(levels, lo)) : 0;
        double span = relief(rankHi) > reliefLo ? relief(rankHi) - reliefLo : 1;
        heights = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            heights[k] = Double.isFinite(values[k]) ? (relief(rank(levels, values[k])) - reliefLo) / span
                    : Double.NaN;
        }
        levelHeights = new double[levels.size()];
        for (int k = 0; k < levelHeights.length; k++) {
            levelHeights[k] = (relief(rank(levels, levels.get(k))) - reliefLo) / span;
        }
        flipped = new boolean[columns * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                // Along the diagonal whose ends differ less: it follows a valley or a ridge that crosses the cell
                // rather than cutting through it, which would leave a saw-tooth along every narrow valley.
                double rising = Math.abs(height(i + 1, j + 1) - height(i, j));
                double falling = Math.abs(height(i, j + 1) - height(i + 1, j));
                flipped[j * columns + i] = falling < rising;
            }
        }
        Builder b = new Builder();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                b.cell(i, j);
            }
        }
        b.finish();
        vertices = b.vertices.toArray();
        facetStart = b.facetStart.toArray();
        facetBand = b.facetBand.toArray();
        facetHalf = b.halves();
        normals = b.normals.toArray();
        cellFacets = b.cellFacets.toArray();
        lines = b.lines.toArray();
        cellLines = b.cellLines.toArray();
    }

    /**
     * Samples a surface at the nodes of a grid over the box, {@link #CELLS} cells along its longer side, and cuts
     * it along the levels.
     */
    public static SurfaceMesh sample(Surface surface, ViewBox box, Levels levels) {
        return sample(surface, box, levels, CELLS);
    }

    /**
     * Samples a surface with {@code cells} cells along the box's longer side: fewer draw faster, as while the camera
     * is dragged round.
     */
    public static SurfaceMesh sample(Surface surface, ViewBox box, Levels levels, int cells) {
        int[] size = size(box, cells);
        return new SurfaceMesh(box, size[0], size[1], nodes(surface, box, size[0], size[1]), levels);
    }

    /**
     * Samples a surface with levels chosen for the values found, as a contour plot of the box would choose them.
     */
    public static SurfaceMesh sample(Surface surface, ViewBox box, LevelSpacing spacing, int levelCount) {
        int[] size = size(box, CELLS);
        double[] values = nodes(surface, box, size[0], size[1]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new SurfaceMesh(box, size[0], size[1], values, Levels.choose(lo, hi, spacing, levelCount));
    }

    /** Columns and rows of cells: {@code cells} along the longer side, square cells, two at least. */
    private static int[] size(ViewBox box, int cells) {
        double cell = Math.max(box.width(), box.height()) / Math.max(2, cells);
        return new int[] {Math.max(2, (int) Math.round(box.width() / cell)),
            Math.max(2, (int) Math.round(box.height() / cell))};
    }

    private static double[] nodes(Surface surface, ViewBox box, int columns, int rows) {
        double[] values = new double[(columns + 1) * (rows + 1)];
        double ddx = box.width() / columns;
        double ddy = box.height() / rows;
        for (int j = 0; j <= rows; j++) {
            double y = j == rows ? box.yMax() : box.yMin() + j * ddy;
            for (int i = 0; i <= columns; i++) {
                double x = i == columns ? box.xMax() : box.xMin() + i * ddx;
                double v = surface.value(x, y);
                values[j * (columns + 1) + i] = Double.isFinite(v) ? v : Double.NaN;
            }
        }
        return values;
    }

    /** A mesh from explicit node values, {@code z[j][i]} at (xMin + i·dx, yMin + j·dy); for tests. */
    public static SurfaceMesh of(double[][] z, ViewBox box, Levels levels) {
        int rows = z.length - 1;
        int columns = z[0].length - 1;
        double[] values = new double[(columns + 1) * (rows + 1)];
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i <= columns; i++) {
                values[j * (columns + 1) + i] = Double.isFinite(z[j][i]) ? z[j][i] : Double.NaN;
            }
        }
        return new SurfaceMesh(box, columns, rows, values, levels);
    }

    /** The same samples cut along other levels. */
    public SurfaceMesh withLevels(Levels other) {
        return new SurfaceMesh(box, columns, rows, values, other);
    }

    /**
     * How many levels deep a logarithmic relief is drawn at full slope, four decades: below, it is squeezed by
     * {@link #SQUEEZE}. Rosenbrock's valley, seven decades below its walls and narrower than a cell, would otherwise
     * rise and fall by half the relief from one node to the next.
     */
    static final double DEEPEST = 12;
    static final double SQUEEZE = 0.15;

    private double relief(double rank) {
        return rank >= knee ? rank : knee - (knee - rank) * SQUEEZE;
    }

    /**
     * Where a value stands on the contour's scale: k at the k-th level, linear between levels, one band's width
     * below the first level (down to −1; for logarithmic levels the band from 0 to the first) and above the last
     * (up to one more).
     */
    static double rank(Levels levels, double v) {
        int n = levels.size();
        if (n == 0 || Double.isNaN(v)) {
            return 0;
        }
        double first = levels.get(0);
        double last = levels.get(n - 1);
        boolean log = levels.spacing() == LevelSpacing.LOGARITHMIC;
        if (v < first) {
            double below = log ? Math.abs(first) : n >= 2 ? levels.get(1) - first : Math.max(Math.abs(first), 1);
            return Math.max(-1, (v - first) / below);
        }
        if (v >= last) {
            double above = n >= 2 ? last - levels.get(n - 2) : Math.max(Math.abs(last), 1);
            return n - 1 + Math.min(1, (v - last) / above);
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (levels.get(mid) <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (v - levels.get(lo)) / (levels.get(hi) - levels.get(lo));
    }

    public ViewBox box() {
        return box;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public Levels levels() {
        return levels;
    }

    /** The smallest finite node value, or +∞ when there is none. */
    public double min() {
        double lo = Double.POSITIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, Double.isNaN(v) ? lo : v);
        }
        return lo;
    }

    /** The largest finite node value, or −∞ when there is none. */
    public double max() {
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            hi = Math.max(hi, Double.isNaN(v) ? hi : v);
        }
        return hi;
    }

    /** The relief height of node (i, j), NaN where the surface is not finite. */
    public double height(int i, int j) {
        return heights[j * (columns + 1) + i];
    }

    /** The relief height of the k-th level. */
    public double levelHeight(int k) {
        return levelHeights[k];
    }

    /** The x of node column i. */
    public double x(int i) {
        return i == columns ? box.xMax() : box.xMin() + i * dx;
    }

    /** The y of node row j. */
    public double y(int j) {
        return j == rows ? box.yMax() : box.yMin() + j * dy;
    }

    /** The cell a point of the box lies in, as j · columns + i; −1 outside the box. */
    public int cellAt(double x, double y) {
        if (!(box.contains(x, y))) {
            return -1;
        }
        int i = Math.min(columns - 1, (int) ((x - box.xMin()) / dx));
        int j = Math.min(rows - 1, (int) ((y - box.yMin()) / dy));
        return j * columns + i;
    }

    /**
     * The relief height at a point of the box, on the cell's triangles as drawn; NaN outside the box or where a
     * corner of its triangle is not finite.
     */
    public double heightAt(double x, double y) {
        if (!box.contains(x, y)) {
            return Double.NaN;
        }
        double u = (x - box.xMin()) / dx;
        double v = (y - box.yMin()) / dy;
        int i = Math.min(columns - 1, (int) u);
        int j = Math.min(rows - 1, (int) v);
        double s = u - i;
        double t = v - j;
        double a = height(i, j);
        double b = height(i + 1, j);
        double c = height(i + 1, j + 1);
        double d = height(i, j + 1);
        if (flipped[j * columns + i]) {
            // Split from (i + 1, j) to (i, j + 1): the triangle at (i, j) below it, the one at (i + 1, j + 1) above.
            return s + t <= 1 ? a + s * (b - a) + t * (d - a) : c + (1 - s) * (d - c) + (1 - t) * (b - c);
        }
        // Split from (i, j) to (i + 1, j + 1): below it (s ≥ t) the triangle at (i + 1, j), above it the other.
        return s >= t ? a + s * (b - a) + t * (c - b) : a + t * (d - a) + s * (c - d);
    }

    /** Whether cell c is split along the diagonal from (i + 1, j) to (i, j + 1), not from (i, j) to (i + 1, j + 1). */
    boolean flipped(int c) {
        return flipped[c];
    }

    // The facets and lines, for the painter.

    /** How many flat facets the cells were cut into. */
    public int facetCount() {
        return facetBand.length;
    }

    /** The index of the first facet of cell c; facets of cell c run to that of c + 1. */
    int cellFacet(int c) {
        return cellFacets[c];
    }

    int facetStart(int f) {
        return facetStart[f];
    }

    int facetBand(int f) {
        return facetBand[f];
    }

    int facetHalf(int f) {
        return facetHalf[f];
    }

    /** The unit normal of facet f in world coordinates, component k (x, y, z). */
    double normal(int f, int k) {
        return normals[3 * f + k];
    }

    /** The facets' vertices as (x, y, h) triples. */
    double[] vertices() {
        return vertices;
    }

    /** The index of the first contour segment of cell c; segments of cell c run to that of c + 1. */
    int cellLine(int c) {
        return cellLines[c];
    }

    /** The contour segments as (x1, y1, h1, x2, y2, h2). */
    double[] lines() {
        return lines;
    }

    /** The band a relief height lies in: how many levels lie at or below it. */
    int bandOf(double h) {
        int n = 0;
        while (n < levelHeights.length && levelHeights[n] <= h) {
            n++;
        }
        return n;
    }

    /** Builds the facets and lines cell by cell. */
    private final class Builder {

        final DoubleList vertices = new DoubleList();
        final IntList facetStart = new IntList();
        final IntList facetBand = new IntList();
        final IntList halves = new IntList();
        final DoubleList normals = new DoubleList();
        final IntList cellFacets = new IntList();
        final DoubleList lines = new DoubleList();
        final IntList cellLines = new IntList();
        private final double unit = Math.max(box.width(), box.height());

        Builder() {
            facetStart.add(0);
        }

        byte[] halves() {
            byte[] out = new byte[halves.size];
            for (int k = 0; k < out.length; k++) {
                out[k] = (byte) halves.data[k];
            }
            return out;
        }

        void cell(int i, int j) {
            cellFacets.add(facetBand.size);
            cellLines.add(lines.size / 6);
            double[] xs = {x(i), x(i + 1), x(i + 1), x(i)};
            double[] ys = {y(j), y(j), y(j + 1), y(j + 1)};
            double[] hs = {height(i, j), height(i + 1, j), height(i + 1, j + 1), height(i, j + 1)};
            boolean finite = !Double.isNaN(hs[0] + hs[1] + hs[2] + hs[3]);
            double[] n = finite ? cellNormal(i, j) : null;
            if (finite) {
                double lo = Math.min(Math.min(hs[0], hs[1]), Math.min(hs[2], hs[3]));
                double hi = Math.max(Math.max(hs[0], hs[1]), Math.max(hs[2], hs[3]));
                int band = bandOf(lo);
                if (bandOf(hi) == band) {
                    facet(xs, ys, hs, 4, band, 0, n);
                    return;
                }
            }
            if (flipped[j * columns + i]) {
                triangle(new double[] {xs[0], xs[1], xs[3]}, new double[] {ys[0], ys[1], ys[3]},
                        new double[] {hs[0], hs[1], hs[3]}, 1, n);
                triangle(new double[] {xs[1], xs[2], xs[3]}, new double[] {ys[1], ys[2], ys[3]},
                        new double[] {hs[1], hs[2], hs[3]}, 2, n);
            } else {
                triangle(new double[] {xs[0], xs[1], xs[2]}, new double[] {ys[0], ys[1], ys[2]},
                        new double[] {hs[0], hs[1], hs[2]}, 1, n);
                triangle(new double[] {xs[0], xs[2], xs[3]}, new double[] {ys[0], ys[2], ys[3]},
                        new double[] {hs[0], hs[2], hs[3]}, 2, n);
            }
        }

        /** Closes the last cell's facets and lines, so that those of cell c run to the start of c + 1's. */
        void finish() {
            cellFacets.add(facetBand.size);
            cellLines.add(lines.size / 6);
        }

        private void triangle(double[] xs, double[] ys, double[] hs, int half, double[] cellNormal) {
            if (Double.isNaN(hs[0] + hs[1] + hs[2])) {
                return;
            }
            // The cell's normal where it has one: a twisted cell's two triangles, each shaded by its own, would
            // alternate light and dark along every contour line.
            double[] n = cellNormal != null ? cellNormal : normal(xs, ys, hs);
            double lo = Math.min(hs[0], Math.min(hs[1], hs[2]));
            double hi = Math.max(hs[0], Math.max(hs[1], hs[2]));
            int first = bandOf(lo);
            int last = bandOf(hi);
            for (int band = first; band <= last; band++) {
                double below = band == 0 ? Double.NEGATIVE_INFINITY : levelHeights[band - 1];
                double above = band == levelHeights.length ? Double.POSITIVE_INFINITY : levelHeights[band];
                double[][] piece = clip(xs, ys, hs, 3, below, true);
                piece = clip(piece[0], piece[1], piece[2], piece[0].length, above, false);
                if (piece[0].length >= 3) {
                    facet(piece[0], piece[1], piece[2], piece[0].length, band, half, n);
                }
            }
            for (int k = first; k < last; k++) {
                line(xs, ys, hs, levelHeights[k]);
            }
        }

        /** The part of a convex polygon where h ≥ level (keepAbove) or h < level. */
        private double[][] clip(double[] xs, double[] ys, double[] hs, int n, double level, boolean keepAbove) {
            if (Double.isInfinite(level)) {
                return new double[][] {xs, ys, hs};
            }
            DoubleList ox = new DoubleList();
            DoubleList oy = new DoubleList();
            DoubleList oh = new DoubleList();
            for (int k = 0; k < n; k++) {
                int m = (k + 1) % n;
                boolean in = keepAbove == (hs[k] >= level);
                boolean nextIn = keepAbove == (hs[m] >= level);
                if (in) {
                    ox.add(xs[k]);
                    oy.add(ys[k]);
                    oh.add(hs[k]);
                }
                if (in != nextIn) {
                    double t = (level - hs[k]) / (hs[m] - hs[k]);
                    ox.add(xs[k] + t * (xs[m] - xs[k]));
                    oy.add(ys[k] + t * (ys[m] - ys[k]));
                    oh.add(level);
                }
            }
            return new double[][] {ox.toArray(), oy.toArray(), oh.toArray()};
        }

        /** The segment of a triangle at height level, which lies strictly between its lowest and highest corner. */
        private void line(double[] xs, double[] ys, double[] hs, double level) {
            int found = 0;
            for (int k = 0; k < 3 && found < 2; k++) {
                int m = (k + 1) % 3;
                if ((hs[k] < level) != (hs[m] < level)) {
                    double t = (level - hs[k]) / (hs[m] - hs[k]);
                    lines.add(xs[k] + t * (xs[m] - xs[k]));
                    lines.add(ys[k] + t * (ys[m] - ys[k]));
                    lines.add(level);
                    found++;
                }
            }
            if (found == 1) {
                lines.size -= 3;
            }
        }

        private void facet(double[] xs, double[] ys, double[] hs, int n, int band, int half, double[] normal) {
            for (int k = 0; k < n; k++) {
                vertices.add(xs[k]);
                vertices.add(ys[k]);
                vertices.add(hs[k]);
            }
            facetStart.add(vertices.size / 3);
            facetBand.add(band);
            halves.add(half);
            normals.add(normal[0]);
            normals.add(normal[1]);
            normals.add(normal[2]);
        }

        /** The unit normal of the world triangle, pointing up. */
        private double[] normal(double[] xs, double[] ys, double[] hs) {
            double ax = (xs[1] - xs[0]) / unit;
            double ay = (ys[1] - ys[0]) / unit;
            double az = Projection3D.worldZ(hs[1] - hs[0]);
            double bx = (xs[2] - xs[0]) / unit;
            double by = (ys[2] - ys[0]) / unit;
            double bz = Projection3D.worldZ(hs[2] - hs[0]);
            return unitUp(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx);
        }

        /**
         * The cell's normal for shading: the mean of its corners' normals, each from the slopes to the nodes around
         * it. Faceted normals change abruptly from cell to cell where the relief curves within a few cells (the walls
         * of Rosenbrock's valley), and the surface would look like a quilt.
         */
        private double[] cellNormal(int i, int j) {
            double x = 0;
            double y = 0;
            double z = 0;
            for (int k = 0; k < 4; k++) {
                double[] n = nodeNormal(i + (k == 1 || k == 2 ? 1 : 0), j + (k >= 2 ? 1 : 0));
                x += n[0];
                y += n[1];
                z += n[2];
            }
            return unitUp(x, y, z);
        }

        /** The normal at a node, from the central differences of the heights around it (one-sided at the edges). */
        private double[] nodeNormal(int i, int j) {
            return unitUp(-slope(i - 1, j, i + 1, j, dx), -slope(i, j - 1, i, j + 1, dy), 1);
        }

        /** The world slope between two nodes along x or y (spacing d apart in the plane), 0 where it has none. */
        private double slope(int i0, int j0, int i1, int j1, double d) {
            int a0 = Math.max(0, Math.min(columns, i0));
            int a1 = Math.max(0, Math.min(columns, i1));
            int b0 = Math.max(0, Math.min(rows, j0));
            int b1 = Math.max(0, Math.min(rows, j1));
            double h0 = height(a0, b0);
            double h1 = height(a1, b1);
            int steps = (a1 - a0) + (b1 - b0);
            if (Double.isNaN(h0 + h1) || steps == 0) {
                return 0;
            }
            return Projection3D.worldZ(h1 - h0) / (steps * d / unit);
        }

        private double[] unitUp(double x, double y, double z) {
            double n = Math.sqrt(x * x + y * y + z * z);
            if (!(n > 0)) {
                return new double[] {0, 0, 1};
            }
            double sign = z < 0 ? -1 : 1;
            return new double[] {sign * x / n, sign * y / n, sign * z / n};
        }
    }

    /** A growing array of doubles. */
    private static final class DoubleList {
        double[] data = new double[16];
        int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** A growing array of ints. */
    private static final class IntList {
        int[] data = new int[16];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, 2 * size);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
