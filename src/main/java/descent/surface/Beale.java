package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/** Beale's function: sharp ridges around a flat valley with its minimum at (3, 0.5). */
public record Beale() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("beale",
            "flat plateaus and sharp ridges: the gradient's scale changes by orders of magnitude",
            List.of(), p -> new Beale());

    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-4.5, 4.5, -4.5, 4.5), new Vec2(1, 1.5), 0.001, LevelSpacing.LOGARITHMIC);

    @Override
    public String name() {
        return "beale";
    }

    @Override
    public double value(double x, double y) {
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * cube(y);
        return a * a + b * b + c * c;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double y3 = cube(y);
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y3;
        return new Vec2(2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y3 - 1),
                2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y);
    }

    /**
     * y³ rounded once rather than twice, as a correctly rounded pow(y, 3) gives it: y·y is split into its rounded
     * value and its exact error, so the same point gives the same loss here as in numpy to the last bit.
     */
    static double cube(double y) {
        double y2 = y * y;
        double error = Math.fma(y, y, -y2);
        return Math.fma(y2, y, error * y);
    }

    @Override
    public Formula formula() {
        return new Formula("(1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2",
                "(1.5-x+xy)^2+(2.25-x+xy^2)^2+(2.625-x+xy^3)^2");
    }

    /** f* = 0 at (3, 0.5), where each of the three squares is zero. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(0);
    }

    /**
     * The global minimum (3, 0.5) and the saddle (0, 1), the function's only stationary points (Newton from a grid
     * over [−8, 8]² in 40-digit arithmetic finds no others). Along x = 0 and along y = 1 the loss is the constant
     * 1.5² + 2.25² + 2.625²; the two lines cross at the saddle.
     */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.GLOBAL_MINIMUM, 3, 0.5),
                Landmark.at(this, Landmark.Kind.SADDLE, 0, 1));
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
