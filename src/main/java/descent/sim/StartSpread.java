package descent.sim;

import descent.math.SeededRandom;
import descent.math.Vec2;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a racer's many starts are drawn from, as the lecture's initialization schemes draw weights: each coordinate
 * from N(0, σ²), or from the normalized (Xavier) initialization U(−a, a) with a = √(6/(m + n)) for fan-in m and
 * fan-out n (Glorot and Bengio).
 *
 * @param count how many starts, 1 to {@link #MAX_COUNT}
 * @param sigma σ of the Gaussian; unused by Xavier
 * @param fanIn m, the inputs of the layer; unused by the Gaussian
 * @param fanOut n, the outputs of the layer; unused by the Gaussian
 */
public record StartSpread(Distribution distribution, int count, double sigma, int fanIn, int fanOut) {

    /** The most starts one racer runs from. */
    public static final int MAX_COUNT = 200;

    /** How the starts are drawn. */
    public enum Distribution {
        /** θ₀ ~ N(0, σ²) in each coordinate. */
        GAUSSIAN("gaussian"),
        /** The normalized initialization: θ₀ ~ U(−√(6/(m+n)), √(6/(m+n))) in each coordinate. */
        XAVIER("xavier");

        private final String key;

        Distribution(String key) {
            this.key = key;
        }

        /** The name on the command line and in files. */
        public String key() {
            return key;
        }

        /** The distribution of that name, or an exception listing the names. */
        public static Distribution byKey(String key) {
            for (Distribution d : values()) {
                if (d.key.equals(key)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("starts are drawn from gaussian or xavier (got '" + key + "')");
        }
    }

    public StartSpread {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("starts must be 1 to " + MAX_COUNT + " (got " + count + ")");
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a finite number > 0 (got " + sigma + ")");
        }
        if (fanIn < 1 || fanOut < 1) {
            throw new IllegalArgumentException("fan_in and fan_out must be whole numbers >= 1 (got " + fanIn + ", "
                    + fanOut + ")");
        }
    }

    /** N starts from N(0, σ²). */
    public static StartSpread gaussian(int count, double sigma) {
        return new StartSpread(Distribution.GAUSSIAN, count, sigma, 1, 1);
    }

    /** N starts from the normalized initialization with fan-in m and fan-out n. */
    public static StartSpread xavier(int count, int fanIn, int fanOut) {
        return new StartSpread(Distribution.XAVIER, count, 1, fanIn, fanOut);
    }

    /** The half-width √(6/(m + n)) of the normalized initialization. */
    public double xavierBound() {
        return Math.sqrt(6.0 / (fanIn + fanOut));
    }

    /** The starts, drawn with the seed from a stream of their own, the same every time. */
    public List<Vec2> draw(long seed, long stream) {
        SeededRandom.Stream r = SeededRandom.stream(seed, stream);
        List<Vec2> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (distribution == Distribution.GAUSSIAN) {
                out.add(new Vec2(sigma * r.nextGaussian(), sigma * r.nextGaussian()));
            } else {
                double a = xavierBound();
                out.add(new Vec2(a * (2 * r.nextUniform() - 1), a * (2 * r.nextUniform() - 1)));
            }
        }
        return out;
    }

    /** "50 from N(0, 0.5²)" or "50 from Xavier (m = 2, n = 2)", for legends and tooltips. */
    public String describe() {
        return count + " from " + (distribution == Distribution.GAUSSIAN
                ? "N(0, " + trim(sigma) + "²)" : "Xavier (m = " + fanIn + ", n = " + fanOut + ")");
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6 ? Long.toString((long) v) : Double.toString(v);
    }
}
