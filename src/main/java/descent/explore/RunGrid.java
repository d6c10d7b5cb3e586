package descent.explore;

import java.util.Arrays;

/**
 * A grid of short runs as far as it has been computed, coarse to fine: every cell whose column and row are multiples
 * of the stride has its own run, and every other cell shows the run at the corner of its block until its own is
 * in. Row 0 is the bottom of a picture, where the y axis starts. Immutable.
 */
public final class RunGrid {

    private final int columns;
    private final int rows;
    private final int stride;
    private final Finish[] cells;

    /**
     * @param cells the runs in rows from the bottom, null where not computed yet; not copied, so the caller hands
     *              over an array it no longer writes
     */
    RunGrid(int columns, int rows, int stride, Finish[] cells) {
        if (cells.length != columns * rows) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + "x" + rows);
        }
        this.columns = columns;
        this.rows = rows;
        this.stride = stride;
        this.cells = cells;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The distance between two cells computed in both directions: 1 once the grid is complete. */
    public int stride() {
        return stride;
    }

    public boolean isComplete() {
        return stride == 1;
    }

    /** The cell's own run, or null while it has not been computed. */
    public Finish computed(int column, int row) {
        return cells[row * columns + column];
    }

    /** The run a picture shows for a cell: its own, or the one at the corner of its block while coarse. */
    public Finish shown(int column, int row) {
        return cells[(row - row % stride) * columns + column - column % stride];
    }

    /** How many cells have their own run. */
    public int computedCount() {
        return (int) Arrays.stream(cells).filter(c -> c != null).count();
    }

    /** The optimizer steps all computed runs took together. */
    public long steps() {
        long n = 0;
        for (Finish f : cells) {
            n += f == null ? 0 : f.steps();
        }
        return n;
    }
}
