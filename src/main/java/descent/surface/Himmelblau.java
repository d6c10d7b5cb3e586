package descent.surface;

import java.util.List;

/** Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four global minima of value 0. */
public record Himmelblau() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("himmelblau",
            "four equal minima: the start decides which one an optimizer finds",
            List.of(), p -> new Himmelblau());

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

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
