package descent.surface;

import descent.math.Numbers;
import descent.math.Range;
import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The ill-conditioned quadratic bowl ½(u² + κv²), where (u, v) are (x, y) rotated by an angle φ.
 *
 * <p>The Hessian has eigenvalues 1 and κ along the rotated axes, so κ is its condition number.
 */
public record Quadratic(double kappa, double angleDegrees, double cos, double sin) implements Surface {

    /**
     * The default learning rate times κ: ε·λ_max = 0.5 for every κ, so that SGD and Nesterov (which diverges from
     * ε·λ_max = 1.36 with α = 0.9) converge, and SGD's step across the valley halves the distance to its floor.
     */
    static final double LEARNING_RATE_TIMES_KAPPA = 0.5;

    public static final SurfaceType TYPE = new SurfaceType("quadratic",
            "an ill-conditioned bowl: SGD drops down its steep walls at once, then creeps along the flat valley floor;"
                    + " momentum overshoots and swings across it",
            List.of(new Parameter("kappa", "κ", "condition number", "curvature across the valley over curvature along"
                            + " it; unless set, ε is " + Numbers.shortest(LEARNING_RATE_TIMES_KAPPA) + "/κ, a quarter"
                            + " of the 2/κ above which SGD diverges", 10, Range.closed(1, 10_000)),
                    new Parameter("angle", "φ", "rotation of the valley off the axes, in degrees",
                            0, Range.closed(-180, 180))),
            p -> Quadratic.of(p.get("kappa"), p.get("angle")));

    private static final ViewBox VIEW = new ViewBox(-3, 3, -2, 2);
    private static final Vec2 START = new Vec2(-2.5, 1.5);

    public static Quadratic of(double kappa, double angleDegrees) {
        double a = Math.toRadians(angleDegrees);
        return new Quadratic(kappa, angleDegrees, Math.cos(a), Math.sin(a));
    }

    @Override
    public String name() {
        return "quadratic";
    }

    @Override
    public double value(double x, double y) {
        double u = cos * x + sin * y;
        double v = -sin * x + cos * y;
        return 0.5 * (u * u + kappa * v * v);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double u = cos * x + sin * y;
        double v = -sin * x + cos * y;
        return new Vec2(cos * u - sin * kappa * v, sin * u + cos * kappa * v);
    }

    @Override
    public Formula formula() {
        return new Formula("1/2 (u^2 + kappa v^2), u = x cos(phi) + y sin(phi), v = -x sin(phi) + y cos(phi)",
                "\\tfrac12\\left(u^2+\\kappa v^2\\right),\\; u=x\\cos\\varphi+y\\sin\\varphi,\\;"
                        + " v=-x\\sin\\varphi+y\\cos\\varphi");
    }

    /** f* = 0 at the origin: with κ ≥ 1 both terms of the bowl are squares with positive weights. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(0);
    }

    /** The global minimum at the origin, the bowl's only stationary point. */
    @Override
    public List<Landmark> landmarks() {
        return List.of(Landmark.at(this, Landmark.Kind.GLOBAL_MINIMUM, 0, 0));
    }

    /** The learning rate follows κ: 0.5/κ, 0.05 at the default κ = 10 (see {@link #LEARNING_RATE_TIMES_KAPPA}). */
    @Override
    public SurfaceDefaults defaults() {
        return new SurfaceDefaults(VIEW, START, LEARNING_RATE_TIMES_KAPPA / kappa, LevelSpacing.LINEAR);
    }
}
