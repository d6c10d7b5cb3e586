package descent.math;

/**
 * Counter-based random numbers: each draw is a pure function of a key, so that a trajectory with noise or
 * mini-batches is a pure function of its seed and can be recomputed from any step.
 *
 * <p>The mixing function is SplitMix64's finaliser (Steele, Lea and Flood, 2014), which is fixed here so that a
 * seed gives the same numbers on every machine and every Java version.
 */
public final class SeededRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double TO_UNIT = 0x1.0p-53;

    private SeededRandom() {
    }

    /** A well-mixed 64-bit hash of z. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of the {@code index}-th draw of the stream {@code stream} under {@code seed}. */
    public static long key(long seed, long stream, long index) {
        return mix(mix(mix(seed + GOLDEN_GAMMA) + stream * GOLDEN_GAMMA) + index * GOLDEN_GAMMA);
    }

    /** A uniform number in [0, 1) from a key. */
    public static double uniform(long key) {
        return (mix(key) >>> 11) * TO_UNIT;
    }

    /** Two independent standard normal numbers from a key (Box–Muller). */
    public static Vec2 gaussianPair(long key) {
        double u1 = 1.0 - uniform(key); // in (0, 1], so the logarithm is finite
        double u2 = uniform(key + GOLDEN_GAMMA);
        double r = Math.sqrt(-2 * Math.log(u1));
        double a = 2 * Math.PI * u2;
        return new Vec2(r * Math.cos(a), r * Math.sin(a));
    }

    /** A sequential generator over the keys {@code key(seed, stream, 0), key(seed, stream, 1), ...}. */
    public static Stream stream(long seed, long stream) {
        return new Stream(seed, stream);
    }

    /** A sequential generator for data sets and random starts; each draw advances its counter. */
    public static final class Stream {
        private final long seed;
        private final long stream;
        private long index;

        private Stream(long seed, long stream) {
            this.seed = seed;
            this.stream = stream;
        }

        public double nextUniform() {
            return uniform(key(seed, stream, index++));
        }

        public double nextGaussian() {
            return gaussianPair(key(seed, stream, index++)).x();
        }

        /** A whole number in [0, bound). */
        public int nextInt(int bound) {
            return (int) (nextUniform() * bound);
        }
    }
}
