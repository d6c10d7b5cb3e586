package descent.surface.formula;

import java.util.Set;

/**
 * A formula in LaTeX, for the window's typeset view: fractions for quotients, raised exponents, √ and |·| for sqrt
 * and abs, products side by side with a dot only between two numbers, and brackets only where the order of
 * operations needs them. Parameters named after Greek letters are set as those letters.
 */
public final class Latex {

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
            "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma", "Phi", "Psi", "Omega");

    // Precedence, loosest first: what a bracket around a part is needed against.
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int SIGN = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private Latex() {
    }

    /** The formula in LaTeX. */
    public static String of(Expression e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    private static int precedence(Expression e) {
        if (e instanceof Expression.Binary b) {
            return switch (b.operator()) {
                case '+', '-' -> SUM;
                case '*', '/' -> b.operator() == '/' ? ATOM : PRODUCT;
                default -> POWER;
            };
        }
        if (e instanceof Expression.Negation) {
            return SIGN;
        }
        if (e instanceof Expression.Call c && c.function() == MathFunction.POW) {
            return POWER;
        }
        return ATOM;
    }

    private static void write(Expression e, StringBuilder out) {
        if (e instanceof Expression.Number n) {
            out.append(number(n.text()));
        } else if (e instanceof Expression.Variable v) {
            out.append(v.isX() ? "x" : "y");
        } else if (e instanceof Expression.Parameter p) {
            out.append(name(p.name()));
        } else if (e instanceof Expression.Negation n) {
            out.append('-');
            // −(a + b) and −(−a) keep their brackets; −a·b and −a² need none.
            bracketed(n.operand(), sumOrSign(n.operand()), out);
        } else if (e instanceof Expression.Binary b) {
            binary(b, out);
        } else {
            call((Expression.Call) e, out);
        }
    }

    private static void binary(Expression.Binary b, StringBuilder out) {
        switch (b.operator()) {
            case '+' -> {
                write(b.left(), out);
                // a + (−b) is written a + (−b): a sign after a sign needs brackets.
                out.append('+');
                bracketed(b.right(), precedence(b.right()) == SIGN, out);
            }
            case '-' -> {
                write(b.left(), out);
                out.append('-');
                bracketed(b.right(), sumOrSign(b.right()), out);
            }
            case '*' -> {
                bracketed(b.left(), precedence(b.left()) == SUM, out);
                // Two numbers side by side would read as one: 2·3. Otherwise a thin space: 2\,x, \sin x\,\cos y.
                boolean bracket = sumOrSign(b.right());
                out.append(!bracket && startsWithDigit(b.right()) ? "\\cdot " : "\\,");
                bracketed(b.right(), bracket, out);
            }
            case '/' -> {
                out.append("\\frac{");
                write(b.left(), out);
                out.append("}{");
                write(b.right(), out);
                out.append('}');
            }
            default -> power(b.left(), b.right(), out);
        }
    }

    private static void power(Expression base, Expression exponent, StringBuilder out) {
        // A function's value raised, such as sin(x)², and a power of a power keep their brackets.
        boolean bracket = precedence(base) <= POWER || base instanceof Expression.Call
                || base instanceof Expression.Number n && n.text().matches(".*[eE].*");
        bracketed(base, bracket, out);
        out.append("^{");
        write(exponent, out);
        out.append('}');
    }

    private static void call(Expression.Call c, StringBuilder out) {
        MathFunction f = c.function();
        switch (f) {
            case SQRT -> {
                out.append("\\sqrt{");
                write(c.arguments().get(0), out);
                out.append('}');
            }
            case ABS -> {
                out.append("\\left|");
                write(c.arguments().get(0), out);
                out.append("\\right|");
            }
            case POW -> power(c.arguments().get(0), c.arguments().get(1), out);
            default -> {
                out.append(f.latex()).append("\\left(");
                for (int i = 0; i < c.arguments().size(); i++) {
                    if (i > 0) {
                        out.append(",\\,");
                    }
                    write(c.arguments().get(i), out);
                }
                out.append("\\right)");
            }
        }
    }

    /** Whether a part needs brackets after a minus or as a factor: a sum, or a signed part. */
    private static boolean sumOrSign(Expression e) {
        int p = precedence(e);
        return p == SUM || p == SIGN;
    }

    private static void bracketed(Expression e, boolean bracket, StringBuilder out) {
        if (bracket) {
            out.append("\\left(");
        }
        write(e, out);
        if (bracket) {
            out.append("\\right)");
        }
    }

    private static boolean startsWithDigit(Expression e) {
        if (e instanceof Expression.Number n) {
            return !n.text().equals("pi") && !n.text().equals("π");
        }
        if (e instanceof Expression.Binary b && b.operator() != '/') {
            return startsWithDigit(b.left());
        }
        return false;
    }

    /** A number as typed, with an exponent as a power of ten: 1e-3 is 1\cdot 10^{-3}. */
    private static String number(String text) {
        if (text.equals("pi") || text.equals("π")) {
            return "{\\pi}";
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e < 0) {
            return text;
        }
        String exponent = text.substring(e + 1);
        if (exponent.startsWith("+")) {
            exponent = exponent.substring(1);
        }
        return text.substring(0, e) + "\\cdot 10^{" + exponent + "}";
    }

    private static String name(String n) {
        if (GREEK.contains(n)) {
            return "{\\" + n + "}";
        }
        if (n.length() == 1) {
            return n;
        }
        // a_1 as a subscript; other long names upright, as a word.
        int underscore = n.indexOf('_');
        if (underscore > 0 && underscore < n.length() - 1) {
            return name(n.substring(0, underscore)) + "_{" + n.substring(underscore + 1).replace("_", "\\_") + "}";
        }
        return "\\mathrm{" + n.replace("_", "\\_") + "}";
    }
}
