package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

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

    /** The kind of surface this is, with its parameters: the catalogue's entry of its name, or a typed formula's own. */
    default SurfaceType type() {
        return Surfaces.byName(name());
    }

    SurfaceDefaults defaults();

    /**
     * f*, the greatest lower bound of the loss over the whole plane, or empty where the loss is unbounded below.
     *
     * <p>Where a minimum attains it, {@link #landmarks} lists that minimum as global; logistic regression on data that
     * a threshold separates has f* = 0 approached far away and attained nowhere. Surfaces with no closed form compute
     * it on first use, once.
     */
    OptionalDouble minimum();

    /** Whether the loss has a lower bound f*: off a surface that has none, an optimizer can run downhill forever. */
    default boolean isBoundedBelow() {
        return minimum().isPresent();
    }

    /**
     * The surface's minima and saddle points worth marking: global minima first, then local minima, then saddles,
     * each kind from the lowest loss up. Each surface's Javadoc says which it lists; those with no closed form find
     * them numerically on first use, once.
     */
    List<Landmark> landmarks();

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
