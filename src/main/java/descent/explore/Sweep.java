package descent.explore;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Computes a grid of short runs coarse to fine on every core: first every 16th cell in each direction (or every
 * 4th, for a small grid), so that a picture of about 16 by 16 cells shows at once, then every 4th, then all, each
 * pass computing only the cells the passes before did not. The rows of a pass are shared out among the cores of
 * the pool it runs in (the common pool, with the calling thread: every core).
 */
public final class Sweep {

    /** The run of one cell. */
    @FunctionalInterface
    public interface Cell {
        Finish run(int column, int row);
    }

    /** About how many cells across the first pass shows. */
    private static final int FIRST_PASS = 16;
    /** How much finer each pass is than the one before, in each direction. */
    private static final int REFINE = 4;

    private Sweep() {
    }

    /**
     * The strides of the passes for a grid of this size, coarsest first, the last 1: powers of 4 from the largest
     * that still leaves 16 cells across the longer side.
     */
    static int[] strides(int columns, int rows) {
        int longer = Math.max(columns, rows);
        int first = 1;
        while ((long) first * REFINE * FIRST_PASS <= longer) {
            first *= REFINE;
        }
        int passes = 1;
        for (int s = first; s > 1; s /= REFINE) {
            passes++;
        }
        int[] out = new int[passes];
        for (int i = 0, s = first; i < passes; i++, s /= REFINE) {
            out[i] = s;
        }
        return out;
    }

    /**
     * Runs every cell, coarse to fine, publishing the grid after each pass.
     *
     * @param cancelled polled before each cell; once true, the sweep stops within a cell's run
     * @param publish   told of the grid after each pass, the last time complete
     * @return the complete grid
     * @throws CancellationException when cancelled
     */
    public static RunGrid run(int columns, int rows, Cell cell, BooleanSupplier cancelled, Consumer<RunGrid> publish) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a grid needs at least one cell (got " + columns + "x" + rows + ")");
        }
        Finish[] cells = new Finish[columns * rows];
        int previous = 0;
        RunGrid grid = null;
        for (int stride : strides(columns, rows)) {
            int done = previous;
            IntStream.range(0, (rows + stride - 1) / stride).parallel().forEach(k -> {
                int row = k * stride;
                boolean rowDone = done > 0 && row % done == 0;
                for (int column = 0; column < columns; column += stride) {
                    if (rowDone && column % done == 0) {
                        continue;
                    }
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                    cells[row * columns + column] = cell.run(column, row);
                }
            });
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            grid = new RunGrid(columns, rows, stride, cells.clone());
            publish.accept(grid);
            previous = stride;
        }
        return grid;
    }
}
