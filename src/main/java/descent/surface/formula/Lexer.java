package descent.surface.formula;

import descent.surface.formula.Token.Kind;

/**
 * Cuts a formula into tokens one at a time, so that the first mistake reported is the leftmost. Besides the ASCII
 * operators it reads the ones people paste from documents: − × · ÷, and π; {@code **} is a power, as in Python.
 */
final class Lexer {

    private final String text;
    private int at;

    Lexer(String text) {
        this.text = text;
    }

    /** The next token; after the last one, END tokens for ever. */
    Token next() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int column = at + 1;
        if (at >= text.length()) {
            return new Token(Kind.END, "", 0, column);
        }
        char c = text.charAt(at);
        if (c >= '0' && c <= '9' || c == '.') {
            return number(column);
        }
        if (isNameStart(c)) {
            int from = at;
            while (at < text.length() && isNamePart(text.charAt(at))) {
                at++;
            }
            return new Token(Kind.NAME, text.substring(from, at), 0, column);
        }
        at++;
        switch (c) {
            case '+':
                return new Token(Kind.PLUS, "+", 0, column);
            case '-':
            case '\u2212':
                return new Token(Kind.MINUS, String.valueOf(c), 0, column);
            case '*':
                if (at < text.length() && text.charAt(at) == '*') {
                    at++;
                    return new Token(Kind.POWER, "**", 0, column);
                }
                return new Token(Kind.TIMES, "*", 0, column);
            case '\u00D7':
            case '\u00B7':
            case '\u22C5':
                return new Token(Kind.TIMES, String.valueOf(c), 0, column);
            case '/':
            case '\u00F7':
                return new Token(Kind.DIVIDE, String.valueOf(c), 0, column);
            case '^':
                return new Token(Kind.POWER, "^", 0, column);
            case '(':
                return new Token(Kind.OPEN, "(", 0, column);
            case ')':
                return new Token(Kind.CLOSE, ")", 0, column);
            case ',':
                return new Token(Kind.COMMA, ",", 0, column);
            case '=':
                return new Token(Kind.EQUALS, "=", 0, column);
            case ':':
                return new Token(Kind.COLON, ":", 0, column);
            case '\u03C0':
                return new Token(Kind.NAME, "π", 0, column);
            default:
                int cp = text.codePointAt(at - 1);
                String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
                        ? String.format("U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
                throw new FormulaException("unexpected character " + shown, column);
        }
    }

    /** Digits with an optional point and exponent: 3, 0.5, .5, 2., 1e-3, 6.02E23. */
    private Token number(int column) {
        int from = at;
        int digits = skipDigits();
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            digits += skipDigits();
        }
        if (digits == 0) {
            throw new FormulaException("a point must be part of a number, such as 0.5", column);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at;
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (skipDigits() == 0) {
                // Not an exponent after all ("2e" then a name): the number ends before the e.
                at = mark;
            }
        }
        String t = text.substring(from, at);
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new FormulaException("the number " + t + " is too large", column);
        }
        return new Token(Kind.NUMBER, t, v, column);
    }

    private int skipDigits() {
        int from = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - from;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }
}
