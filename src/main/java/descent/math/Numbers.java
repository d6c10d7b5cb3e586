package descent.math;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as the project writes and reads them: in the shortest decimal form that reads back to the same double
 * (files, CSV, fields being edited), briefly for labels, ticks and tables, and read from what people type.
 */
public final class Numbers {

    /** Plain decimal numbers only: Java would also take "NaN", "Infinity", "0x1p3" and "1d". */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
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

    /**
     * A short label for a tick, a level or a legend, as a reader sees it rather than a program reads it: at most four
     * significant digits, the true minus sign (U+2212) rather than a hyphen, and the extremes as powers of ten with
     * superscript exponents, such as 2×10⁻⁴ and 10⁵. Files and fields being edited use {@link #shortest}.
     */
    public static String brief(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return minus(shortest(v));
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return powerOfTen(new BigDecimal(v).round(new MathContext(3)));
        }
        return minus(new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString());
    }

    /** The minus sign of text for readers: U+2212, as wide as a plus sign and not a hyphen. */
    public static final char MINUS = '\u2212';

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A power of ten as a reader writes it, with a superscript exponent: 10⁻⁴, 10¹, 10¹²; 1 for 10⁰. */
    public static String powerOfTen(int exponent) {
        if (exponent == 0) {
            return "1";
        }
        StringBuilder power = new StringBuilder("10");
        if (exponent < 0) {
            power.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            power.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return power.toString();
    }

    /** A number as its significand times a power of ten, "10⁵" alone when the significand is 1. */
    private static String powerOfTen(BigDecimal rounded) {
        BigDecimal d = rounded.stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        String significand = d.movePointLeft(exponent).toPlainString();
        String power = powerOfTen(exponent);
        if (significand.equals("1") || significand.equals("-1")) {
            return minus(significand.substring(0, significand.length() - 1) + power);
        }
        return minus(significand + "×" + power);
    }

    /** The text with every hyphen-minus written as the true minus sign. */
    private static String minus(String plain) {
        return plain.replace('-', MINUS);
    }

    /**
     * A value as a field shows it when it is not being edited: four significant digits, in the shortest form that
     * reads back to them (3.8e-4, 0.05, 0.9, 1.235e-5); whole numbers whole; and never rounded up to 1 from below,
     * so that 0.99999 stays 0.99999.
     */
    public static String fourDigits(double v) {
        if (v == 0 || !Double.isFinite(v) || v == Math.rint(v)) {
            return shortest(v);
        }
        BigDecimal four = new BigDecimal(v).round(new MathContext(4));
        if (four.compareTo(BigDecimal.ONE) == 0 && v < 1) {
            four = BigDecimal.ONE.subtract(new BigDecimal(1 - v).round(new MathContext(4)));
        }
        return shortest(four.doubleValue());
    }

    /**
     * Three significant digits, so that numbers fit a table's narrow columns, written for readers as {@link #brief}
     * writes them: −0.812, 9.2×10⁻⁷, 1250, 0.0023.
     */
    public static String threeDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return brief(v);
        }
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) {
            return powerOfTen(new BigDecimal(v).round(new MathContext(2)));
        }
        return minus(new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString());
    }
}
