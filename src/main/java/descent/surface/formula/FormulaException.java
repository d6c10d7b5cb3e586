package descent.surface.formula;

/**
 * A formula or a parameter declaration refused, with a one-line message that says what is wrong and at which column,
 * such as "unknown function 'sinn' at column 7".
 */
public final class FormulaException extends IllegalArgumentException {

    private final int column;

    /**
     * @param problem what is wrong, without the place
     * @param column  where, counting the first character as column 1
     */
    public FormulaException(String problem, int column) {
        super(problem + " at column " + column);
        this.column = column;
    }

    /** A refusal that concerns the whole text rather than a place in it, such as its length. */
    public FormulaException(String problem) {
        super(problem);
        this.column = 0;
    }

    /** The column the message points at, the first character being 1; 0 when it concerns the whole text. */
    public int column() {
        return column;
    }
}
