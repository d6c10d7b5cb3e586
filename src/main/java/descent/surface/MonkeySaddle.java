package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** The monkey saddle x³ − 3xy²: a degenerate saddle with three valleys, where the gradient vanishes quadratically. */
public record MonkeySaddle() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("monkey-saddle",
            "a degenerate saddle with three downhill valleys; the gradient fades so fast that SGD crawls",
            List.of(), p -> new MonkeySaddle());

    // A start a hair off the ridge y = 0: SGD comes down the ridge and crawls near the saddle for about a hundred
    // steps before a valley takes it (from y = 0.05 it left after 24).
    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-2, 2, -2, 2), new Vec2(1.8, 0.001), 0.05, LevelSpacing.LINEAR);

    @Override
    public String name() {
        return "monkey-saddle";
    }

    @Override
    public double value(double x, double y) {
        return x * x * x - 3 * x * y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(3 * x * x - 3 * y * y, -6 * x * y);
    }

    @Override
    public Formula formula() {
        return new Formula("x^3 - 3 x y^2", "x^3-3xy^2");
    }

    /** None: the loss falls without bound along the negative x axis, and along two more valleys. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.empty();
    }

    /**
     * The saddle point at the origin, the only stationary point. It is degenerate: the Hessian vanishes there too, so
     * only the third derivatives show the three valleys going down and the three ridges between them going up.
     */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.SADDLE, 0, 0));
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
