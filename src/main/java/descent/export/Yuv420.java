package descent.export;

import java.util.Arrays;

/**
 * A picture in YUV 4:2:0, BT.601 limited range (Y 16..235, Cb and Cr 16..240), one unsigned byte a sample, its
 * planes padded to whole 16×16 macroblocks by repeating the last column and row.
 */
final class Yuv420 {

    final int width;
    final int height;
    final int mbWidth;
    final int mbHeight;
    /** Luma, {@code 16 · mbWidth} samples a row. */
    final byte[] y;
    /** Blue and red chroma, {@code 8 · mbWidth} samples a row. */
    final byte[] u;
    final byte[] v;

    Yuv420(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0 || width < 2 || height < 2) {
            throw new IllegalArgumentException("H.264 needs an even width and height, not " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.mbWidth = (width + 15) / 16;
        this.mbHeight = (height + 15) / 16;
        this.y = new byte[256 * mbWidth * mbHeight];
        this.u = new byte[64 * mbWidth * mbHeight];
        this.v = new byte[64 * mbWidth * mbHeight];
    }

    /** Luma samples a row. */
    int lumaStride() {
        return 16 * mbWidth;
    }

    /** Chroma samples a row. */
    int chromaStride() {
        return 8 * mbWidth;
    }

    /**
     * Sets the picture from opaque RGB pixels, {@code width × height}, row 0 at the top: luma per pixel, chroma
     * from the average of each 2×2 block. Only the pixels that differ from the last call's are converted again: a
     * race's frame differs from the one before in a few hundred.
     */
    void setRgb(int[] rgb) {
        if (lastRgb == null) {
            lastRgb = new int[width * height];
            convert(rgb, 0, height, 0, width);
        } else {
            for (int j = 0; j < height; j += 2) {
                int a = j * width;
                int b = a + width;
                int first = Math.min(firstDifference(rgb, a, width), firstDifference(rgb, b, width));
                if (first < width) {
                    int last = Math.max(lastDifference(rgb, a, width), lastDifference(rgb, b, width));
                    convert(rgb, j, j + 2, first & ~1, (last | 1) + 1);
                }
            }
        }
        pad(y, width, height, lumaStride(), 16 * mbHeight);
        pad(u, width / 2, height / 2, chromaStride(), 8 * mbHeight);
        pad(v, width / 2, height / 2, chromaStride(), 8 * mbHeight);
    }

    private int[] lastRgb;

    private int firstDifference(int[] rgb, int from, int n) {
        int i = java.util.Arrays.mismatch(rgb, from, from + n, lastRgb, from, from + n);
        return i < 0 ? n : i;
    }

    private int lastDifference(int[] rgb, int from, int n) {
        int i = n - 1;
        while (i >= 0 && rgb[from + i] == lastRgb[from + i]) {
            i--;
        }
        return i;
    }

    /** Converts rows {@code j0..j1-1} (even bounds) between columns {@code x0..x1-1} (even bounds). */
    private void convert(int[] rgb, int j0, int j1, int x0, int x1) {
        int ls = lumaStride();
        int cs = chromaStride();
        for (int j = j0; j < j1; j++) {
            int row = j * width;
            System.arraycopy(rgb, row + x0, lastRgb, row + x0, x1 - x0);
            for (int i = x0; i < x1; i++) {
                int p = rgb[row + i];
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                y[j * ls + i] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
            }
        }
        for (int j = j0 / 2; j < j1 / 2; j++) {
            for (int i = x0 / 2; i < x1 / 2; i++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = rgb[(2 * j + dy) * width + 2 * i + dx];
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                r = (r + 2) >> 2;
                g = (g + 2) >> 2;
                b = (b + 2) >> 2;
                u[j * cs + i] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                v[j * cs + i] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
    }

    private static void pad(byte[] plane, int w, int h, int stride, int rows) {
        for (int j = 0; j < h; j++) {
            Arrays.fill(plane, j * stride + w, (j + 1) * stride, plane[j * stride + w - 1]);
        }
        for (int j = h; j < rows; j++) {
            System.arraycopy(plane, (h - 1) * stride, plane, j * stride, stride);
        }
    }

    /** Whether macroblock (mbX, mbY) holds the same samples in both pictures, which must be of one size. */
    boolean sameMacroblock(Yuv420 other, int mbX, int mbY) {
        int ls = lumaStride();
        for (int j = 0; j < 16; j++) {
            int at = (16 * mbY + j) * ls + 16 * mbX;
            if (Arrays.mismatch(y, at, at + 16, other.y, at, at + 16) >= 0) {
                return false;
            }
        }
        int cs = chromaStride();
        for (int j = 0; j < 8; j++) {
            int at = (8 * mbY + j) * cs + 8 * mbX;
            if (Arrays.mismatch(u, at, at + 8, other.u, at, at + 8) >= 0
                    || Arrays.mismatch(v, at, at + 8, other.v, at, at + 8) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Copies every sample of another picture of the same size. */
    void copyFrom(Yuv420 other) {
        System.arraycopy(other.y, 0, y, 0, y.length);
        System.arraycopy(other.u, 0, u, 0, u.length);
        System.arraycopy(other.v, 0, v, 0, v.length);
    }
}
