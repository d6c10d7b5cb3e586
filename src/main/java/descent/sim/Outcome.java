package descent.sim;

/** How a trajectory ended: still running after its last step, converged at step k, or diverged at step k. */
public record Outcome(Status status, long step) {

    /** The three ways a trajectory can stand. */
    public enum Status {
        RUNNING,
        CONVERGED,
        DIVERGED
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

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public boolean isConverged() {
        return status == Status.CONVERGED;
    }

    public boolean isDiverged() {
        return status == Status.DIVERGED;
    }

    /** "running", "converged at 120" or "diverged at 7". */
    public String describe() {
        return switch (status) {
            case RUNNING -> "running";
            case CONVERGED -> "converged at " + step;
            case DIVERGED -> "diverged at " + step;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
