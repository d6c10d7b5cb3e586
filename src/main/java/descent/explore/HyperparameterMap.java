package descent.explore;

import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Setting;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How one racer fares over two of its hyperparameters: for each cell of the map, the race's run of that racer with
 * its values of the two set to the cell's, from the race's start, with the race's steps, noise, batches, clipping
 * and tolerance. Column i takes the x axis's value i, row j the y axis's value j.
 *
 * @param simulation the race; its other racers play no part
 * @param racer      the racer mapped, with everything it sets itself but the two values the map sets
 */
public record HyperparameterMap(Simulation simulation, Racer racer, Axis x, Axis y) {

    /**
     * Checks that the racer's rule reads both hyperparameters and that they differ.
     *
     * @throws IllegalArgumentException saying which does not fit
     */
    public HyperparameterMap {
        Rule rule = racer.rule();
        for (Axis a : List.of(x, y)) {
            if (!rule.reads(a.parameter())) {
                throw new IllegalArgumentException(rule.id() + " has no value " + a.parameter().key()
                        + "; it takes " + rule.keys());
            }
        }
        if (x.parameter() == y.parameter()) {
            throw new IllegalArgumentException("the two axes must be different hyperparameters (both are "
                    + x.parameter().key() + ")");
        }
    }

    /** The hyperparameters of a rule that a map can span: every value it reads but its switches. */
    public static List<Hyperparameter> mappable(Rule rule) {
        return rule.settings().stream().map(Setting::parameter).filter(h -> !h.isSwitch()).toList();
    }

    /** The racer of one cell: the mapped racer with the cell's two values as its own. */
    public Racer racerAt(int column, int row) {
        return racer.with(x.parameter(), x.value(column)).with(y.parameter(), y.value(row));
    }

    /** The run of one cell, as the race would run that racer. */
    public Finish run(int column, int row) {
        return Finish.of(simulation, racerAt(column, row));
    }

    /** The number of optimizer steps the map takes at most: a full run per cell. */
    public long cost() {
        return (long) x.count() * y.count() * simulation.steps();
    }

    /**
     * Runs every cell coarse to fine on every core (see {@link Sweep}).
     *
     * @param publish told of the map after each pass
     * @return the complete map
     */
    public RunGrid compute(BooleanSupplier cancelled, Consumer<RunGrid> publish) {
        return Sweep.run(x.count(), y.count(), this::run, cancelled, publish);
    }

    /** Runs every cell, with nothing to tell on the way. */
    public RunGrid compute() {
        return compute(() -> false, g -> { });
    }
}
