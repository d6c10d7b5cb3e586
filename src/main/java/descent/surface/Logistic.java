package descent.surface;

import descent.math.Range;
import descent.math.SeededRandom;
import descent.math.Vec2;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The mean cross-entropy of logistic regression p(y = 1 | t) = σ(x·t + y), weight x and bias y, on a seeded
 * synthetic one-dimensional data set: the lecture's setting for mini-batch and online learning.
 *
 * <p>The inputs tᵢ are drawn from N(0, 1.5²) and the labels from a Bernoulli law with p = σ(2tᵢ − 1), so the
 * classes overlap and the minimum is finite, near (2, −1).
 */
public final class Logistic implements MiniBatchSurface {

    public static final SurfaceType TYPE = new SurfaceType("logistic",
            "logistic regression on a synthetic data set: the contour is the full-batch loss; "
                    + "a batch size m < N makes each step's gradient that of a random mini-batch",
            List.of(new Parameter("n", "N", "examples", "number of examples in the data set", 200,
                            Range.wholeNumbers(2, 100_000)),
                    new Parameter("seed", "seed", "seed of the data set", 1, Range.wholeNumbers(0, 1L << 31))),
            p -> new Logistic((int) (double) p.get("n"), (long) (double) p.get("seed")));

    private static final double TRUE_WEIGHT = 2;
    private static final double TRUE_BIAS = -1;
    private static final double INPUT_SPREAD = 1.5;
    private static final SurfaceDefaults DEFAULTS = new SurfaceDefaults(
            new ViewBox(-2, 6, -4.5, 2.5), new Vec2(-1.5, 1.5), 0.3, LevelSpacing.LINEAR);

    private final int n;
    private final long seed;
    private final double[] inputs;
    private final double[] labels;
    private final Lazy<List<Landmark>> landmarks = new Lazy<>(this::findLandmarks);

    public Logistic(int n, long seed) {
        this.n = n;
        this.seed = seed;
        this.inputs = new double[n];
        this.labels = new double[n];
        SeededRandom.Stream random = SeededRandom.stream(seed, 0x10915L);
        for (int i = 0; i < n; i++) {
            inputs[i] = INPUT_SPREAD * random.nextGaussian();
            labels[i] = random.nextUniform() < sigmoid(TRUE_WEIGHT * inputs[i] + TRUE_BIAS) ? 1 : 0;
        }
    }

    public int n() {
        return n;
    }

    public long seed() {
        return seed;
    }

    /** The input tᵢ of example i. */
    public double input(int i) {
        return inputs[i];
    }

    /** The label yᵢ (0 or 1) of example i. */
    public double label(int i) {
        return labels[i];
    }

    @Override
    public int exampleCount() {
        return n;
    }

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public double value(double x, double y) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = x * inputs[i] + y;
            sum += softplus(z) - labels[i] * z;
        }
        return sum / n;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double gx = 0;
        double gy = 0;
        for (int i = 0; i < n; i++) {
            double e = sigmoid(x * inputs[i] + y) - labels[i];
            gx += e * inputs[i];
            gy += e;
        }
        return new Vec2(gx / n, gy / n);
    }

    @Override
    public Vec2 gradient(double x, double y, int[] batch, int size) {
        double gx = 0;
        double gy = 0;
        for (int j = 0; j < size; j++) {
            int i = batch[j];
            double e = sigmoid(x * inputs[i] + y) - labels[i];
            gx += e * inputs[i];
            gy += e;
        }
        return new Vec2(gx / size, gy / size);
    }

    @Override
    public Formula formula() {
        return new Formula("(1/N) sum_i [log(1 + exp(z_i)) - y_i z_i], z_i = x t_i + y;"
                + " data: t_i ~ N(0, 1.5^2), y_i ~ Bernoulli(sigmoid(2 t_i - 1))",
                // In clauses, each short enough for a side panel's line: the sum of the examples' losses ℓᵢ, then ℓᵢ.
                "\\frac1N\\sum_{i=1}^{N}\\ell_i,\\; \\ell_i=\\log\\left(1+e^{z_i}\\right)-y_i z_i,\\; z_i=x\\,t_i+y");
    }

    /**
     * f*, the loss of the maximum-likelihood fit, computed on first use; 0 when a threshold on t separates the
     * labels, for then ever steeper fits approach a loss of 0 without reaching it.
     */
    @Override
    public OptionalDouble minimum() {
        List<Landmark> l = landmarks();
        return OptionalDouble.of(l.isEmpty() ? 0 : l.get(0).value());
    }

    /** The global minimum at the maximum-likelihood fit, its only stationary point; none if the data are separable. */
    @Override
    public List<Landmark> landmarks() {
        return landmarks.get();
    }

    private List<Landmark> findLandmarks() {
        return LogisticFit.of(this).map(p -> List.of(Landmark.at(this, Landmark.Kind.GLOBAL_MINIMUM, p.x(), p.y())))
                .orElse(List.of());
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }

    /** σ(z) = 1/(1 + e^−z), written so that neither branch overflows. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** log(1 + e^z) without overflow for large z or loss of precision for very negative z. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logistic l && l.n == n && l.seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + n;
    }

    @Override
    public String toString() {
        return "Logistic[n=" + n + ", seed=" + seed + "]";
    }
}
