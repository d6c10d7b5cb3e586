package descent.surface.formula;

/** One word of a formula: a number, a name, an operator, a bracket, a comma or the end, with its column. */
record Token(Kind kind, String text, double number, int column) {

    enum Kind { NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDE, POWER, OPEN, CLOSE, COMMA, EQUALS, COLON, END,
        /** A mistake the lexer found, reported when the parser reaches it, after any mistake to its left. */
        ERROR }

    /** The token as a message quotes it: 'sin', '(' or "the end". */
    String quoted() {
        return kind == Kind.END ? "the end" : "'" + text + "'";
    }
}
