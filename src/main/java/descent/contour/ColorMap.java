package descent.contour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A colour map from [0, 1] to colours, tabulated at 256 steps; all three are perceptually ordered. */
public enum ColorMap {

    /** Dark blue to yellow, perceptually uniform; the default. */
    VIRIDIS("viridis", true),
    /** Blue to yellow, perceptually uniform and readable with colour-vision deficiencies. */
    CIVIDIS("cividis", true),
    /** Pale yellow to blue, for projectors and print: dark lines stand out on it. */
    LIGHT("light", false);

    private final String key;
    private final boolean dark;
    private int[] table;

    ColorMap(String key, boolean dark) {
        this.key = key;
        this.dark = dark;
    }

    public String key() {
        return key;
    }

    /** Whether the map is mostly dark, so that lines drawn on it need a light halo rather than a dark one. */
    public boolean isDark() {
        return dark;
    }

    /** The colour at t in [0, 1] (clamped), as opaque ARGB. */
    public int argb(double t) {
        int[] lut = table();
        int i = (int) Math.round(Math.max(0, Math.min(1, t)) * (lut.length - 1));
        return lut[i];
    }

    public static ColorMap byKey(String key) {
        for (ColorMap m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown colour map '" + key + "': use viridis, cividis or light");
    }

    private synchronized int[] table() {
        if (table == null) {
            table = load(key);
        }
        return table;
    }

    private static int[] load(String key) {
        int[] lut = new int[256];
        int n = 0;
        try (InputStream in = ColorMap.class.getResourceAsStream(key + ".txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lut[n++] = 0xFF000000 | Integer.parseInt(line.trim(), 16);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n != 256) {
            throw new IllegalStateException("colour map " + key + " has " + n + " entries, not 256");
        }
        return lut;
    }

    @Override
    public String toString() {
        return key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }
}
