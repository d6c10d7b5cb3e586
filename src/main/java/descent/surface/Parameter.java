package descent.surface;

import descent.math.Range;

/**
 * A named parameter of a surface, such as the condition number κ of the quadratic, with its default and range.
 *
 * @param name   its key on the command line and in files, such as {@code kappa}
 * @param symbol its symbol in the formula, such as κ
 * @param title  what it is, in a few words, such as "condition number": the window names it by symbol and title
 */
public record Parameter(String name, String symbol, String title, String description, double defaultValue,
        Range range) {

    public Parameter {
        if (!range.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " of " + name + " is outside " + range);
        }
    }

    /** A parameter whose title is its name, such as the cliff's height h. */
    public Parameter(String name, String symbol, String description, double defaultValue, Range range) {
        this(name, symbol, name, description, defaultValue, range);
    }

    /** How the window names it: its symbol and title, or the title alone where the two are the same. */
    public String label() {
        return symbol.equals(title) ? title : symbol + "  " + title;
    }
}
