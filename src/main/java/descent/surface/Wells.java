package descent.surface;

import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Four Gaussian wells of different depths on a weak bowl: a non-convex surface with four local minima.
 *
 * <p>f = 0.05(x² + y²) − Σᵢ aᵢ exp(−((x − mxᵢ)² + (y − myᵢ)²) / (2sᵢ²)).
 */
public record Wells() implements Surface {

    public static final SurfaceType TYPE = new SurfaceType("wells",
            "four local minima of different depths: where an optimizer ends depends on its path",
            List.of(), p -> new Wells());

    // The wells (a, mx, my, s): depth, centre and width. Spelled out rather than looped over an array so that the
    // compiler folds the constants: the gradient is the hot path of every trajectory on the default surface.
    private static final double A1 = 2.0;
    private static final double MX1 = 1.5;
    private static final double MY1 = 1.0;
    private static final double S1 = 0.8;
    private static final double A2 = 1.4;
    private static final double MX2 = -1.5;
    private static final double MY2 = -1.0;
    private static final double S2 = 0.7;
    private static final double A3 = 1.0;
    private static final double MX3 = -1.2;
    private static final double MY3 = 1.6;
    private static final double S3 = 0.6;
    private static final double A4 = 1.7;
    private static final double MX4 = 1.3;
    private static final double MY4 = -1.6;
    private static final double S4 = 0.5;
    private static final double BOWL = 0.05;

    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-3, 3, -3, 3), new Vec2(-2.5, 0.75), 0.05, LevelSpacing.LINEAR);

    // Every instance is the same surface, so one search serves them all. A 41 x 41 grid of starts puts one within
    // 0.11 of every point of the view; the closest two stationary points (a saddle and the maximum) are 0.44 apart.
    private static final Lazy<List<Landmark>> LANDMARKS = new Lazy<>(
            () -> StationaryPoints.search(new Wells(), DEFAULTS.view(), 41));

    @Override
    public String name() {
        return "wells";
    }

    @Override
    public double value(double x, double y) {
        return value(x, y, depth(x, y, A1, MX1, MY1, S1), depth(x, y, A2, MX2, MY2, S2),
                depth(x, y, A3, MX3, MY3, S3), depth(x, y, A4, MX4, MY4, S4));
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return gradient(x, y, depth(x, y, A1, MX1, MY1, S1), depth(x, y, A2, MX2, MY2, S2),
                depth(x, y, A3, MX3, MY3, S3), depth(x, y, A4, MX4, MY4, S4));
    }

    /** The loss and the gradient from one set of the four exponentials, which are most of the cost of either. */
    @Override
    public Evaluation evaluate(double x, double y) {
        double e1 = depth(x, y, A1, MX1, MY1, S1);
        double e2 = depth(x, y, A2, MX2, MY2, S2);
        double e3 = depth(x, y, A3, MX3, MY3, S3);
        double e4 = depth(x, y, A4, MX4, MY4, S4);
        return new Evaluation(value(x, y, e1, e2, e3, e4), gradient(x, y, e1, e2, e3, e4));
    }

    @Override
    public boolean evaluatesTogether() {
        return true;
    }

    private static double value(double x, double y, double e1, double e2, double e3, double e4) {
        double f = BOWL * (x * x + y * y);
        f -= e1;
        f -= e2;
        f -= e3;
        f -= e4;
        return f;
    }

    private static Vec2 gradient(double x, double y, double e1, double e2, double e3, double e4) {
        // Summed in the formula's order, operation for operation, so that a trajectory agrees with the numpy
        // reference to the last bit.
        double gx = 2 * BOWL * x;
        gx += e1 * (x - MX1) / (S1 * S1);
        gx += e2 * (x - MX2) / (S2 * S2);
        gx += e3 * (x - MX3) / (S3 * S3);
        gx += e4 * (x - MX4) / (S4 * S4);
        double gy = 2 * BOWL * y;
        gy += e1 * (y - MY1) / (S1 * S1);
        gy += e2 * (y - MY2) / (S2 * S2);
        gy += e3 * (y - MY3) / (S3 * S3);
        gy += e4 * (y - MY4) / (S4 * S4);
        return new Vec2(gx, gy);
    }

    /** The depth a·exp(−((x − mx)² + (y − my)²) / (2s²)) of one well at (x, y). */
    private static double depth(double x, double y, double a, double mx, double my, double s) {
        double dx = x - mx;
        double dy = y - my;
        return a * Math.exp(-(dx * dx + dy * dy) / (2 * s * s));
    }

    @Override
    public Formula formula() {
        return new Formula("0.05 (x^2 + y^2) - sum_i a_i exp(-((x - mx_i)^2 + (y - my_i)^2) / (2 s_i^2)),"
                + " (a, mx, my, s) = (2.0, 1.5, 1.0, 0.8), (1.4, -1.5, -1.0, 0.7), (1.0, -1.2, 1.6, 0.6),"
                + " (1.7, 1.3, -1.6, 0.5)",
                "0.05\\,(x^2+y^2)-\\sum_{i=1}^{4} a_i\\,e^{-\\frac{(x-m_{x,i})^2+(y-m_{y,i})^2}{2s_i^2}}");
    }

    /** f* ≈ −1.84258, at the deepest well's minimum, found numerically on first use. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(LANDMARKS.get().get(0).value());
    }

    /**
     * The four minima, each near a well's centre and the deepest one global, and the four saddles between them,
     * found numerically on first use. None lies outside the view: there |θ| ≥ 3 exceeds every centre's distance from
     * the origin (at most 2.1), so each term of ∇f·θ = 0.1|θ|² + Σ eᵢ(|θ|² − θ·mᵢ)/sᵢ² is positive.
     */
    @Override
    public List<Landmark> landmarks() {
        return LANDMARKS.get();
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }
}
