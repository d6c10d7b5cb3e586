package descent.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One palette for a whole animation, and the mapping of pixels to it. The contour's bands are flat colours, so the
 * most frequent colours of the first and last frames are taken exactly (no banding); the anti-aliased edges between
 * them get the rest of the 255 entries by median cut. Index 0 stays free for transparency.
 */
public final class GifPalette {

    private static final int SIZE = 256;

    private final int[] colors;
    private final int count;
    private final IntIntMap cache = new IntIntMap();

    private GifPalette(int[] colors, int count) {
        this.colors = colors;
        this.count = count;
    }

    /** The palette entries, RGB; entry 0 is the transparent one. */
    public int[] colors() {
        return colors.clone();
    }

    /**
     * Builds a palette from sample frames (RGB pixels) and colours that must be exact, such as the optimizers'.
     */
    public static GifPalette of(List<int[]> samples, int... required) {
        IntIntMap histogram = new IntIntMap();
        int total = 0;
        for (int[] pixels : samples) {
            // Counted in runs: a contour band is one colour for hundreds of pixels on end.
            int i = 0;
            while (i < pixels.length) {
                int c = pixels[i] & 0xFFFFFF;
                int run = 1;
                while (i + run < pixels.length && (pixels[i + run] & 0xFFFFFF) == c) {
                    run++;
                }
                histogram.add(c, run);
                i += run;
            }
            total += pixels.length;
        }
        int[] colors = new int[SIZE];
        int n = 1;
        for (int c : required) {
            if (n < SIZE && indexOf(colors, n, c & 0xFFFFFF) < 0) {
                colors[n++] = c & 0xFFFFFF;
            }
        }
        // Most frequent first; equal counts by colour, so that the palette does not depend on hashing.
        List<int[]> byCount = histogram.entries();
        byCount.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        // Exact colours: every colour covering at least 0.05% of the samples, up to 3/4 of the palette.
        int exactLimit = SIZE * 3 / 4;
        List<int[]> rest = new ArrayList<>();
        for (int[] e : byCount) {
            int c = e[0];
            if (indexOf(colors, n, c) >= 0) {
                continue;
            }
            if (n < exactLimit && e[1] * 2000L >= total) {
                colors[n++] = c;
            } else {
                rest.add(e);
            }
        }
        for (int c : medianCut(rest, SIZE - n)) {
            colors[n++] = c;
        }
        return new GifPalette(colors, n);
    }

    private static int indexOf(int[] colors, int n, int c) {
        for (int i = 1; i < n; i++) {
            if (colors[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Up to {@code k} colours standing for the weighted colours given, by median cut. */
    static List<Integer> medianCut(List<int[]> weighted, int k) {
        List<Integer> out = new ArrayList<>();
        if (weighted.isEmpty() || k <= 0) {
            return out;
        }
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(weighted));
        while (boxes.size() < k) {
            int widest = -1;
            int range = 0;
            for (int b = 0; b < boxes.size(); b++) {
                if (boxes.get(b).range > range) {
                    range = boxes.get(b).range;
                    widest = b;
                }
            }
            if (widest < 0) {
                break;
            }
            Box box = boxes.remove(widest);
            int shift = 16 - 8 * box.channel;
            List<int[]> colors = box.colors;
            colors.sort(Comparator.comparingInt(c -> (c[0] >> shift) & 0xFF));
            long half = colors.stream().mapToLong(c -> c[1]).sum() / 2;
            long seen = 0;
            int split = 1;
            for (int i = 0; i < colors.size() - 1; i++) {
                seen += colors.get(i)[1];
                if (seen >= half) {
                    split = i + 1;
                    break;
                }
            }
            boxes.add(new Box(new ArrayList<>(colors.subList(0, split))));
            boxes.add(new Box(new ArrayList<>(colors.subList(split, colors.size()))));
        }
        for (Box box : boxes) {
            long r = 0;
            long g = 0;
            long b = 0;
            long w = 0;
            for (int[] c : box.colors) {
                r += (long) ((c[0] >> 16) & 0xFF) * c[1];
                g += (long) ((c[0] >> 8) & 0xFF) * c[1];
                b += (long) (c[0] & 0xFF) * c[1];
                w += c[1];
            }
            out.add((int) (r / w) << 16 | (int) (g / w) << 8 | (int) (b / w));
        }
        return out;
    }

    /** A box of median cut: weighted colours, and its widest channel (red 0, green 1, blue 2) with its range. */
    private static final class Box {
        final List<int[]> colors;
        int channel;
        /** 0 for a box of fewer than two colours, which is never split. */
        int range;

        Box(List<int[]> colors) {
            this.colors = colors;
            if (colors.size() < 2) {
                return;
            }
            for (int ch = 0; ch < 3; ch++) {
                int shift = 16 - 8 * ch;
                int lo = 255;
                int hi = 0;
                for (int[] c : colors) {
                    int v = (c[0] >> shift) & 0xFF;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                if (hi - lo > range) {
                    range = hi - lo;
                    channel = ch;
                }
            }
        }
    }

    /** The nearest entry (never the transparent one) for an RGB colour; each distinct colour is searched once. */
    public byte index(int rgb) {
        int c = rgb & 0xFFFFFF;
        int cached = cache.get(c);
        if (cached >= 0) {
            return (byte) cached;
        }
        int r = (c >> 16) & 0xFF;
        int g = (c >> 8) & 0xFF;
        int b = c & 0xFF;
        int best = 1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 1; i < count; i++) {
            int p = colors[i];
            int dr = r - ((p >> 16) & 0xFF);
            int dg = g - ((p >> 8) & 0xFF);
            int db = b - (p & 0xFF);
            // Weighted as the eye weighs them (red 3, green 4, blue 2), a cheap stand-in for a perceptual distance.
            int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
                if (d == 0) {
                    break;
                }
            }
        }
        cache.put(c, best);
        return (byte) best;
    }

    /** An open-addressing map from 24-bit colours to counts or palette indices, without boxing. */
    private static final class IntIntMap {
        private static final int EMPTY = -1;
        private int[] keys = new int[1 << 14];
        private int[] values = new int[1 << 14];
        private int size;

        IntIntMap() {
            Arrays.fill(keys, EMPTY);
        }

        /** The value of a key, or -1 when it has none. */
        int get(int key) {
            int i = slot(key);
            return keys[i] == key ? values[i] : -1;
        }

        void put(int key, int value) {
            int i = slot(key);
            if (keys[i] != key) {
                i = insert(key);
            }
            values[i] = value;
        }

        void add(int key, int amount) {
            int i = slot(key);
            if (keys[i] != key) {
                i = insert(key);
            }
            values[i] += amount;
        }

        /** The keys and their values, as {key, value} pairs. */
        List<int[]> entries() {
            List<int[]> out = new ArrayList<>(size);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    out.add(new int[] {keys[i], values[i]});
                }
            }
            return out;
        }

        /** The slot holding the key, or the empty slot where it would go. */
        private int slot(int key) {
            int mask = keys.length - 1;
            int i = (key * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(keys.length));
            while (keys[i] != key && keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private int insert(int key) {
            if (2 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                int[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new int[keys.length];
                Arrays.fill(keys, EMPTY);
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldKeys[j] != EMPTY) {
                        int k = slot(oldKeys[j]);
                        keys[k] = oldKeys[j];
                        values[k] = oldValues[j];
                    }
                }
            }
            int i = slot(key);
            keys[i] = key;
            values[i] = 0;
            size++;
            return i;
        }
    }
}
