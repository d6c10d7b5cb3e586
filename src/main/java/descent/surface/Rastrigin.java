package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** Rastrigin's function: a bowl covered with a regular grid of local minima, the global one at the origin. */
public record Rastrigin() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("rastrigin",
            "a bowl riddled with local minima: small steps get caught in the nearest dimple",
            List.of(), p -> new Rastrigin());

    private static final double TWO_PI = 2 * Math.PI;
    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-5.12, 5.12, -5.12, 5.12), new Vec2(-4.2, 3.7), 0.002, LevelSpacing.LINEAR);

    @Override
    public String name() {
        return "rastrigin";
    }

    @Override
    public double value(double x, double y) {
        return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x + 20 * Math.PI * Math.sin(TWO_PI * x), 2 * y + 20 * Math.PI * Math.sin(TWO_PI * y));
    }

    @Override
    public Formula formula() {
        return new Formula("20 + x^2 - 10 cos(2 pi x) + y^2 - 10 cos(2 pi y)",
                "20+x^2-10\\cos 2\\pi x+y^2-10\\cos 2\\pi y");
    }

    /** f* = 0 at the origin: x² − 10 cos 2πx ≥ −10, with equality only at x = 0, and likewise in y. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(0);
    }

    /**
     * The global minimum at the origin alone. The default view holds over a hundred local minima near the points of
     * the integer grid, and as many saddles again; marked, they would hide the contours that show them already.
     */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.GLOBAL_MINIMUM, 0, 0));
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
