package descent.sim;

/**
 * How a trajectory stands after its last step: still running, converged, diverged or escaped at step k, or never
 * started because its start has no finite loss.
 */
public record Outcome(Status status, long step) {

    /** The ways a trajectory can stand. */
    public enum Status {
        /** Every step was taken, and the trajectory is still going. */
        RUNNING,
        /** The gradient's norm fell below the tolerance. */
        CONVERGED,
        /** θ or the loss stopped being finite, or θ ran far off with the loss higher than at the start. */
        DIVERGED,
        /**
         * θ ran far off downhill, the loss lower than at the start, on a surface unbounded below: the lecture's
         * escape from a saddle, not a failure.
         */
        ESCAPED,
        /** The loss at the start is not finite, so there is no trajectory at all. */
        NO_START
    }

    public static Outcome running(long step) {
        return new Outcome(Status.RUNNING, step);
    }

    public static Outcome converged(long step) {
        return new Outcome(Status.CONVERGED, step);
    }

    public static Outcome diverged(long step) {
        return new Outcome(Status.DIVERGED, step);
    }

    public static Outcome escaped(long step) {
        return new Outcome(Status.ESCAPED, step);
    }

    /** The outcome of a trajectory whose start has no finite loss: at step 0, with no point at all. */
    public static Outcome noStart() {
        return new Outcome(Status.NO_START, 0);
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public boolean isConverged() {
        return status == Status.CONVERGED;
    }

    public boolean isDiverged() {
        return status == Status.DIVERGED;
    }

    public boolean isEscaped() {
        return status == Status.ESCAPED;
    }

    public boolean isNoStart() {
        return status == Status.NO_START;
    }

    /**
     * Whether the trajectory was cut short at this outcome's step, so that its last point is the one before: it
     * diverged, escaped or never started.
     */
    public boolean isCutShort() {
        return status == Status.DIVERGED || status == Status.ESCAPED || status == Status.NO_START;
    }

    /** "running", "converged at 120", "diverged at 7", "escaped at 12" or "no finite loss at θ₀". */
    public String describe() {
        return switch (status) {
            case RUNNING -> "running";
            case CONVERGED -> "converged at " + step;
            case DIVERGED -> "diverged at " + step;
            case ESCAPED -> "escaped at " + step;
            case NO_START -> "no finite loss at θ₀";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
