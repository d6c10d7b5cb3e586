package descent.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * An animated GIF made of rendered frames that share one palette. Each frame after the first is compared with the
 * one before only inside the boxes where it may have changed; the pixels that did change are mapped to the palette,
 * and the frame is written as the smallest box holding every pixel whose palette entry changed, with the others in
 * it transparent: a trail moving over a still contour costs a few hundred bytes a frame.
 */
final class GifAnimation {

    private final GifWriter writer;
    private final GifPalette palette;
    private final int width;
    private final int height;
    /** The RGB pixels of the picture as the frames so far leave it. */
    private final int[] shown;
    /** Their palette indices. */
    private final byte[] indices;
    /** The new frame's index where it changed, else {@link GifWriter#TRANSPARENT}; all transparent between frames. */
    private final byte[] delta;
    private byte[] box = new byte[0];
    private boolean started;

    GifAnimation(OutputStream out, int width, int height, GifPalette palette, int delayCentiseconds)
            throws IOException {
        this.writer = new GifWriter(out, width, height, palette.colors(), delayCentiseconds);
        this.palette = palette;
        this.width = width;
        this.height = height;
        this.shown = new int[width * height];
        this.indices = new byte[width * height];
        this.delta = new byte[width * height];
    }

    /**
     * Adds a frame.
     *
     * @param pixels  {@code width × height} opaque RGB pixels, row 0 at the top
     * @param changed boxes {x0, y0, x1, y1} (ends excluded) outside which the frame equals the one added before;
     *                ignored for the first frame
     */
    void add(int[] pixels, List<int[]> changed) throws IOException {
        if (!started) {
            for (int i = 0; i < pixels.length; i++) {
                shown[i] = pixels[i];
                indices[i] = palette.index(pixels[i]);
            }
            writer.writeFrame(indices);
            started = true;
            return;
        }
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int[] b : changed) {
            for (int y = Math.max(0, b[1]); y < Math.min(height, b[3]); y++) {
                int row = y * width;
                int end = row + Math.min(width, b[2]);
                int i = row + Math.max(0, b[0]);
                while (i < end) {
                    // Most of a box is unchanged: mismatch skips equal runs many pixels at a time.
                    int skip = Arrays.mismatch(pixels, i, end, shown, i, end);
                    if (skip < 0) {
                        break;
                    }
                    i += skip;
                    shown[i] = pixels[i];
                    byte index = palette.index(pixels[i]);
                    if (index != indices[i]) {
                        indices[i] = index;
                        delta[i] = index;
                        int x = i - row;
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y);
                    }
                    i++;
                }
            }
        }
        if (x1 < 0) {
            // Nothing changed: a one-pixel transparent frame still takes its place in time.
            x0 = 0;
            y0 = 0;
            x1 = 0;
            y1 = 0;
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        if (box.length < w * h) {
            box = new byte[w * h];
        }
        for (int y = 0; y < h; y++) {
            int from = (y0 + y) * width + x0;
            System.arraycopy(delta, from, box, y * w, w);
            Arrays.fill(delta, from, from + w, (byte) GifWriter.TRANSPARENT);
        }
        writer.writeFrame(box, x0, y0, w, h, true);
    }

    /** The number of frames added so far. */
    int frames() {
        return writer.frames();
    }

    /** Ends the file. */
    void finish() throws IOException {
        writer.finish();
    }
}
