package descent.ui.plot;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * An image shown as a grid of cells, each with pixels of its own, so that a change repaints only the cells whose
 * pixels it changed. JavaFX repaints the whole of an image view whose pixels changed, however few of them did; with
 * software rendering that costs about 15 ns a pixel, 3 to 4 ms for the plot after a slider move, though the paths
 * that moved cover a small part of it.
 */
public final class CellImage extends Group {

    /**
     * At most this many cells a row and rows: JavaFX repaints the whole of a group once more than 12 of its
     * children changed in a frame, so the cells sit in one group per row, and the rows in this one.
     */
    static final int MAX_PER_SIDE = 12;
    /** The smallest cell side: smaller cells would each cost a node and a dirty region more than they save. */
    static final int MIN_CELL = 64;

    private int width;
    private int height;
    private int cell;
    private int columns;
    private int rows;
    private List<PixelBuffer<IntBuffer>> buffers = List.of();
    private long cellUpdates;

    public CellImage() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Makes the image {@code w} by {@code h} pixels, all transparent until the first update. */
    public void resize(int w, int h) {
        if (w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        cell = Math.max(MIN_CELL, (int) Math.ceil(Math.max(w, h) / (double) MAX_PER_SIDE));
        columns = (int) Math.ceil(w / (double) cell);
        rows = (int) Math.ceil(h / (double) cell);
        buffers = new ArrayList<>(columns * rows);
        getChildren().clear();
        for (int j = 0; j < rows; j++) {
            Group row = new Group();
            for (int i = 0; i < columns; i++) {
                int cw = Math.min(cell, w - i * cell);
                int ch = Math.min(cell, h - j * cell);
                PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(cw, ch, IntBuffer.wrap(new int[cw * ch]),
                        PixelFormat.getIntArgbPreInstance());
                ImageView view = new ImageView(new WritableImage(buffer));
                view.relocate(i * cell, j * cell);
                row.getChildren().add(view);
                buffers.add(buffer);
            }
            getChildren().add(row);
        }
    }

    /**
     * Shows the box (x, y, w, h) of {@code source}, premultiplied ARGB pixels of this image's size, row after row:
     * copies it into the cells it crosses, and hands to the renderer only those whose pixels differ.
     *
     * @return how many cells changed
     */
    public int update(int[] source, int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        int changed = 0;
        for (int j = y0 / cell; j < rows && j * cell < y1; j++) {
            for (int i = x0 / cell; i < columns && i * cell < x1; i++) {
                if (updateCell(source, i, j, x0, y0, x1, y1)) {
                    changed++;
                }
            }
        }
        cellUpdates += changed;
        return changed;
    }

    private boolean updateCell(int[] source, int i, int j, int x0, int y0, int x1, int y1) {
        int k = j * columns + i;
        PixelBuffer<IntBuffer> buffer = buffers.get(k);
        int[] data = buffer.getBuffer().array();
        int left = i * cell;
        int top = j * cell;
        int cw = Math.min(cell, width - left);
        int ax = Math.max(x0, left);
        int bx = Math.min(x1, left + cw);
        int ay = Math.max(y0, top);
        int by = Math.min(y1, top + Math.min(cell, height - top));
        // The first and last rows that differ: often a path only grazes a cell.
        int first = -1;
        int last = -1;
        for (int yy = ay; yy < by; yy++) {
            if (Arrays.mismatch(source, yy * width + ax, yy * width + bx,
                    data, (yy - top) * cw + ax - left, (yy - top) * cw + bx - left) >= 0) {
                if (first < 0) {
                    first = yy;
                }
                last = yy;
            }
        }
        if (first < 0) {
            return false;
        }
        int from = first;
        int to = last + 1;
        buffer.updateBuffer(b -> {
            for (int yy = from; yy < to; yy++) {
                System.arraycopy(source, yy * width + ax, data, (yy - top) * cw + ax - left, bx - ax);
            }
            return new Rectangle2D(ax - left, from - top, bx - ax, to - from);
        });
        return true;
    }

    /** The side of a cell, in pixels. */
    public int cellSize() {
        return cell;
    }

    /** How many cells have been handed to the renderer since this image was made, for tests. */
    public long cellUpdates() {
        return cellUpdates;
    }
}
