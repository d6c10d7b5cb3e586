package descent.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One palette for a whole animation, and the mapping of pixels to it. The contour's bands are flat colours, so the
 * most frequent colours of the first and last frames are taken exactly (no banding); the anti-aliased edges between
 * them get the rest of the 255 entries by median cut. Index 0 stays free for transparency.
 */
public final class GifPalette {

    private static final int SIZE = 256;

    private final int[] colors;
    private final int count;
    private final IntByteMap cache = new IntByteMap();

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
        Map<Integer, int[]> histogram = new HashMap<>();
        for (int[] pixels : samples) {
            for (int p : pixels) {
                histogram.computeIfAbsent(p & 0xFFFFFF, k -> new int[1])[0]++;
            }
        }
        int[] colors = new int[SIZE];
        int n = 1;
        for (int c : required) {
            if (n < SIZE && indexOf(colors, n, c & 0xFFFFFF) < 0) {
                colors[n++] = c & 0xFFFFFF;
            }
        }
        List<Map.Entry<Integer, int[]>> byCount = new ArrayList<>(histogram.entrySet());
        byCount.sort(Comparator.comparingInt((Map.Entry<Integer, int[]> e) -> e.getValue()[0]).reversed());
        int total = 0;
        for (int[] c : histogram.values()) {
            total += c[0];
        }
        // Exact colours: every colour covering at least 0.05% of the samples, up to 3/4 of the palette.
        int exactLimit = SIZE * 3 / 4;
        List<int[]> rest = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : byCount) {
            int c = e.getKey();
            if (indexOf(colors, n, c) >= 0) {
                continue;
            }
            if (n < exactLimit && e.getValue()[0] * 2000L >= total) {
                colors[n++] = c;
            } else {
                rest.add(new int[] {c, e.getValue()[0]});
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
        List<List<int[]>> boxes = new ArrayList<>();
        boxes.add(weighted);
        while (boxes.size() < k) {
            int widest = -1;
            int channel = 0;
            int range = 0;
            for (int b = 0; b < boxes.size(); b++) {
                List<int[]> box = boxes.get(b);
                if (box.size() < 2) {
                    continue;
                }
                for (int ch = 0; ch < 3; ch++) {
                    int shift = 16 - 8 * ch;
                    int lo = 255;
                    int hi = 0;
                    for (int[] c : box) {
                        int v = (c[0] >> shift) & 0xFF;
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    if (hi - lo > range) {
                        range = hi - lo;
                        widest = b;
                        channel = ch;
                    }
                }
            }
            if (widest < 0) {
                break;
            }
            List<int[]> box = boxes.remove(widest);
            int shift = 16 - 8 * channel;
            box.sort(Comparator.comparingInt(c -> (c[0] >> shift) & 0xFF));
            long half = box.stream().mapToLong(c -> c[1]).sum() / 2;
            long seen = 0;
            int split = 1;
            for (int i = 0; i < box.size() - 1; i++) {
                seen += box.get(i)[1];
                if (seen >= half) {
                    split = i + 1;
                    break;
                }
            }
            boxes.add(new ArrayList<>(box.subList(0, split)));
            boxes.add(new ArrayList<>(box.subList(split, box.size())));
        }
        for (List<int[]> box : boxes) {
            long r = 0;
            long g = 0;
            long b = 0;
            long w = 0;
            for (int[] c : box) {
                r += (long) ((c[0] >> 16) & 0xFF) * c[1];
                g += (long) ((c[0] >> 8) & 0xFF) * c[1];
                b += (long) (c[0] & 0xFF) * c[1];
                w += c[1];
            }
            out.add((int) (r / w) << 16 | (int) (g / w) << 8 | (int) (b / w));
        }
        return out;
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

    /** An open-addressing map from 24-bit colours to palette indices. */
    private static final class IntByteMap {
        private int[] keys = new int[1 << 16];
        private byte[] values = new byte[1 << 16];
        private int size;

        IntByteMap() {
            Arrays.fill(keys, -1);
        }

        int get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i] & 0xFF;
                }
                if (keys[i] == -1) {
                    return -1;
                }
            }
        }

        void put(int key, int value) {
            if (size * 2 >= keys.length) {
                int[] oldKeys = keys;
                byte[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new byte[keys.length];
                Arrays.fill(keys, -1);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1) {
                        put(oldKeys[i], oldValues[i] & 0xFF);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1) {
                size++;
            }
            keys[i] = key;
            values[i] = (byte) value;
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B1;
            return h ^ (h >>> 15);
        }
    }
}
