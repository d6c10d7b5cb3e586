package descent.sim;

/**
 * How a trajectory stands: running (seen partway through the race), still moving when its steps ran out, converged,
 * stuck where it started, diverged or escaped at step k, or never started because its start has no finite loss.
 *
 * <p>The step is always the number of updates taken: the step the race ended at, the one where the gradient fell
 * below the tolerance, or the update that threw the path off. A path cut short keeps that update's point when θ and
 * the loss there are finite numbers (it is the step shown in every table, note and file), and ends at the point
 * before when they overflowed.
 */
public record Outcome(Status status, long step) {

    /** The ways a trajectory can stand, each with its meaning in a sentence for tooltips and help. */
    public enum Status {
        /** Seen at a step before the one where the path ends: the race is still being played. */
        RUNNING("running: the race is being played and this path goes on after the step shown"),
        /** Every step was taken and the gradient's norm never fell below the tolerance. */
        MOVING("still moving: all N steps were taken and ‖∇f‖ never fell below the tolerance"),
        /** The gradient's norm fell below the tolerance, at the start itself when the step is 0. */
        CONVERGED("converged at k: at step k ‖∇f‖ fell below the tolerance (\"stuck: ∇f = 0 at θ₀\" when it already"
                + " was at the start, where gradient descent then never moves)"),
        /** θ or the loss stopped being finite, or θ ran far off (50 view widths) not lower than at the start. */
        DIVERGED("diverged at k: update k threw θ more than " + (int) Simulation.DIVERGENCE_VIEWS
                + " view widths away, not downhill, or made θ or the loss overflow"),
        /**
         * θ went off downhill on a surface unbounded below, out of the surface's view: the lecture's escape from a
         * saddle, not a failure.
         */
        ESCAPED("escaped at k: on a surface with no lowest point, update k took θ out of the surface's view (or "
                + (int) Simulation.DIVERGENCE_VIEWS + " view widths away) with a loss below θ₀'s; downhill goes on for"
                + " ever, so the race stops following it there"),
        /** The loss at the start is not finite, so there is no trajectory at all. */
        NO_START("no finite loss at θ₀: the loss at the start overflows, so there is no path");

        private final String meaning;

        Status(String meaning) {
            this.meaning = meaning;
        }

        /** What the status means, in a sentence that starts with the words the table shows. */
        public String meaning() {
            return meaning;
        }
    }

    /** Partway through a race, at step k, before the path ends. */
    public static Outcome running(long step) {
        return new Outcome(Status.RUNNING, step);
    }

    /** All {@code steps} steps taken without converging. */
    public static Outcome moving(long steps) {
        return new Outcome(Status.MOVING, steps);
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

    /** Whether the race is still being played at this path's step. */
    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    /** Whether the path took every step of the race without converging. */
    public boolean isMoving() {
        return status == Status.MOVING;
    }

    public boolean isConverged() {
        return status == Status.CONVERGED;
    }

    /** Whether the gradient vanished at the start itself, so that the path never moved. */
    public boolean isStuck() {
        return status == Status.CONVERGED && step == 0;
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

    /** Whether the path was cut short at this outcome's step: it diverged, escaped or never started. */
    public boolean isCutShort() {
        return status == Status.DIVERGED || status == Status.ESCAPED || status == Status.NO_START;
    }

    /**
     * "running", "still moving" (after all the race's steps, which k shows beside it and the counter above), "converged
     * at 120", "stuck: ∇f = 0 at θ₀", "diverged at 7", "escaped at 12" or "no finite loss at θ₀".
     */
    public String describe() {
        return switch (status) {
            case RUNNING -> "running";
            case MOVING -> "still moving";
            case CONVERGED -> step == 0 ? "stuck: ∇f = 0 at θ₀" : "converged at " + step;
            case DIVERGED -> "diverged at " + step;
            case ESCAPED -> "escaped at " + step;
            case NO_START -> "no finite loss at θ₀";
        };
    }

    /** What this outcome means, with its step: its status's meaning, the step in place of k or N. */
    public String explain() {
        if (isStuck()) {
            return "stuck: ∇f = 0 at θ₀: the gradient's norm is below the tolerance at the start itself, so gradient"
                    + " descent never moves from it";
        }
        return status.meaning().replaceAll("\\b[kN]\\b", Long.toString(step));
    }

    @Override
    public String toString() {
        return describe();
    }
}
