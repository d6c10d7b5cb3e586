package descent.surface.formula;

import descent.math.Numbers;
import descent.surface.formula.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parameter of a typed formula, declared as {@code a=1:0:5}: its name, the value it starts at and the range its
 * slider covers.
 *
 * @param value the value it starts at, within [min, max]
 */
public record Declaration(String name, double value, double min, double max) {

    /** The most parameters a formula may declare: each is a slider in the window. */
    public static final int MAX_COUNT = 8;
    /** The longest name a parameter may have. */
    public static final int MAX_NAME = 16;
    /** The longest list of declarations accepted, in characters. */
    public static final int MAX_LENGTH = 1000;

    /**
     * Checks the declaration on its own; {@link #parseAll} says where a typed one went wrong.
     *
     * @throws IllegalArgumentException when the name is reserved or malformed, or the numbers do not make a range
     */
    public Declaration {
        String problem = problem(name, value, min, max);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The declaration as typed: {@code a=1:0:5}. */
    @Override
    public String toString() {
        return name + "=" + Numbers.shortest(value) + ":" + Numbers.shortest(min) + ":" + Numbers.shortest(max);
    }

    /** The declarations as one line, comma separated, the way {@link #parseAll} reads them. */
    public static String format(List<Declaration> declarations) {
        return String.join(", ", declarations.stream().map(Declaration::toString).toList());
    }

    /**
     * Reads declarations such as {@code a=1:0:5, b=-2:-10:10} (value:min:max), separated by commas or spaces; an
     * empty text declares none.
     *
     * @throws FormulaException saying what is wrong and at which column
     */
    public static List<Declaration> parseAll(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("the parameters are longer than " + MAX_LENGTH + " characters");
        }
        Lexer lexer = new Lexer(text);
        List<Declaration> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Token t = lexer.next();
        while (t.kind() != Kind.END) {
            if (t.kind() != Kind.NAME) {
                throw new FormulaException("expected a parameter's name, such as a=1:0:5, but found " + t.quoted(),
                        t.column());
            }
            Token name = t;
            if (out.size() == MAX_COUNT) {
                throw new FormulaException("at most " + MAX_COUNT + " parameters", name.column());
            }
            String problem = nameProblem(name.text());
            if (problem != null) {
                throw new FormulaException(problem, name.column());
            }
            if (!names.add(name.text())) {
                throw new FormulaException(name.text() + " is declared twice", name.column());
            }
            t = lexer.next();
            if (t.kind() != Kind.EQUALS) {
                throw new FormulaException("expected '=' after " + name.text() + ", as in " + name.text() + "=1:0:5",
                        t.column());
            }
            double[] numbers = new double[3];
            for (int i = 0; i < 3; i++) {
                t = lexer.next();
                if (i > 0) {
                    if (t.kind() != Kind.COLON) {
                        throw new FormulaException("expected ':' and the " + (i == 1 ? "least" : "greatest") + " value"
                                + " of " + name.text() + " (value:min:max, such as " + name.text() + "=1:0:5)",
                                t.column());
                    }
                    t = lexer.next();
                }
                boolean negative = t.kind() == Kind.MINUS;
                if (negative || t.kind() == Kind.PLUS) {
                    t = lexer.next();
                }
                if (t.kind() != Kind.NUMBER) {
                    throw new FormulaException("expected a number but found " + t.quoted(), t.column());
                }
                numbers[i] = negative ? -t.number() : t.number();
                if (i == 2) {
                    String p = problem(name.text(), numbers[0], numbers[1], numbers[2]);
                    if (p != null) {
                        throw new FormulaException(p, name.column());
                    }
                }
            }
            out.add(new Declaration(name.text(), numbers[0], numbers[1], numbers[2]));
            t = lexer.next();
            if (t.kind() == Kind.COMMA) {
                t = lexer.next();
            }
        }
        return List.copyOf(out);
    }

    private static String nameProblem(String name) {
        if (name.equals("π") || Parser.isReserved(name)) {
            return "'" + name + "' is taken by the formula language: choose another parameter name";
        }
        if (name.length() > MAX_NAME) {
            return "a parameter's name has at most " + MAX_NAME + " characters";
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "'" + name + "' is not a name: use letters, digits and _, starting with a letter";
        }
        return null;
    }

    private static String problem(String name, double value, double min, double max) {
        String p = nameProblem(name);
        if (p != null) {
            return p;
        }
        if (!Double.isFinite(value) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return name + "'s numbers must be finite";
        }
        if (!(min < max)) {
            return name + "'s least value " + Numbers.shortest(min) + " must be below its greatest "
                    + Numbers.shortest(max);
        }
        if (value < min || value > max) {
            return name + "=" + Numbers.shortest(value) + " is outside its range " + Numbers.shortest(min) + " to "
                    + Numbers.shortest(max);
        }
        return null;
    }
}
