package descent.optim;

import descent.math.Numbers;
import descent.math.Vec2;

/** Numbers and vectors written in LaTeX at four significant digits, for the equations of an explanation. */
final class Tex {

    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Tex() {
    }

    /** A number at four significant digits, with a power of ten where a decimal would be long: 3.2\times10^{-4}. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        String s = Numbers.fourDigits(v);
        int e = s.indexOf('e');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        String power = "10^{" + s.substring(e + 1) + "}";
        return switch (mantissa) {
            case "1" -> power;
            case "-1" -> "-" + power;
            default -> mantissa + "\\times" + power;
        };
    }

    /** A 2-vector: (-1.203,\,0.815). */
    static String vec(Vec2 v) {
        return "(" + num(v.x()) + ",\\," + num(v.y()) + ")";
    }

    /** A symbol with a step's number as its subscript: \theta_{12}. */
    static String indexed(String symbol, long k) {
        return symbol + "_{" + k + "}";
    }

    /** A whole number in subscript digits, for labels on the plot: ₁₂. */
    static String subscript(long k) {
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(k).toCharArray()) {
            b.append(c == '-' ? '₋' : SUBSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }
}
