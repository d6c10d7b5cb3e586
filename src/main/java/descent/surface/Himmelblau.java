package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four global minima of value 0. */
public record Himmelblau() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("himmelblau",
            "four equal minima: the start decides which one an optimizer finds",
            List.of(), p -> new Himmelblau());

    // The stationary points to the nearest double: Newton from a grid over [−6, 6]² in 40-digit arithmetic finds these
    // nine, a maximum near (−0.2708, −0.9230) being the ninth. Only (3, 2) is known in closed form.
    private static final List<Vec2> MINIMA = List.of(new Vec2(3, 2),
            new Vec2(-2.8051180869527449, 3.1313125182505730), new Vec2(-3.7793102533777469, -3.2831859912861694),
            new Vec2(3.5844283403304917, -1.8481265269644036));
    private static final List<Vec2> SADDLES = List.of(new Vec2(0.086677504555396352, 2.8842547011747761),
            new Vec2(-3.0730257507643896, -0.081353044287967512), new Vec2(3.3851541836070209, 0.073851879837749288),
            new Vec2(-0.12796134673068007, -1.9537149802445764));
    private static final List<Landmark> LANDMARKS = StationaryPoints.rank(new Himmelblau(), MINIMA, SADDLES);

    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-5, 5, -5, 5), new Vec2(-0.3, -0.9), 0.005, LevelSpacing.LOGARITHMIC);

    @Override
    public String name() {
        return "himmelblau";
    }

    @Override
    public double value(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return a * a + b * b;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return new Vec2(4 * x * a + 2 * b, 2 * a + 4 * y * b);
    }

    @Override
    public Formula formula() {
        return new Formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "(x^2+y-11)^2+(x+y^2-7)^2");
    }

    /** f* = 0, at each of the four minima, where both squares are zero. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(0);
    }

    /** The four global minima and the four saddles between them. */
    @Override
    public List<Landmark> landmarks() {
        return LANDMARKS;
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
