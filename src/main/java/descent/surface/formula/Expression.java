package descent.surface.formula;

import java.util.List;

/**
 * A parsed formula as an immutable tree: numbers, the variables x and y, parameters, operators and function calls,
 * each remembering the column it was typed at.
 */
public sealed interface Expression {

    /** Where the node starts in the text, the first character being column 1. */
    int column();

    /** How many nodes the tree has: every number, name, operator and function call counts one. */
    int size();

    /** A number as typed ({@code 0.5}, {@code 1e-3}), or the constant π typed as {@code pi}. */
    record Number(double value, String text, int column) implements Expression {
        @Override
        public int size() {
            return 1;
        }
    }

    /** The variable x or y. */
    record Variable(boolean isX, int column) implements Expression {
        @Override
        public int size() {
            return 1;
        }
    }

    /** A declared parameter, such as {@code a}, whose value a slider sets. */
    record Parameter(String name, int column) implements Expression {
        @Override
        public int size() {
            return 1;
        }
    }

    /** −operand. */
    record Negation(Expression operand, int column) implements Expression {
        @Override
        public int size() {
            return 1 + operand.size();
        }
    }

    /** left op right, for op one of + − × ÷ ^ (written {@code + - * / ^}). */
    record Binary(char operator, Expression left, Expression right, int column) implements Expression {
        @Override
        public int size() {
            return 1 + left.size() + right.size();
        }
    }

    /** A call of one of the functions, such as {@code sin(3*x)}. */
    record Call(MathFunction function, List<Expression> arguments, int column) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public int size() {
            return 1 + arguments.stream().mapToInt(Expression::size).sum();
        }
    }
}
