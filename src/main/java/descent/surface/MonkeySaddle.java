package descent.surface;

import java.util.List;

/** The monkey saddle x³ − 3xy²: a degenerate saddle with three valleys, where the gradient vanishes quadratically. */
public record MonkeySaddle() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("monkey-saddle",
            "a degenerate saddle with three downhill valleys; the gradient fades so fast that SGD crawls",
            List.of(), p -> new MonkeySaddle());

    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-2, 2, -2, 2), new Vec2(1.8, 0.05), 0.05, LevelSpacing.LINEAR);

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

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
