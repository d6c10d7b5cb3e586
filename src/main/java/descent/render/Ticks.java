package descent.render;

import descent.contour.Levels;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Round-numbered axis ticks and their labels. */
public final class Ticks {

    private Ticks() {
    }

    /** Ticks between lo and hi at a round step giving about {@code count} of them. */
    public static List<Double> between(double lo, double hi, int count) {
        double step = Levels.niceStep((hi - lo) / Math.max(1, count));
        List<Double> out = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / step); k * step <= hi + step * 1e-9; k++) {
            out.add(k * step);
        }
        return out;
    }

    /** A short label for a tick or level: at most four significant digits, exponents for very large or small. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
            int exponent = d.precision() - d.scale() - 1;
            return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        return d.toPlainString();
    }
}
