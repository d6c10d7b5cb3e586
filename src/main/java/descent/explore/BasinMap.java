package descent.explore;

import descent.math.Vec2;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.ViewBox;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The runs of one racer from every start of a grid over a view: the cell in column i and row j (row 0 at the
 * bottom) starts at its centre, and runs as the race would run that racer from there, with the race's steps,
 * values, noise, batches, clipping and tolerance.
 *
 * @param simulation the race; its start and its other racers play no part
 */
public record BasinMap(Simulation simulation, Racer racer, ViewBox view, int columns, int rows) {

    /** The most starts along a side. */
    public static final int MAX_SIDE = 2000;

    public BasinMap {
        if (columns < 1 || rows < 1 || columns > MAX_SIDE || rows > MAX_SIDE) {
            throw new IllegalArgumentException("a grid of starts has 1 to " + MAX_SIDE + " cells a side (got "
                    + columns + "x" + rows + ")");
        }
    }

    /** The grid of {@code columns} starts across the view and as many rows as keep the cells square. */
    public static BasinMap of(Simulation simulation, Racer racer, ViewBox view, int columns) {
        int rows = (int) Math.max(1, Math.min(MAX_SIDE, Math.round(columns * view.height() / view.width())));
        return new BasinMap(simulation, racer, view, columns, rows);
    }

    /** The start of a cell: its centre. */
    public Vec2 start(int column, int row) {
        return new Vec2(view.xMin() + (column + 0.5) * view.width() / columns,
                view.yMin() + (row + 0.5) * view.height() / rows);
    }

    /** The run from one cell's start. */
    public Finish run(int column, int row) {
        return Finish.of(simulation.withStart(start(column, row)), racer);
    }

    /** The number of optimizer steps the grid takes at most: a full run per start. */
    public long cost() {
        return (long) columns * rows * simulation.steps();
    }

    /** Runs every start coarse to fine on every core (see {@link Sweep}). */
    public RunGrid compute(BooleanSupplier cancelled, Consumer<RunGrid> publish) {
        return Sweep.run(columns, rows, this::run, cancelled, publish);
    }

    /** Runs every start, with nothing to tell on the way. */
    public RunGrid compute() {
        return compute(() -> false, g -> { });
    }
}
