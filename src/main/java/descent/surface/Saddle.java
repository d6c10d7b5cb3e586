package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** The saddle x² − y²: a stationary point at the origin that is a minimum along x and a maximum along y. */
public record Saddle() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("saddle",
            "a saddle point: the gradient vanishes at the origin, so SGD started near the ridge stalls there"
                    + " before it escapes downhill",
            List.of(), p -> new Saddle());

    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-2, 2, -2, 2), new Vec2(-1.8, 0.01), 0.05, LevelSpacing.LINEAR);

    @Override
    public String name() {
        return "saddle";
    }

    @Override
    public double value(double x, double y) {
        return x * x - y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(2 * x, -2 * y);
    }

    @Override
    public Formula formula() {
        return new Formula("x^2 - y^2", "x^2-y^2");
    }

    /** None: the loss falls without bound along the y axis. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.empty();
    }

    /** The saddle point at the origin, the only stationary point. */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.SADDLE, 0, 0));
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
