package descent.export;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers in the shortest decimal form that reads back to the same double, such as 0.1, -2.5, 3 or 1e-7, and
 * numbers read from what people type.
 */
public final class Decimal {

    /** Plain decimal numbers only: Java would also take "NaN", "Infinity", "0x1p3" and "1d". */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Decimal() {
    }

    /**
     * The finite number a text writes in plain decimals (surrounding blanks allowed), or empty for anything else,
     * including a number too large for a double.
     */
    public static OptionalDouble parse(String text) {
        String t = text.trim();
        if (!PLAIN.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * The shortest decimal string that parses back to exactly {@code v}; "nan", "inf" and "-inf" for the
     * non-finite values, as Python and numpy write them.
     *
     * <p>Java 17's {@code Double.toString} sometimes gives a digit more than needed, so the digits come from the
     * Schubfach algorithm (the one Java 19 adopted), then lose a trailing ".0" and take a lower-case exponent.
     */
    public static String shortest(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = DoubleToDecimal.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return e < 0 ? mantissa : mantissa + "e" + s.substring(e + 1);
    }
}
