package descent.surface;

/**
 * A loss f(x, y) over the plane with its exact gradient, its formula and the defaults it suggests.
 *
 * <p>Implementations are immutable and safe to share between threads: contour grids are evaluated in
 * parallel while trajectories are computed.
 */
public interface Surface {

    /** The catalogue name, such as {@code quadratic}. */
    String name();

    /** The loss f(x, y). */
    double value(double x, double y);

    /** The exact gradient ∇f(x, y). */
    Vec2 gradient(double x, double y);

    Formula formula();

    SurfaceDefaults defaults();

    /**
     * f and ∇f at (x, y) at once, equal bit for bit to {@link #value} and {@link #gradient}. A trajectory needs both
     * at every point it visits; surfaces whose two share costly terms (the wells' exponentials) compute them once
     * and say so with {@link #evaluatesTogether}.
     */
    default Evaluation evaluate(double x, double y) {
        return new Evaluation(value(x, y), gradient(x, y));
    }

    /**
     * Whether {@link #evaluate} costs less than {@link #value} and {@link #gradient} apart. Where it does not, a
     * caller that needs both is better off calling them apart, saving the record it would allocate.
     */
    default boolean evaluatesTogether() {
        return false;
    }

    default double value(Vec2 p) {
        return value(p.x(), p.y());
    }

    default Vec2 gradient(Vec2 p) {
        return gradient(p.x(), p.y());
    }
}
