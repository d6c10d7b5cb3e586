package descent.surface.formula;

import descent.surface.formula.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a formula f(x, y) into an {@link Expression}, or refuses it with the column of the first mistake.
 *
 * <p>The grammar, loosest first: sums and differences; products and quotients; unary minus; powers, which group to
 * the right and bind tighter than a leading minus (−x² is −(x²), 2^−x is allowed); numbers, x, y, π, parameters,
 * function calls and brackets. The text is limited in length and nesting, so that no formula can exhaust the stack or
 * make evaluation slow: a refusal takes time proportional to the text's first {@link #MAX_LENGTH} characters at most.
 */
public final class Parser {

    /** The longest formula accepted, in characters. */
    public static final int MAX_LENGTH = 1000;
    /** The deepest nesting accepted: brackets, calls, signs and exponents inside one another. */
    public static final int MAX_DEPTH = 64;

    private final Lexer lexer;
    private final Set<String> parameters;
    private Token token;
    /** The lexer's refusal of the current token, when it is an ERROR token. */
    private FormulaException refusal;
    private int depth;

    private Parser(String text, Set<String> parameters) {
        this.lexer = new Lexer(text);
        this.parameters = parameters;
    }

    /**
     * The formula's tree.
     *
     * @param parameters the names of the declared parameters, which the formula may use besides x, y and pi
     * @throws FormulaException saying what is wrong and where
     */
    public static Expression parse(String text, Set<String> parameters) {
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("the formula is longer than " + MAX_LENGTH + " characters");
        }
        Parser p = new Parser(text, parameters);
        p.advance();
        if (p.token.kind() == Kind.END) {
            throw new FormulaException("the formula is empty: type f(x, y), such as x^2 + 10*y^2");
        }
        Expression e = p.sum();
        if (p.token.kind() == Kind.CLOSE) {
            throw new FormulaException("')' without a matching '('", p.token.column());
        }
        p.expectEnd();
        return e;
    }

    /** Whether a name is taken by the formula language itself: x, y, pi or a function. */
    public static boolean isReserved(String name) {
        return name.equals("x") || name.equals("y") || name.equals("pi") || MathFunction.byKey(name).isPresent();
    }

    private void advance() {
        try {
            token = lexer.next();
        } catch (FormulaException e) {
            // Kept until the parser reaches it: after a name, "java." should say what is wrong with java first.
            token = new Token(Kind.ERROR, "", 0, e.column());
            refusal = e;
        }
    }

    private void refuseError() {
        if (token.kind() == Kind.ERROR) {
            throw refusal;
        }
    }

    private Expression sum() {
        Expression left = product();
        while (token.kind() == Kind.PLUS || token.kind() == Kind.MINUS) {
            Token op = token;
            advance();
            Expression right = product();
            left = new Expression.Binary(op.kind() == Kind.PLUS ? '+' : '-', left, right, op.column());
        }
        return left;
    }

    private Expression product() {
        Expression left = unary();
        while (token.kind() == Kind.TIMES || token.kind() == Kind.DIVIDE) {
            Token op = token;
            advance();
            Expression right = unary();
            left = new Expression.Binary(op.kind() == Kind.TIMES ? '*' : '/', left, right, op.column());
        }
        return left;
    }

    private Expression unary() {
        if (token.kind() == Kind.MINUS || token.kind() == Kind.PLUS) {
            Token sign = token;
            enter(sign);
            advance();
            Expression operand = unary();
            leave();
            return sign.kind() == Kind.MINUS ? new Expression.Negation(operand, sign.column()) : operand;
        }
        return power();
    }

    private Expression power() {
        Expression base = primary();
        if (token.kind() == Kind.POWER) {
            Token op = token;
            enter(op);
            advance();
            Expression exponent = unary();
            leave();
            return new Expression.Binary('^', base, exponent, op.column());
        }
        return base;
    }

    private Expression primary() {
        refuseError();
        Token t = token;
        Expression e = switch (t.kind()) {
            case NUMBER -> {
                advance();
                yield new Expression.Number(t.number(), t.text(), t.column());
            }
            case NAME -> name(t);
            case OPEN -> {
                enter(t);
                advance();
                if (token.kind() == Kind.CLOSE) {
                    throw new FormulaException("empty brackets", token.column());
                }
                Expression inside = sum();
                close(t);
                leave();
                yield inside;
            }
            case END -> throw new FormulaException("the formula ends too early: expected a number, x, y or '('",
                    t.column());
            default -> throw new FormulaException("expected a number, x, y or '(' but found " + t.quoted(),
                    t.column());
        };
        Kind k = token.kind();
        if (k == Kind.NUMBER || k == Kind.NAME || k == Kind.OPEN) {
            throw new FormulaException("missing operator before " + token.quoted() + " (write * to multiply)",
                    token.column());
        }
        return e;
    }

    private Expression name(Token t) {
        String n = t.text();
        advance();
        if (token.kind() == Kind.OPEN) {
            MathFunction f = MathFunction.byKey(n).orElseThrow(() -> new FormulaException("unknown function '" + n
                    + "'", t.column()));
            return call(f, t);
        }
        if (n.equals("x") || n.equals("y")) {
            return new Expression.Variable(n.equals("x"), t.column());
        }
        if (n.equals("pi") || n.equals("π")) {
            return new Expression.Number(Math.PI, n, t.column());
        }
        if (parameters.contains(n)) {
            return new Expression.Parameter(n, t.column());
        }
        if (MathFunction.byKey(n).isPresent()) {
            throw new FormulaException("the function " + n + " needs brackets, as in " + n + "(x)", t.column());
        }
        throw new FormulaException("unknown name '" + n + "'" + (parameters.isEmpty()
                ? " (declare a parameter such as " + n + "=1:0:5)" : " (the parameters are "
                + String.join(", ", parameters.stream().sorted().toList()) + ")"), t.column());
    }

    private Expression call(MathFunction f, Token name) {
        Token open = token;
        enter(open);
        advance();
        List<Expression> arguments = new ArrayList<>();
        if (token.kind() != Kind.CLOSE) {
            arguments.add(sum());
            while (token.kind() == Kind.COMMA) {
                advance();
                arguments.add(sum());
            }
        }
        close(open);
        leave();
        if (!f.takes(arguments.size())) {
            throw new FormulaException(f.key() + " takes " + f.arity() + ", not " + arguments.size(),
                    name.column());
        }
        return new Expression.Call(f, arguments, name.column());
    }

    private void close(Token open) {
        refuseError();
        if (token.kind() != Kind.CLOSE) {
            if (token.kind() == Kind.END) {
                throw new FormulaException("the '(' at column " + open.column() + " is never closed", token.column());
            }
            throw new FormulaException("expected ')' or an operator but found " + token.quoted(), token.column());
        }
        advance();
    }

    private void expectEnd() {
        refuseError();
        if (token.kind() != Kind.END) {
            throw new FormulaException("unexpected " + token.quoted(), token.column());
        }
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new FormulaException("nested deeper than " + MAX_DEPTH + " levels", t.column());
        }
    }

    private void leave() {
        depth--;
    }
}
