package descent.surface;

import java.util.List;

/**
 * A gentle bowl cut by a steep cliff: 0.1(x − 2)² + 0.3y² + h·σ(s(x − 1)), with σ the logistic function.
 *
 * <p>Left of x = 1 the bowl slopes down towards the foot of a wall about 2/s wide that rises by h; the lowest
 * point is at its foot. The wall's slope reaches h·s/4 (50 with the defaults, against 0.2 on the slope before it),
 * so an optimizer that runs into it with some speed is catapulted far away: the lecture's "cliffs and exploding
 * gradients". Gradient clipping bounds that step.
 */
public record Cliff(double height, double steepness) implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("cliff",
            "a gentle slope that ends at a steep wall: momentum runs into it and is catapulted away unless the"
                    + " gradient is clipped",
            List.of(new Parameter("height", "h", "height of the cliff", 4, Range.closed(0, 100)),
                    new Parameter("steepness", "s", "steepness of the cliff face (its width is about 2/s)", 50,
                            Range.closed(0.1, 1000))),
            p -> new Cliff(p.get("height"), p.get("steepness")));

    private static final double EDGE = 1;
    private static final double BOWL_CENTRE = 2;
    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-3, 3, -2, 2), new Vec2(-2.5, 1.5), 0.1, LevelSpacing.LINEAR);

    @Override
    public String name() {
        return "cliff";
    }

    @Override
    public double value(double x, double y) {
        double u = x - BOWL_CENTRE;
        return 0.1 * u * u + 0.3 * y * y + height * Logistic.sigmoid(steepness * (x - EDGE));
    }

    @Override
    public Vec2 gradient(double x, double y) {
        // σ'(z) = σ(z)(1 − σ(z)) = e^−|z| / (1 + e^−|z|)², which neither overflows nor cancels.
        double e = Math.exp(-Math.abs(steepness * (x - EDGE)));
        double wall = height * steepness * e / ((1 + e) * (1 + e));
        return new Vec2(0.2 * (x - BOWL_CENTRE) + wall, 0.6 * y);
    }

    @Override
    public Formula formula() {
        return new Formula("0.1 (x - 2)^2 + 0.3 y^2 + h / (1 + exp(-s (x - 1)))",
                "0.1(x-2)^2+0.3y^2+\\frac{h}{1+e^{-s(x-1)}}");
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
