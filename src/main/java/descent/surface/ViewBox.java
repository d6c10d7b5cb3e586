package descent.surface;

/** An axis-aligned rectangle of the (x, y) plane: the part of a surface that a plot shows. */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {

    public ViewBox {
        if (!(xMin < xMax) || !(yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("empty or infinite view box " + xMin + ".." + xMax + " x "
                    + yMin + ".." + yMax);
        }
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
