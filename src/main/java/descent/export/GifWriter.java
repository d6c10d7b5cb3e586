package descent.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An animated GIF89a writer for frames that share one palette: the global colour table is written once, and each
 * frame is an image of palette indices that may cover only part of the picture, with one index standing for
 * "unchanged" so that a frame can leave the pixels it does not change to the frames before it.
 */
public final class GifWriter {

    /** The palette index that stands for "unchanged" in every frame after the first. */
    public static final int TRANSPARENT = 0;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int delayCentiseconds;
    private final Lzw lzw = new Lzw();
    private int frames;

    /**
     * Writes the header, the palette and the loop extension.
     *
     * @param palette up to 256 RGB colours; entry {@link #TRANSPARENT} is reserved for transparency
     * @param delayCentiseconds the time each frame is shown
     */
    public GifWriter(OutputStream out, int width, int height, int[] palette, int delayCentiseconds)
            throws IOException {
        if (width < 1 || height < 1 || width > 65535 || height > 65535) {
            throw new IllegalArgumentException("a GIF is 1 to 65535 pixels on a side, not " + width + "x" + height);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.delayCentiseconds = delayCentiseconds;
        out.write(new byte[] {'G', 'I', 'F', '8', '9', 'a'});
        short16(width);
        short16(height);
        out.write(0xF7); // global colour table of 2^(7+1) = 256 entries, 8 bits per primary
        out.write(0); // background colour index
        out.write(0); // no aspect ratio
        for (int i = 0; i < 256; i++) {
            int c = i < palette.length ? palette[i] : 0;
            out.write((c >> 16) & 0xFF);
            out.write((c >> 8) & 0xFF);
            out.write(c & 0xFF);
        }
        // NETSCAPE2.0 application extension: loop forever.
        out.write(new byte[] {0x21, (byte) 0xFF, 0x0B, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0', 0x03,
            0x01, 0x00, 0x00, 0x00});
    }

    /** The number of frames written so far. */
    public int frames() {
        return frames;
    }

    /** Writes a whole frame of palette indices, {@code width × height}, row 0 at the top. */
    public void writeFrame(byte[] indices) throws IOException {
        writeFrame(indices, 0, 0, width, height, false);
    }

    /**
     * Writes a frame that covers the box at (x, y) of size w × h, its indices row by row in {@code data}; the
     * rest of the picture stays as the frames before left it.
     *
     * @param transparent whether index {@link #TRANSPARENT} leaves a pixel unchanged rather than painting it
     */
    public void writeFrame(byte[] data, int x, int y, int w, int h, boolean transparent) throws IOException {
        if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height || data.length < w * h) {
            throw new IllegalArgumentException("a box of " + w + "x" + h + " at (" + x + ", " + y
                    + ") does not fit a " + width + "x" + height + " picture");
        }
        // Graphic control extension: leave the frame in place (disposal 1), the delay, the transparent index.
        out.write(new byte[] {0x21, (byte) 0xF9, 0x04, (byte) (0x04 | (transparent ? 1 : 0))});
        short16(delayCentiseconds);
        out.write(TRANSPARENT);
        out.write(0);
        out.write(0x2C);
        short16(x);
        short16(y);
        short16(w);
        short16(h);
        out.write(0); // no local colour table, not interlaced
        lzw.encode(data, w * h, out);
        frames++;
    }

    /** Ends the file. */
    public void finish() throws IOException {
        out.write(0x3B);
        out.flush();
    }

    private void short16(int v) throws IOException {
        out.write(v & 0xFF);
        out.write((v >> 8) & 0xFF);
    }

    /**
     * GIF's variable-length LZW, 8-bit symbols, codes up to 12 bits, with a hashed string table. Runs of the
     * transparent index, most of a frame after the first, are followed along the table's codes for runs without a
     * look-up per pixel.
     */
    static final class Lzw {
        private static final int BITS = 12;
        private static final int MAX_CODE = 1 << BITS;
        private static final int SLOTS_LOG = 13;
        /** Open addressing: (prefix << 8 | symbol) << 12 | code, or 0 for an empty slot (code 0 is never added). */
        private final int[] table = new int[1 << SLOTS_LOG];
        /** For each code, the length of the run of transparent symbols it stands for, or 0 if it is not one. */
        private final int[] runLength = new int[MAX_CODE];
        /** For each length, the code of the run of transparent symbols that long, up to {@link #longestRun}. */
        private final int[] runCode = new int[MAX_CODE + 1];
        private int longestRun;
        private final byte[] block = new byte[255];
        private int blockSize;
        private int bitBuffer;
        private int bitCount;

        void encode(byte[] data, int length, OutputStream out) throws IOException {
            int minCodeSize = 8;
            int clear = 1 << minCodeSize;
            int end = clear + 1;
            out.write(minCodeSize);
            blockSize = 0;
            bitBuffer = 0;
            bitCount = 0;
            int codeSize = minCodeSize + 1;
            int next = end + 1;
            reset();
            write(clear, codeSize, out);
            if (length > 0) {
                int prefix = data[0] & 0xFF;
                int i = 1;
                while (i < length) {
                    int run = runLength[prefix];
                    if (run > 0 && run < longestRun && data[i] == TRANSPARENT) {
                        // The table knows runs up to longestRun: jump to the longest the input allows.
                        int limit = Math.min(length - i, longestRun - run);
                        int ahead = 1;
                        while (ahead < limit && data[i + ahead] == TRANSPARENT) {
                            ahead++;
                        }
                        prefix = runCode[run + ahead];
                        i += ahead;
                        continue;
                    }
                    int c = data[i] & 0xFF;
                    int key = (prefix << 8) | c;
                    int h = (key * 0x9E3779B1) >>> (32 - SLOTS_LOG);
                    int e;
                    while ((e = table[h]) != 0 && (e >>> 12) != key) {
                        h = (h + 1) & (table.length - 1);
                    }
                    i++;
                    if (e != 0) {
                        prefix = e & 0xFFF;
                        continue;
                    }
                    write(prefix, codeSize, out);
                    if (next < MAX_CODE) {
                        table[h] = key << 12 | next;
                        int extended = c == TRANSPARENT && run > 0 ? run + 1 : 0;
                        runLength[next] = extended;
                        if (extended > 0) {
                            runCode[extended] = next;
                            longestRun = extended;
                        }
                        // The decoder adds its entry one code late, so the width grows once next passes 2^size.
                        if (next == (1 << codeSize) && codeSize < BITS) {
                            codeSize++;
                        }
                        next++;
                    } else {
                        write(clear, codeSize, out);
                        reset();
                        codeSize = minCodeSize + 1;
                        next = end + 1;
                    }
                    prefix = c;
                }
                write(prefix, codeSize, out);
            }
            write(end, codeSize, out);
            if (bitCount > 0) {
                byteOut(bitBuffer & 0xFF, out);
            }
            flushBlock(out);
            out.write(0);
        }

        private void reset() {
            java.util.Arrays.fill(table, 0);
            java.util.Arrays.fill(runLength, 0, 256, 0);
            runLength[TRANSPARENT] = 1;
            runCode[1] = TRANSPARENT;
            longestRun = 1;
        }

        private void write(int code, int size, OutputStream out) throws IOException {
            bitBuffer |= code << bitCount;
            bitCount += size;
            while (bitCount >= 8) {
                byteOut(bitBuffer & 0xFF, out);
                bitBuffer >>>= 8;
                bitCount -= 8;
            }
        }

        private void byteOut(int b, OutputStream out) throws IOException {
            block[blockSize++] = (byte) b;
            if (blockSize == 255) {
                flushBlock(out);
            }
        }

        private void flushBlock(OutputStream out) throws IOException {
            if (blockSize > 0) {
                out.write(blockSize);
                out.write(block, 0, blockSize);
                blockSize = 0;
            }
        }
    }
}
