package descent.surface;

import descent.math.Range;
import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** Rosenbrock's banana (a − x)² + b(y − x²)²: a curved, flat-bottomed valley with its minimum at (a, a²). */
public record Rosenbrock(double a, double b) implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("rosenbrock",
            "a long curved valley: easy to enter, slow to follow to the minimum at (a, a^2)",
            List.of(new Parameter("a", "a", "the minimum lies at (a, a^2)", 1, Range.closed(-2, 2)),
                    new Parameter("b", "b", "steepness of the valley walls", 100, Range.closed(0, 1000))),
            p -> new Rosenbrock(p.get("a"), p.get("b")));

    @Override
    public String name() {
        return "rosenbrock";
    }

    @Override
    public double value(double x, double y) {
        double u = a - x;
        double w = y - x * x;
        return u * u + b * (w * w);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double w = y - x * x;
        return new Vec2(-2 * (a - x) - 4 * b * x * w, 2 * b * w);
    }

    @Override
    public Formula formula() {
        return new Formula("(a - x)^2 + b (y - x^2)^2", "(a-x)^2+b\\,(y-x^2)^2");
    }

    /** f* = 0 at (a, a²), for every a and every b ≥ 0: the loss is a sum of two squares, both zero there. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(0);
    }

    /**
     * The global minimum (a, a²), the only stationary point when b > 0. With b = 0 the whole line x = a is at the
     * minimum, and (a, a²) stands for it.
     */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.GLOBAL_MINIMUM, a, a * a));
    }

    @Override
    public SurfaceDefaults defaults() {
        // Keep the minimum (a, a²) in view whatever a is.
        return new SurfaceDefaults(new ViewBox(-2, 2, -1, Math.max(3, a * a + 0.5)), new Vec2(-1.5, 2), 0.001,
                LevelSpacing.LOGARITHMIC);
    }
}
