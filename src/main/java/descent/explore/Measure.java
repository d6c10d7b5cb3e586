package descent.explore;

import java.util.OptionalDouble;

/**
 * What colours a cell of a hyperparameter map: the loss left above f* at the end (on a log scale), or the step at
 * which the run converged. Runs that diverged, escaped or never started are shown apart, and so, for the steps,
 * are runs that had not converged by the last step.
 */
public enum Measure {

    /** The final loss minus f*, on a log scale: how close the run came. */
    LOSS_GAP("loss", "loss − f*"),
    /** The step at which the gradient's norm fell below the tolerance: how fast the run came. */
    STEPS("steps", "steps to converge");

    private final String key;
    private final String title;

    Measure(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The name on the command line: loss or steps. */
    public String key() {
        return key;
    }

    /** The name in legends and on the colour bar. */
    public String title() {
        return title;
    }

    /** The measure with that key, or an exception whose message lists the keys. */
    public static Measure byKey(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + key + "': use loss or steps");
    }

    /**
     * The number that colours a run: for the loss, the final loss above the floor (f*, or the lowest loss of the map
     * on a surface unbounded below); for the steps, the step it converged at. NaN where the run is shown apart.
     */
    public double of(Finish f, double floor) {
        return switch (this) {
            case LOSS_GAP -> f.outcome().isConverged() || f.outcome().isMoving() ? f.loss() - floor : Double.NaN;
            case STEPS -> f.outcome().isConverged() ? f.steps() : Double.NaN;
        };
    }

    /**
     * What the loss is measured from: the surface's f*, or where it has none, the lowest final loss among the runs
     * computed (NaN when there is none).
     */
    public static double floor(OptionalDouble minimum, RunGrid grid) {
        if (minimum.isPresent()) {
            return minimum.getAsDouble();
        }
        double low = Double.NaN;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                Finish f = grid.computed(c, r);
                if (f != null && (f.outcome().isConverged() || f.outcome().isMoving()) && Double.isFinite(f.loss())
                        && !(f.loss() >= low)) {
                    low = f.loss();
                }
            }
        }
        return low;
    }

    /** How many decades of loss a map's colours span at most: below that, the bottom colour. */
    public static final int DECADES = 16;

    /**
     * The ends of the colour scale: for the loss, log₁₀ of the smallest and largest gap above the floor among the
     * runs computed, at least one decade and at most {@value #DECADES} apart; for the steps, 0 and the race's steps.
     */
    public double[] range(RunGrid grid, double floor, int steps) {
        if (this == STEPS) {
            return new double[] {0, Math.max(1, steps)};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                Finish f = grid.computed(c, r);
                double gap = f == null ? Double.NaN : of(f, floor);
                if (gap > 0 && gap < Double.POSITIVE_INFINITY) {
                    lo = Math.min(lo, gap);
                    hi = Math.max(hi, gap);
                }
            }
        }
        if (lo > hi) {
            return new double[] {-DECADES, 0};
        }
        double top = Math.log10(hi);
        double bottom = Math.max(Math.log10(lo), top - DECADES);
        return new double[] {Math.min(bottom, top - 1), top};
    }

    /** Where a run's number lies on the colour scale, 0 to 1, or NaN where the run is shown apart. */
    public double position(Finish f, double floor, double[] range) {
        double v = of(f, floor);
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        double t = this == LOSS_GAP ? (v > 0 ? Math.log10(v) : range[0]) : v;
        return Math.max(0, Math.min(1, (t - range[0]) / (range[1] - range[0])));
    }
}
