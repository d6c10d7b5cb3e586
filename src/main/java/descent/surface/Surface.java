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

    default double value(Vec2 p) {
        return value(p.x(), p.y());
    }

    default Vec2 gradient(Vec2 p) {
        return gradient(p.x(), p.y());
    }
}
