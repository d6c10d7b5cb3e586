package descent.explore;

import descent.sim.Outcome;
import descent.sim.PointSink;
import descent.sim.Racer;
import descent.sim.Simulation;

/**
 * How one short run of a sweep ended: its outcome, the last point it reached and the loss there. The point and the
 * loss are NaN when the start had no finite loss; a run that diverged or escaped ends at the point of the update that
 * ended it, as the race's paths do, or at the one before when θ or the loss there overflowed.
 */
public record Finish(Outcome outcome, double x, double y, double loss) {

    /**
     * Runs one racer from the simulation's start exactly as the race runs it, keeping only the last point: no path
     * is recorded, so a sweep of many runs allocates nothing per step but what the rule itself does.
     */
    public static Finish of(Simulation simulation, Racer racer) {
        LastPoint last = new LastPoint();
        Outcome outcome = simulation.trace(racer, last);
        return new Finish(outcome, last.x, last.y, last.loss);
    }

    /** The steps the run took: where it converged or stopped short, or all of them. */
    public long steps() {
        return outcome.step();
    }

    /** Keeps the last point it is given. */
    private static final class LastPoint implements PointSink {
        private double x = Double.NaN;
        private double y = Double.NaN;
        private double loss = Double.NaN;

        @Override
        public void accept(long step, double px, double py, double l) {
            x = px;
            y = py;
            loss = l;
        }
    }
}
