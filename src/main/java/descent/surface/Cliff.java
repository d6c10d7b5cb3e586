package descent.surface;

import descent.math.Range;
import descent.math.Vec2;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;

/**
 * A gentle bowl cut by a steep cliff: 0.1(x − 2)² + 0.3y² + h·σ(s(x − 1)), with σ the logistic function.
 *
 * <p>Left of x = 1 the bowl slopes down towards the foot of a wall about 2/s wide that rises by h; the lowest
 * point is at its foot. The wall's slope reaches h·s/4 (50 with the defaults, against 0.2 on the slope before it),
 * so an optimizer that runs into it with some speed is catapulted far away: the lecture's "cliffs and exploding
 * gradients". Gradient clipping bounds that step.
 *
 * <p>A class rather than a record so that each instance can keep the landmarks it computes on first use.
 */
public final class Cliff implements Surface {

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
    /** The spacing, in units of the wall's own width 1/s, of the points where the search samples the slope. */
    private static final double WALL_SAMPLING = 0.01;
    /** How far past the edge, in the same units, the wall's slope matters: h·s·e^−50 < 1e−16 for every h and s. */
    private static final double WALL_END = 50;

    private final double height;
    private final double steepness;
    private final Lazy<List<Landmark>> landmarks = new Lazy<>(this::findLandmarks);

    public Cliff(double height, double steepness) {
        this.height = height;
        this.steepness = steepness;
    }

    public double height() {
        return height;
    }

    public double steepness() {
        return steepness;
    }

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

    /** f*, at the foot of the wall, or on top of it when the wall is lower than about 0.1; found on first use. */
    @Override
    public OptionalDouble minimum() {
        return OptionalDouble.of(landmarks().get(0).value());
    }

    /**
     * Its minima and the saddle between them, found on first use to the last bit. With the defaults: the global
     * minimum at the foot of the wall, a local one on top near x = 2, and the saddle on the crest between them; a wall
     * too gentle to have a crest leaves a single minimum.
     */
    @Override
    public List<Landmark> landmarks() {
        return landmarks.get();
    }

    /**
     * The loss is g(x) + 0.3y² with g(x) = 0.1(x − 2)² + h·σ(s(x − 1)), so every stationary point lies on y = 0 at
     * a zero of g'. Those zeros are found by sampling g' finely enough to see the wall's shape and bisecting each
     * change of sign: from − to + a minimum, from + to − a crest, which y makes a saddle.
     */
    private List<Landmark> findLandmarks() {
        DoubleUnaryOperator slope = x -> gradient(x, 0).x();
        double[] xs = samples();
        List<Vec2> minima = new ArrayList<>();
        List<Vec2> saddles = new ArrayList<>();
        double last = xs[0];
        double lastSlope = slope.applyAsDouble(last);
        for (int i = 1; i < xs.length; i++) {
            double g = slope.applyAsDouble(xs[i]);
            if (g == 0) {
                continue;
            }
            if (g > 0 != lastSlope > 0) {
                Vec2 p = new Vec2(StationaryPoints.bisect(slope, last, xs[i]), 0);
                (lastSlope < 0 ? minima : saddles).add(p);
            }
            last = xs[i];
            lastSlope = g;
        }
        return StationaryPoints.rank(this, minima, saddles);
    }

    /**
     * Where to sample g': from below its first zero to x = 3, past its last. In z = s(x − 1) the wall has the same
     * shape whatever s, so it is sampled evenly in z, and the bowl evenly in x from the edge to x = 3.
     *
     * <p>Left of the edge g' can vanish only where the wall's slope h·s·σ'(z), at most h·s·e^z and h·s/4, matches
     * the bowl's 0.2(1 − z/s) ≥ 0.2; that bounds z below, and g' &lt; 0 everywhere further left. Right of x = 2 both
     * slopes are positive.
     */
    private double[] samples() {
        double hs = height * steepness;
        double firstZero = Math.max(Math.log(0.2 / hs), steepness * (1 - 1.25 * hs));
        double zFrom = Math.min(firstZero, 0) - 1;
        double zTo = Math.min(steepness, WALL_END);
        int wall = (int) Math.ceil((zTo - zFrom) / WALL_SAMPLING);
        DoubleStream onWall = DoubleStream.iterate(0, i -> i + 1).limit(wall + 1)
                .map(i -> EDGE + (zFrom + (zTo - zFrom) * i / wall) / steepness);
        DoubleStream onBowl = DoubleStream.iterate(0, i -> i + 1).limit(2001).map(i -> EDGE + i / 1000);
        return DoubleStream.concat(onWall, onBowl).sorted().distinct().toArray();
    }

    @Override
    public SurfaceDefaults defaults() {
        return DEFAULTS;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cliff c && Double.compare(c.height, height) == 0
                && Double.compare(c.steepness, steepness) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(height) * 31 + Double.hashCode(steepness);
    }

    @Override
    public String toString() {
        return "Cliff[height=" + height + ", steepness=" + steepness + "]";
    }
}
