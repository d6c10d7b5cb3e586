package descent.surface;

import descent.math.Vec2;

/**
 * An axis-aligned rectangle of the (x, y) plane: the part of a surface that a plot shows, wide and tall enough for
 * each pixel of the largest plot to have a coordinate of its own.
 */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {

    /** The most pixels across a plot: more than the widest export (7680). */
    public static final int MAX_PIXELS = 8192;

    /**
     * Checks the box.
     *
     * @throws IllegalArgumentException when a side is empty, infinite, or too short for {@link #MAX_PIXELS}
     *                                  distinct normal doubles
     */
    public ViewBox {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("empty or infinite view box " + xMin + ".." + xMax + " x "
                    + yMin + ".." + yMax);
        }
        if (!resolvable(xMin, xMax) || !resolvable(yMin, yMax)) {
            throw new IllegalArgumentException("view box " + xMin + ".." + xMax + " x " + yMin + ".." + yMax
                    + " is too small to draw: each side must span " + MAX_PIXELS + " distinct numbers");
        }
    }

    /** Whether the pixels of a side can have distinct, normal (not underflowing) coordinates. */
    private static boolean resolvable(double min, double max) {
        double pixel = (max - min) / MAX_PIXELS;
        return pixel >= Double.MIN_NORMAL && pixel >= Math.ulp(Math.max(Math.abs(min), Math.abs(max)));
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public Vec2 center() {
        return new Vec2((xMin + xMax) / 2, (yMin + yMax) / 2);
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** This box scaled by {@code factor} about the point (cx, cy), which stays where it is. */
    public ViewBox zoom(double factor, double cx, double cy) {
        return new ViewBox(cx + (xMin - cx) * factor, cx + (xMax - cx) * factor,
                cy + (yMin - cy) * factor, cy + (yMax - cy) * factor);
    }

    /** This box moved by (dx, dy). */
    public ViewBox pan(double dx, double dy) {
        return new ViewBox(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }
}
