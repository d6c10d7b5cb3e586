package descent.math;

/** An immutable point or vector of the plane, such as θ, a gradient g or a velocity v. */
public record Vec2(double x, double y) {

    /** The origin, where every accumulator of the lecture starts. */
    public static final Vec2 ZERO = new Vec2(0, 0);

    public Vec2 plus(Vec2 o) {
        return new Vec2(x + o.x, y + o.y);
    }

    public Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    public Vec2 times(double c) {
        return new Vec2(c * x, c * y);
    }

    public double norm() {
        return Math.hypot(x, y);
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    @Override
    public String toString() {
        return "(" + x + ", " + y + ")";
    }
}
