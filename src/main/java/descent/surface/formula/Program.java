package descent.surface.formula;

import descent.math.Vec2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A formula compiled for speed: a straight list of operations on numbered slots, run with forward-mode automatic
 * differentiation so that one pass gives f together with its exact gradient (∂f/∂x, ∂f/∂y), never by finite
 * differences.
 *
 * <p>The slots hold the constants first (parameters included, and every part of the formula without x or y, folded
 * once at compile time), then x and y, then one result per operation; repeated parts, such as the x² of Rosenbrock's
 * two terms, are computed once. Each thread evaluates in its own scratch arrays, so that a program is immutable as
 * seen from outside, safe to share between the threads that sample a contour grid, and allocates nothing per
 * evaluation.
 */
public final class Program {

    // The operations. A derivative that is infinite where its argument's own derivative is 0 (√ at 0) contributes 0:
    // the chain rule's product is taken as 0 when the inner derivative is, as it is for a constant inside.
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int NEG = 4;
    static final int SQUARE = 5;
    static final int POW_CONSTANT = 6;
    static final int POW = 7;
    static final int SIN = 8;
    static final int COS = 9;
    static final int TAN = 10;
    static final int EXP = 11;
    static final int LOG = 12;
    static final int SQRT = 13;
    static final int ABS = 14;
    static final int TANH = 15;
    static final int SIGMOID = 16;
    static final int SOFTPLUS = 17;
    static final int MIN = 18;
    static final int MAX = 19;
    // An operation with a constant on one side, the constant in the instruction: the same arithmetic, bit for bit,
    // without the constant's zero derivative to multiply and add.
    static final int ADD_CONSTANT = 20;
    static final int SUB_CONSTANT = 21;
    static final int CONSTANT_SUB = 22;
    static final int MUL_CONSTANT = 23;
    static final int DIV_CONSTANT = 24;
    static final int CONSTANT_DIV = 25;

    /** Receives f and ∇f from {@link #evaluate}, without a record in between. */
    @FunctionalInterface
    public interface Result<R> {
        R of(double value, double dx, double dy);
    }

    /** The constants' values, then x's and y's slots: how a thread's scratch starts. */
    private final double[] initial;
    /** Per operation: its code, then the offsets in the scratch of its two arguments (a unary one's twice). */
    private final int[] code;
    /** Per operation: its constant (an exponent, a factor...) or 0. */
    private final double[] constant;
    /** The offset of x's slot in the scratch; y's is the next slot, and the operations' results follow. */
    private final int x;
    private final int result;
    private final ThreadLocal<double[]> perThread;
    /** The last thread's scratch, to skip the thread-local lookup while one thread evaluates over and over. */
    private Owned owned;

    /** A thread and its scratch; final fields, so that another thread reading a stale one still reads it whole. */
    private static final class Owned {
        final Thread thread;
        final double[] scratch;

        Owned(Thread thread, double[] scratch) {
            this.thread = thread;
            this.scratch = scratch;
        }
    }

    private Program(double[] initial, int[] code, double[] constant, int x, int result) {
        this.initial = initial;
        this.code = code;
        this.constant = constant;
        this.x = x;
        this.result = result;
        this.perThread = ThreadLocal.withInitial(initial::clone);
    }

    /**
     * The formula compiled with these parameter values.
     *
     * @throws IllegalArgumentException when the formula uses a parameter that has no value
     */
    public static Program compile(Expression formula, Map<String, Double> parameters) {
        return new Compiler(parameters).compile(formula);
    }

    /** How many operations run per evaluation, constants and repeated parts taken out. */
    public int operations() {
        return constant.length;
    }

    /**
     * Each slot holds a value and its two partial derivatives side by side: s[3k] = f, s[3k + 1] = ∂/∂x,
     * s[3k + 2] = ∂/∂y.
     */
    private double[] scratch() {
        Thread t = Thread.currentThread();
        Owned o = owned;
        if (o != null && o.thread == t) {
            return o.scratch;
        }
        double[] s = perThread.get();
        owned = new Owned(t, s);
        return s;
    }

    /** f(x, y). */
    public double value(double x, double y) {
        double[] s = scratch();
        s[this.x] = x;
        s[this.x + 3] = y;
        int o = this.x + 6;
        for (int i = 0, k = 0; i < constant.length; i++, k += 3, o += 3) {
            s[o] = apply(code[k], s[code[k + 1]], s[code[k + 2]], constant[i]);
        }
        return s[result];
    }

    /** ∇f(x, y). */
    public Vec2 gradient(double x, double y) {
        return evaluate(x, y, (f, dx, dy) -> new Vec2(dx, dy));
    }

    /** f(x, y) and ∇f(x, y) in one pass, handed to {@code result}; the value is {@link #value}'s to the last bit. */
    public <R> R evaluate(double x, double y, Result<R> result) {
        double[] s = scratch();
        s[this.x] = x;
        s[this.x + 3] = y;
        int o = this.x + 6;
        for (int i = 0, k = 0; i < constant.length; i++, k += 3, o += 3) {
            int l = code[k + 1];
            int r = code[k + 2];
            double a = s[l];
            double ax = s[l + 1];
            double ay = s[l + 2];
            double c = constant[i];
            double f;
            double fx;
            double fy;
            switch (code[k]) {
                case ADD -> {
                    f = a + s[r];
                    fx = ax + s[r + 1];
                    fy = ay + s[r + 2];
                }
                case SUB -> {
                    f = a - s[r];
                    fx = ax - s[r + 1];
                    fy = ay - s[r + 2];
                }
                case MUL -> {
                    double b = s[r];
                    f = a * b;
                    fx = ax * b + a * s[r + 1];
                    fy = ay * b + a * s[r + 2];
                }
                case DIV -> {
                    double b = s[r];
                    f = a / b;
                    fx = (ax - f * s[r + 1]) / b;
                    fy = (ay - f * s[r + 2]) / b;
                }
                case ADD_CONSTANT -> {
                    f = a + c;
                    fx = ax;
                    fy = ay;
                }
                case SUB_CONSTANT -> {
                    f = a - c;
                    fx = ax;
                    fy = ay;
                }
                case CONSTANT_SUB -> {
                    f = c - a;
                    fx = -ax;
                    fy = -ay;
                }
                case MUL_CONSTANT -> {
                    f = a * c;
                    fx = ax * c;
                    fy = ay * c;
                }
                case DIV_CONSTANT -> {
                    f = a / c;
                    fx = ax / c;
                    fy = ay / c;
                }
                case CONSTANT_DIV -> {
                    f = c / a;
                    fx = -(f * ax) / a;
                    fy = -(f * ay) / a;
                }
                case NEG -> {
                    f = -a;
                    fx = -ax;
                    fy = -ay;
                }
                case SQUARE -> {
                    f = a * a;
                    fx = 2 * a * ax;
                    fy = 2 * a * ay;
                }
                case POW_CONSTANT -> {
                    f = Math.pow(a, c);
                    double d = c * Math.pow(a, c - 1);
                    fx = chain(d, ax);
                    fy = chain(d, ay);
                }
                case POW -> {
                    double b = s[r];
                    f = Math.pow(a, b);
                    double da = b * Math.pow(a, b - 1);
                    double db = f * Math.log(a);
                    fx = chain(da, ax) + chain(db, s[r + 1]);
                    fy = chain(da, ay) + chain(db, s[r + 2]);
                }
                case SIN -> {
                    f = Math.sin(a);
                    double d = Math.cos(a);
                    fx = d * ax;
                    fy = d * ay;
                }
                case COS -> {
                    f = Math.cos(a);
                    double d = -Math.sin(a);
                    fx = d * ax;
                    fy = d * ay;
                }
                case TAN -> {
                    f = Math.tan(a);
                    double d = 1 + f * f;
                    fx = d * ax;
                    fy = d * ay;
                }
                case EXP -> {
                    f = Math.exp(a);
                    fx = f * ax;
                    fy = f * ay;
                }
                case LOG -> {
                    f = Math.log(a);
                    double d = 1 / a;
                    fx = chain(d, ax);
                    fy = chain(d, ay);
                }
                case SQRT -> {
                    f = Math.sqrt(a);
                    double d = 0.5 / f;
                    fx = chain(d, ax);
                    fy = chain(d, ay);
                }
                case ABS -> {
                    f = Math.abs(a);
                    double d = Math.signum(a);
                    fx = d * ax;
                    fy = d * ay;
                }
                case TANH -> {
                    f = Math.tanh(a);
                    double d = 1 - f * f;
                    fx = d * ax;
                    fy = d * ay;
                }
                case SIGMOID -> {
                    f = sigmoid(a);
                    double d = f * (1 - f);
                    fx = d * ax;
                    fy = d * ay;
                }
                case SOFTPLUS -> {
                    f = softplus(a);
                    double d = sigmoid(a);
                    fx = d * ax;
                    fy = d * ay;
                }
                case MIN -> {
                    // At a tie the left argument's derivative, one of the two one-sided ones; NaN stays NaN.
                    double b = s[r];
                    f = Math.min(a, b);
                    boolean left = a <= b || a != a;
                    fx = left ? ax : s[r + 1];
                    fy = left ? ay : s[r + 2];
                }
                case MAX -> {
                    double b = s[r];
                    f = Math.max(a, b);
                    boolean left = a >= b || a != a;
                    fx = left ? ax : s[r + 1];
                    fy = left ? ay : s[r + 2];
                }
                default -> throw new IllegalStateException("operation " + code[k]);
            }
            s[o] = f;
            s[o + 1] = fx;
            s[o + 2] = fy;
        }
        return result.of(s[this.result], s[this.result + 1], s[this.result + 2]);
    }

    /** The value of one operation, as {@link #evaluate} computes it: compile-time folding uses it too. */
    static double apply(int op, double a, double b, double c) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case ADD_CONSTANT -> a + c;
            case SUB_CONSTANT -> a - c;
            case CONSTANT_SUB -> c - a;
            case MUL_CONSTANT -> a * c;
            case DIV_CONSTANT -> a / c;
            case CONSTANT_DIV -> c / a;
            case NEG -> -a;
            case SQUARE -> a * a;
            case POW_CONSTANT -> Math.pow(a, c);
            case POW -> Math.pow(a, b);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case ABS -> Math.abs(a);
            case TANH -> Math.tanh(a);
            case SIGMOID -> sigmoid(a);
            case SOFTPLUS -> softplus(a);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            default -> throw new IllegalStateException("operation " + op);
        };
    }

    /** The derivative d times the inner derivative t, taken as 0 when t is, even where d is infinite. */
    private static double chain(double d, double t) {
        return t == 0 ? 0 : d * t;
    }

    /** 1 / (1 + e^−a), without overflow for large |a|. */
    static double sigmoid(double a) {
        if (a >= 0) {
            return 1 / (1 + Math.exp(-a));
        }
        double e = Math.exp(a);
        return e / (1 + e);
    }

    /** log(1 + e^a), without overflow for large a or loss of the tail for very negative a. */
    static double softplus(double a) {
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
    }

    /** Turns a tree into the straight list of operations, folding constants and sharing repeated parts. */
    private static final class Compiler {
        private final Map<String, Double> parameters;
        // Nodes in order of creation: a constant, x, y or an operation on earlier nodes.
        private final List<double[]> constantValue = new ArrayList<>();
        private final List<int[]> node = new ArrayList<>();
        private final Map<List<Object>, Integer> known = new HashMap<>();
        private static final int CONSTANT = -1;
        private static final int X = -2;
        private static final int Y = -3;

        Compiler(Map<String, Double> parameters) {
            this.parameters = parameters;
        }

        Program compile(Expression formula) {
            int root = emit(formula);
            // Slots: constants, x, y, then operations, each in order of creation.
            int[] slot = new int[node.size()];
            int constants = 0;
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i)[0] == CONSTANT) {
                    slot[i] = constants++;
                }
            }
            int operations = 0;
            for (int i = 0; i < node.size(); i++) {
                int kind = node.get(i)[0];
                if (kind == X) {
                    slot[i] = constants;
                } else if (kind == Y) {
                    slot[i] = constants + 1;
                } else if (kind != CONSTANT) {
                    slot[i] = constants + 2 + operations++;
                }
            }
            double[] initial = new double[3 * (constants + 2 + operations)];
            int[] code = new int[3 * operations];
            double[] constant = new double[operations];
            int k = 0;
            for (int i = 0; i < node.size(); i++) {
                int[] n = node.get(i);
                if (n[0] == CONSTANT) {
                    initial[3 * slot[i]] = constantValue.get(i)[0];
                } else if (n[0] >= 0) {
                    code[3 * k] = n[0];
                    code[3 * k + 1] = 3 * slot[n[1]];
                    // A unary operation reads its argument twice rather than a slot that may not exist.
                    code[3 * k + 2] = 3 * slot[n[2] < 0 ? n[1] : n[2]];
                    constant[k] = constantValue.get(i)[0];
                    k++;
                }
            }
            // The seeds of forward mode: ∂x/∂x = 1 and ∂y/∂y = 1.
            initial[3 * constants + 1] = 1;
            initial[3 * constants + 5] = 1;
            return new Program(initial, code, constant, 3 * constants, 3 * slot[root]);
        }

        private int emit(Expression e) {
            if (e instanceof Expression.Number n) {
                return constant(n.value());
            }
            if (e instanceof Expression.Variable v) {
                return add(List.of(v.isX() ? "x" : "y"), new int[] {v.isX() ? X : Y}, 0);
            }
            if (e instanceof Expression.Parameter p) {
                Double value = parameters.get(p.name());
                if (value == null) {
                    throw new IllegalArgumentException("no value for the parameter " + p.name());
                }
                return constant(value);
            }
            if (e instanceof Expression.Negation n) {
                return operation(NEG, emit(n.operand()), -1);
            }
            if (e instanceof Expression.Binary b) {
                int l = emit(b.left());
                int r = emit(b.right());
                return switch (b.operator()) {
                    case '+' -> operation(ADD, l, r);
                    case '-' -> operation(SUB, l, r);
                    case '*' -> operation(MUL, l, r);
                    case '/' -> operation(DIV, l, r);
                    case '^' -> power(l, r);
                    default -> throw new IllegalStateException("operator " + b.operator());
                };
            }
            Expression.Call c = (Expression.Call) e;
            List<Integer> args = new ArrayList<>();
            for (Expression a : c.arguments()) {
                args.add(emit(a));
            }
            int a0 = args.get(0);
            return switch (c.function()) {
                case SIN -> operation(SIN, a0, -1);
                case COS -> operation(COS, a0, -1);
                case TAN -> operation(TAN, a0, -1);
                case EXP -> operation(EXP, a0, -1);
                case LOG -> operation(LOG, a0, -1);
                case SQRT -> operation(SQRT, a0, -1);
                case ABS -> operation(ABS, a0, -1);
                case TANH -> operation(TANH, a0, -1);
                case SIGMOID -> operation(SIGMOID, a0, -1);
                case SOFTPLUS -> operation(SOFTPLUS, a0, -1);
                case POW -> power(a0, args.get(1));
                case MIN, MAX -> {
                    int acc = a0;
                    for (int i = 1; i < args.size(); i++) {
                        acc = operation(c.function() == MathFunction.MIN ? MIN : MAX, acc, args.get(i));
                    }
                    yield acc;
                }
            };
        }

        /** a^b: a square as a product, as the built-in surfaces write it; a constant exponent apart. */
        private int power(int a, int b) {
            if (node.get(b)[0] != CONSTANT) {
                return operation(POW, a, b);
            }
            double c = constantValue.get(b)[0];
            if (c == 2) {
                return operation(SQUARE, a, -1);
            }
            if (node.get(a)[0] == CONSTANT) {
                return constant(apply(POW_CONSTANT, constantValue.get(a)[0], 0, c));
            }
            return add(List.of(POW_CONSTANT, a, Double.doubleToRawLongBits(c)), new int[] {POW_CONSTANT, a, -1}, c);
        }

        private int operation(int op, int a, int b) {
            boolean constantA = node.get(a)[0] == CONSTANT;
            boolean constantB = b < 0 || node.get(b)[0] == CONSTANT;
            if (constantA && constantB) {
                double va = constantValue.get(a)[0];
                double vb = b < 0 ? va : constantValue.get(b)[0];
                return constant(apply(op, va, vb, 0));
            }
            if (constantA || b >= 0 && constantB) {
                int withConstant = switch (op) {
                    case ADD -> ADD_CONSTANT;
                    case SUB -> constantA ? CONSTANT_SUB : SUB_CONSTANT;
                    case MUL -> MUL_CONSTANT;
                    case DIV -> constantA ? CONSTANT_DIV : DIV_CONSTANT;
                    default -> -1;
                };
                if (withConstant >= 0) {
                    // Sums and products are commutative to the last bit, so c + a is a + c.
                    int other = constantA ? b : a;
                    double c = constantValue.get(constantA ? a : b)[0];
                    return add(List.of(withConstant, other, Double.doubleToRawLongBits(c)),
                            new int[] {withConstant, other, -1}, c);
                }
            }
            return add(List.of(op, a, b), new int[] {op, a, b}, 0);
        }

        private int constant(double v) {
            return add(List.of("c", Double.doubleToRawLongBits(v)), new int[] {CONSTANT}, v);
        }

        private int add(List<Object> key, int[] n, double value) {
            Integer at = known.get(key);
            if (at != null) {
                return at;
            }
            node.add(n);
            constantValue.add(new double[] {value});
            known.put(key, node.size() - 1);
            return node.size() - 1;
        }
    }
}
