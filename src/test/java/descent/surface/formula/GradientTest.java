package descent.surface.formula;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled program's gradient, by forward-mode automatic differentiation, against central differences of its
 * value: on formulas that use every operator and function, and on formulas drawn at random with a seed.
 */
class GradientTest {

    private static final double H = 1e-6;
    private static final Map<String, Double> PARAMETERS = Map.of("a", 2.0, "b", 3.0);

    /** Written by hand: every operator and function, the built-in surfaces, steep and flat parts. */
    static final List<String> WRITTEN = List.of(
            "x^2 + 10*y^2 + 0.5*sin(3*x)*cos(2*y)",
            "(1 - x)^2 + 100*(y - x^2)^2",
            "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
            "exp(-(x^2 + y^2)/2)",
            "log(1 + x^2 + y^2)",
            "sqrt(1 + x^2 + 2*y^2)",
            "tanh(x*y) + tanh(x - y)",
            "sigmoid(3*x - y) * softplus(x + 2*y)",
            "tan(0.2*x + 0.1*y)",
            "x/(1 + y^2) - y/(2 + x^2)",
            "1/(x^2 + y^2 + 1)",
            "pow(x^2 + 1, y/3)",
            "(x^2 + 1)^(0.5*sin(y))",
            "2^x * 3^(-y)",
            "abs(x - 1) + abs(y + 0.5)",
            "max(x^2, y^2) + min(x, y)",
            "max(x, y, 0.5*x + 1)",
            "x^3 - 3*x*y^2",
            "10*2 + x^2*(pi - 3) + a*y - b*x",
            "-(x - a)^2 - -(y - b)^4",
            "softplus(-50*x) + sigmoid(40*y)",
            "cos(x)^2 + sin(y)^3",
            "exp(sin(x) + cos(y)) / (2 + tanh(x*y))",
            "log(2 + cos(x*y)) * sqrt(4 + sin(x))",
            "(x^2 + 1)^-1.5 + (y^2 + 2)^-0.5",
            "(x*y)^2 / (1 + (x*y)^2)",
            "x^4 + y^4 - 4*x*y",
            "sin(x)^2 + cos(y)^2 + sin(x + y)",
            "a^x * b^y",
            "0.05*(x^2 + y^2) - 2*exp(-((x - 1.5)^2 + (y - 1)^2)/(2*0.8^2))",
            "x − y × 2 ÷ 3 + x**2");

    /** Formulas drawn at random with a fixed seed: smooth functions of smooth functions, four levels deep. */
    static List<String> drawn() {
        Random random = new Random(20_260_101L);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(draw(random, 4));
        }
        return out;
    }

    private static String draw(Random r, int depth) {
        if (depth == 0 || r.nextInt(5) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> "x";
                case 1 -> "y";
                case 2 -> "a";
                default -> String.format(java.util.Locale.ROOT, "%.2f", 0.1 + 2.9 * r.nextDouble());
            };
        }
        String e = draw(r, depth - 1);
        return switch (r.nextInt(16)) {
            case 0 -> "sin(" + e + ")";
            case 1 -> "cos(" + e + ")";
            case 2 -> "tanh(" + e + ")";
            case 3 -> "sigmoid(" + e + ")";
            case 4 -> "softplus(" + e + ")";
            case 5 -> "exp(tanh(" + e + "))";
            case 6 -> "sqrt(1 + (" + e + ")^2)";
            case 7 -> "log(2 + sin(" + e + "))";
            case 8 -> "-(" + e + ")";
            case 9 -> "(" + e + ")^2";
            case 10 -> "(" + e + ")^3";
            case 11 -> "(" + e + ") / (1 + (" + e + ")^2)";
            case 12 -> "(" + e + " + " + draw(r, depth - 1) + ")";
            case 13 -> "(" + e + " - " + draw(r, depth - 1) + ")";
            case 14 -> "(" + e + ") * (" + draw(r, depth - 1) + ")";
            default -> "pow(1.5 + sin(" + e + "), " + draw(r, depth - 1) + ")";
        };
    }

    static Stream<String> formulas() {
        return Stream.concat(WRITTEN.stream(), drawn().stream());
    }

    private static Program compile(String formula) {
        return Program.compile(Parser.parse(formula, Set.of("a", "b")), PARAMETERS);
    }

    @Test
    void atLeastThirtyFormulasOfEachKindAreChecked() {
        assertThat(WRITTEN).hasSizeGreaterThanOrEqualTo(30);
        assertThat(drawn()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void gradientMatchesCentralDifferences(String formula) {
        Program p = compile(formula);
        Random random = new Random(formula.hashCode());
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            double x = -2 + 4 * random.nextDouble();
            double y = -2 + 4 * random.nextDouble();
            double f = p.value(x, y);
            Vec2 g = p.gradient(x, y);
            if (!Double.isFinite(f) || !g.isFinite()) {
                continue;
            }
            double fx = (p.value(x + H, y) - p.value(x - H, y)) / (2 * H);
            double fy = (p.value(x, y + H) - p.value(x, y - H)) / (2 * H);
            // Truncation error of central differences is O(h²); rounding error is about ε·|f|/h.
            double tolerance = 1e-6 * Math.max(1, g.norm()) + 1e-15 * (Math.abs(f) + 1) / H * 10;
            assertThat(Math.abs(g.x() - fx)).as("∂f/∂x at (%s, %s)", x, y).isLessThan(tolerance);
            assertThat(Math.abs(g.y() - fy)).as("∂f/∂y at (%s, %s)", x, y).isLessThan(tolerance);
            checked++;
        }
        // Random formulas are made of functions defined everywhere: most points must count.
        assertThat(checked).isGreaterThan(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formulas")
    void evaluateGivesTheValueBitForBit(String formula) {
        Program p = compile(formula);
        Random random = new Random(~formula.hashCode());
        for (int i = 0; i < 100; i++) {
            double x = -5 + 10 * random.nextDouble();
            double y = -5 + 10 * random.nextDouble();
            double together = p.evaluate(x, y, (f, dx, dy) -> f);
            assertThat(Double.doubleToRawLongBits(together)).as("f at (%s, %s)", x, y)
                    .isEqualTo(Double.doubleToRawLongBits(p.value(x, y)));
        }
    }

    @Test
    void gradientsOfSimpleFormulasAreExact() {
        assertThat(compile("x^2 + 10*y^2").gradient(1, 2)).isEqualTo(new Vec2(2, 40));
        assertThat(compile("x*y").gradient(3, 4)).isEqualTo(new Vec2(4, 3));
        assertThat(compile("a*x - b*y").gradient(7, -7)).isEqualTo(new Vec2(2, -3));
        assertThat(compile("x/y").gradient(1, 2)).isEqualTo(new Vec2(0.5, -0.25));
        assertThat(compile("5").gradient(1, 2)).isEqualTo(new Vec2(0, 0));
        assertThat(compile("y").gradient(1, 2)).isEqualTo(new Vec2(0, 1));
    }

    @Test
    void gradientsMatchTheirClosedFormsOverAGrid() {
        // ∇(x² + 3y²) = (2x, 6y); ∇(sin x · eʸ) = (cos x · eʸ, sin x · eʸ); ∇(a·x·y + b) = (a·y, a·x) with a = 2.
        Program bowl = compile("x^2 + 3*y^2");
        Program wave = compile("sin(x)*exp(y)");
        Program bilinear = compile("a*x*y + b");
        for (double x = -3; x <= 3; x += 0.25) {
            for (double y = -2; y <= 2; y += 0.25) {
                assertThat(bowl.value(x, y)).isEqualTo(x * x + 3 * (y * y));
                assertThat(bowl.gradient(x, y)).isEqualTo(new Vec2(2 * x, 6 * y));
                assertThat(wave.value(x, y)).isEqualTo(Math.sin(x) * Math.exp(y));
                Vec2 g = wave.gradient(x, y);
                assertThat(g.x()).isCloseTo(Math.cos(x) * Math.exp(y), org.assertj.core.api.Assertions.within(
                        1e-15 * Math.exp(y)));
                assertThat(g.y()).isEqualTo(Math.sin(x) * Math.exp(y));
                assertThat(bilinear.gradient(x, y)).isEqualTo(new Vec2(2 * y, 2 * x));
            }
        }
    }

    @Test
    void overflowGivesInfinityOrNaNAndNeverAnException() {
        // e^(x²) at x = 27 is beyond the largest double; so is its slope; 0·∞ and ∞ − ∞ are NaN.
        Program steep = compile("exp(x^2) + y");
        assertThat(steep.value(27, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        // Its slope in y is ∞·0, NaN: no matter, as the loss itself is infinite and a race ends there as diverged.
        assertThat(steep.gradient(27, 0).x()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(steep.gradient(27, 0).isFinite()).isFalse();
        assertThat(compile("exp(x^2) - exp(y^2)").value(27, 27)).isNaN();
        assertThat(compile("1e308*x").gradient(1, 1).x()).isEqualTo(1e308);
        assertThat(compile("1e308*x*x").value(10, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(compile("log(x)").value(0, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(compile("log(x)").value(-1, 0)).isNaN();
        assertThat(compile("1/x").gradient(0, 0).x()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(compile("x^1e308").value(2, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void whereTheChainRuleMeetsAnInfiniteDerivativeTimesZeroTheResultIsZero() {
        // √(x² + y²) has no gradient at 0, but √(1 + x²) at x = 0 has slope 0, and √x at 0 in y is flat.
        assertThat(compile("sqrt(1 + x^2)").gradient(0, 0)).isEqualTo(new Vec2(0, 0));
        assertThat(compile("sqrt(x) + y").gradient(0, 1)).isEqualTo(new Vec2(Double.POSITIVE_INFINITY, 1));
        assertThat(compile("x^1.5").gradient(0, 0)).isEqualTo(new Vec2(0, 0));
        assertThat(compile("abs(x)").gradient(0, 0)).isEqualTo(new Vec2(0, 0));
    }

    @Test
    void sigmoidAndSoftplusStayFiniteFarOut() {
        Program p = compile("sigmoid(x) + softplus(y)");
        assertThat(p.value(-800, -800)).isEqualTo(0);
        assertThat(p.value(800, 0)).isEqualTo(1 + Math.log(2));
        assertThat(p.value(0, 800)).isEqualTo(0.5 + 800);
        assertThat(p.gradient(-800, 800)).isEqualTo(new Vec2(0, 1));
    }

    @Test
    void partsWithoutXOrYAreFoldedAndRepeatedPartsShared() {
        // (1 − x)² + 100(y − x²)²: x², 1 − x, its square, y − x², its square, times 100, the sum.
        assertThat(compile("(1 - x)^2 + 100*(y - x^2)^2").operations()).isEqualTo(7);
        assertThat(compile("2*pi*a + sin(b)^2").operations()).isZero();
        assertThat(compile("sin(x) + sin(x)").operations()).isEqualTo(2);
    }

    @Test
    void aProgramGivesTheSameResultsOnManyThreadsAtOnce() throws Exception {
        Program p = compile("x^2 + 10*y^2 + 0.5*sin(3*x)*cos(2*y)");
        List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 100_000; i++) {
                        double x = random.nextDouble();
                        double y = random.nextDouble();
                        Vec2 g = p.gradient(x, y);
                        Vec2 expected = new Vec2(2 * x + 0.5 * 3 * Math.cos(3 * x) * Math.cos(2 * y),
                                20 * y - 0.5 * Math.sin(3 * x) * 2 * Math.sin(2 * y));
                        if (g.minus(expected).norm() > 1e-12 || p.value(x, y) != x * x + 10 * (y * y)
                                + 0.5 * Math.sin(3 * x) * Math.cos(2 * y)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
