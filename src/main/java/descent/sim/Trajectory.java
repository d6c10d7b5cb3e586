package descent.sim;

import descent.math.Vec2;
import java.util.List;

/**
 * The path of one racer: the point and loss after each step (step 0 is the start), and how it ended.
 *
 * <p>A trajectory ends at its outcome's step: the last step of the race, the step where it converged, or the update
 * that made it diverge or escape, whose point it keeps when θ and the loss there are finite (and otherwise ends at
 * the point before). One whose start has no finite loss ({@link Outcome.Status#NO_START}) has no point at all:
 * callers that index it must check {@link #isEmpty} first. A racer with many starts has the paths from those starts
 * as its trajectory's swarm.
 */
public final class Trajectory {

    private final Racer racer;
    private final double[] xs;
    private final double[] ys;
    private final double[] losses;
    private final Outcome outcome;
    private final List<Trajectory> swarm;

    Trajectory(Racer racer, double[] xs, double[] ys, double[] losses, Outcome outcome) {
        this(racer, xs, ys, losses, outcome, List.of());
    }

    private Trajectory(Racer racer, double[] xs, double[] ys, double[] losses, Outcome outcome,
            List<Trajectory> swarm) {
        this.racer = racer;
        this.xs = xs;
        this.ys = ys;
        this.losses = losses;
        this.outcome = outcome;
        this.swarm = List.copyOf(swarm);
    }

    /** This path with the paths from its racer's many starts. */
    Trajectory withSwarm(List<Trajectory> paths) {
        return new Trajectory(racer, xs, ys, losses, outcome, paths);
    }

    /** The paths from the racer's many starts, or none. */
    public List<Trajectory> swarm() {
        return swarm;
    }

    /** The racer that ran it. */
    public Racer racer() {
        return racer;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The number of points: the last step plus one, or 0 when the start has no finite loss. */
    public int size() {
        return xs.length;
    }

    /** Whether there is no point at all, the start having no finite loss. */
    public boolean isEmpty() {
        return xs.length == 0;
    }

    /** The last step computed, or −1 when there is none. */
    public int lastStep() {
        return xs.length - 1;
    }

    public double x(int step) {
        return xs[step];
    }

    public double y(int step) {
        return ys[step];
    }

    public double loss(int step) {
        return losses[step];
    }

    public Vec2 point(int step) {
        return new Vec2(xs[step], ys[step]);
    }

    /** The point shown at step k: the last point when the trajectory ended before k. Meaningless when empty. */
    public int clampStep(long step) {
        return (int) Math.max(0, Math.min(step, lastStep()));
    }

    /**
     * The outcome as seen at step k of an animation: running before the step where the path ends (the race's last,
     * or where it converged, diverged or escaped), its outcome from there on; an empty trajectory never started.
     */
    public Outcome outcomeAt(long step) {
        if (step < outcome.step()) {
            return Outcome.running(Math.max(0, step));
        }
        return outcome;
    }

    /**
     * The steps taken by step k of an animation, the k of tables and notes: k itself before the path ends, its
     * outcome's step from there on.
     */
    public long stepsTaken(long step) {
        return outcomeAt(step).step();
    }

    /** Whether the path has a point at step k: false past its end, and at the step that overflowed it. */
    public boolean hasPoint(long step) {
        return step >= 0 && step <= lastStep();
    }

    @Override
    public String toString() {
        return racer.rule().id() + ": " + size() + " points, " + outcome;
    }
}
