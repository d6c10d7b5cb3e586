package descent.contour;

import descent.surface.LevelSpacing;
import java.util.Arrays;

/** The contour levels of a plot, ascending; they split the values into bands, band 0 below the first level. */
public final class Levels {

    private final double[] values;
    private final LevelSpacing spacing;

    private Levels(double[] values, LevelSpacing spacing) {
        this.values = values;
        this.spacing = spacing;
    }

    /** Levels at the given values, which must ascend. */
    public static Levels of(LevelSpacing spacing, double... values) {
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new IllegalArgumentException("levels must ascend: " + Arrays.toString(values));
            }
        }
        return new Levels(values.clone(), spacing);
    }

    /**
     * Round-numbered levels for values from min to max: evenly spaced at a step of 1, 2, 2.5 or 5 times a power of
     * ten, about {@code count} of them; or, for logarithmic spacing, 1, 2 and 5 times each power of ten down to a
     * millionth of the maximum.
     */
    public static Levels choose(double min, double max, LevelSpacing spacing, int count) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new Levels(new double[0], spacing);
        }
        // Less than a decade in view (zoomed in far), log levels would leave a single flat band: space them evenly.
        if (spacing == LevelSpacing.LOGARITHMIC && max > 0 && !(min > 0 && max / min < 10)) {
            return logarithmic(min, max, spacing);
        }
        if (min == max) {
            return new Levels(new double[] {min}, spacing);
        }
        double step = niceStep((max - min) / count);
        // Levels strictly inside (min, max): a level at the lowest value would leave the band below it empty, and
        // the colour bar would show a colour that no point of the plot has.
        double first = Math.floor(min / step + 1e-9) * step + step;
        int n = (int) Math.ceil((max - first) / step - 1e-9);
        double[] v = new double[Math.max(n, 0)];
        for (int i = 0; i < v.length; i++) {
            // Multiply rather than accumulate, so that 0.1·3 is not 0.30000000000000004 twice over.
            v[i] = cleanDecimal(first + i * step, step);
        }
        return new Levels(v, LevelSpacing.LINEAR);
    }

    private static Levels logarithmic(double min, double max, LevelSpacing spacing) {
        double lo = Math.max(min, max * 1e-6);
        int toDecade = (int) Math.ceil(Math.log10(max));
        // Seven decades at most, even when max·10⁻⁶ underflows to 0 (a subnormal max) and log10 gives −∞.
        int fromDecade = (int) Math.max(Math.floor(Math.log10(lo)), toDecade - 7);
        double[] mantissas = {1, 2, 5};
        double[] out = new double[(toDecade - fromDecade + 1) * 3];
        int n = 0;
        for (int d = fromDecade; d <= toDecade; d++) {
            for (double m : mantissas) {
                double v = Double.parseDouble(m + "e" + d);
                // Above 0 and ascending: below 4.9e-324 the decimal reads back as 0, and 1e-330 and 2e-330 alike.
                if (v >= lo && v <= max && v > 0 && (n == 0 || v > out[n - 1])) {
                    out[n++] = v;
                }
            }
        }
        return new Levels(Arrays.copyOf(out, n), spacing);
    }

    /**
     * The levels of a sampled grid: as {@link #choose} gives them for the surface's spacing, except that linear
     * levels give way to logarithmic ones of the height above the lowest value when more than a fifth of the grid
     * lies within one linear step of that value. A long narrow valley, such as the κ = 50 quadratic's, is then no
     * longer one flat band: its floor shows the structure that leads to the minimum.
     */
    public static Levels forGrid(Grid grid, LevelSpacing spacing, int count) {
        Levels linear = choose(grid.min(), grid.max(), spacing, count);
        if (linear.spacing != LevelSpacing.LINEAR || linear.size() < 2) {
            return linear;
        }
        double floor = grid.min() + (linear.values[1] - linear.values[0]);
        long near = 0;
        long all = 0;
        for (int j = 0; j < grid.rows(); j++) {
            for (int i = 0; i < grid.columns(); i++) {
                double v = grid.value(i, j);
                if (Double.isFinite(v)) {
                    all++;
                    near += v < floor ? 1 : 0;
                }
            }
        }
        return near > FLAT_FLOOR * all ? aboveFloor(grid.min(), grid.max()) : linear;
    }

    /** The share of the plot within one linear step of the lowest value above which linear levels flatten it. */
    static final double FLAT_FLOOR = 0.2;

    /**
     * Logarithmic levels of the height above the floor: a round number at or just under the lowest value plus 1, 2
     * and 5 times each power of ten from about a thousandth of the range of values up. The levels are the values
     * themselves, so the colour bar reads as the loss does, such as 0.39, 0.391, 0.394, 0.399 ... above 0.389.
     */
    static Levels aboveFloor(double min, double max) {
        double range = max - min;
        double unit = Math.pow(10, Math.floor(Math.log10(range / 1000)));
        double base = Math.floor(min / unit) * unit;
        double[] out = new double[64];
        int n = 0;
        for (double decade = unit; decade <= range * 10 && n < out.length - 3; decade *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                double v = cleanDecimal(base + cleanDecimal(m * decade, decade), unit);
                if (v > min && v < max && (n == 0 || v > out[n - 1])) {
                    out[n++] = v;
                }
            }
        }
        return new Levels(Arrays.copyOf(out, n), LevelSpacing.LOGARITHMIC);
    }

    /** The round step nearest above {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
    public static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
        return nice * p;
    }

    private static double cleanDecimal(double v, double step) {
        double digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
        double scale = Math.pow(10, digits);
        double r = Math.rint(v * scale) / scale;
        return r == 0 ? 0 : r;
    }

    public int size() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    public LevelSpacing spacing() {
        return spacing;
    }

    /** A copy of the level values. */
    public double[] values() {
        return values.clone();
    }

    /** The band a value falls in: the number of levels at or below it (0 to size()); −1 for NaN. */
    public int band(double v) {
        if (Double.isNaN(v)) {
            return -1;
        }
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of bands: one more than the number of levels. */
    public int bands() {
        return values.length + 1;
    }

    @Override
    public String toString() {
        return spacing + Arrays.toString(values);
    }
}
