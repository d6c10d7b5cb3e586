package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Numbers;
import descent.surface.TypedSurface;
import descent.surface.ViewBox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Your own surface on the command line: --formula, --param NAME=VALUE:MIN:MAX and --view. */
class FormulaOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aTypedFormulaIsRacedWithItsExactGradient() {
        // f = x² + 3y², ∇f = (2x, 6y); from (1, 1) with ε = 0.1: (0.8, 0.4), then (0.64, 0.16).
        CliRunner r = CliRunner.run("run", "--formula", "x^2 + 3*y^2", "--start", "1,1", "--eps", "0.1",
                "--optimizers", "sgd", "--steps", "2");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out.lines()).containsExactly("optimizer,step,x,y,loss", "sgd,0,1,1,4",
                "sgd,1,0.8,0.3999999999999999,1.1199999999999999",
                "sgd,2,0.64,0.15999999999999995,0.48639999999999994");
    }

    @Test
    void declaredParametersTakeTheirValueAndCanBeSetApart() {
        // f = a x², ∇f = 2a x; a = 2 declared, then set to 4: from x = 1 with ε = 0.1, 1 − 0.8 = 0.2.
        CliRunner declared = CliRunner.run("run", "--formula", "a*x^2 + y^2", "--param", "a=2:0:5", "--start", "1,0",
                "--eps", "0.1", "--optimizers", "sgd", "--steps", "1");
        assertThat(declared.exitCode).as(declared.err).isZero();
        assertThat(declared.out.lines()).contains("sgd,1,0.6,0,0.72");
        CliRunner set = CliRunner.run("run", "--formula", "a*x^2 + y^2", "--param", "a=2:0:5", "--param", "a=4",
                "--start", "1,0", "--eps", "0.1", "--optimizers", "sgd", "--steps", "1");
        assertThat(set.err).isEmpty();
        double x = 1 - 0.1 * (2 * 4 * 1);
        assertThat(set.out.lines()).contains("sgd,1," + Numbers.shortest(x) + ",0," + Numbers.shortest(4 * (x * x)));
    }

    @Test
    void theViewIsWhereTheDefaultsComeFrom() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.WindowParse p = Cli.parseWindow(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--surface", "custom", "--formula",
                "x^2 + 10*y^2", "--view", "-3,3,-2,2");
        assertThat(p.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        TypedSurface s = (TypedSurface) p.request().scenario().surface();
        assertThat(s.text()).isEqualTo("x^2 + 10*y^2");
        assertThat(s.view()).isEqualTo(new ViewBox(-3, 3, -2, 2));
        assertThat(p.request().scenario().view()).isEqualTo(new ViewBox(-3, 3, -2, 2));
        // The largest curvature is 20 everywhere: ε = 1/20.
        assertThat(s.defaults().learningRate()).isEqualTo(0.05);
        assertThat(p.request().scenario().simulation().hyperparameters().globalValue(
                descent.optim.Hyperparameter.LEARNING_RATE, s.defaults().learningRate())).isEqualTo(0.05);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(new String[] {"run", "--formula", "x^2 + sinn(x)"},
                        "descent run: --formula: unknown function 'sinn' at column 7"),
                Arguments.of(new String[] {"run", "--formula", "x + z"},
                        "descent run: --formula: unknown name 'z' (declare a parameter such as z=1:0:5) at column 5"),
                Arguments.of(new String[] {"run", "--formula", "(x + y"},
                        "descent run: --formula: the '(' at column 1 is never closed at column 7"),
                Arguments.of(new String[] {"run", "--formula", "x + y)"},
                        "descent run: --formula: ')' without a matching '(' at column 6"),
                Arguments.of(new String[] {"run", "--formula", "x+".repeat(500_000) + "x"},
                        "descent run: --formula: the formula is longer than 1000 characters"),
                Arguments.of(new String[] {"run", "--formula", "(".repeat(100) + "x" + ")".repeat(100)},
                        "descent run: --formula: nested deeper than 64 levels at column 65"),
                Arguments.of(new String[] {"run", "--formula", "java.lang.Runtime"},
                        "descent run: --formula: unknown name 'java' (declare a parameter such as java=1:0:5) at"
                                + " column 1"),
                Arguments.of(new String[] {"export", "--formula", "x^2 +", "--out", "OUT.png"},
                        "descent export: --formula: the formula ends too early: expected a number, x, y or '(' at"
                                + " column 6"),
                Arguments.of(new String[] {"--formula", "sinn(x)"},
                        "descent: --formula: unknown function 'sinn' at column 1"),
                Arguments.of(new String[] {"run", "--formula", "a*x", "--param", "a=1:0"},
                        "descent run: --param a=1:0: expected ':' and the greatest value of a (value:min:max, such as"
                                + " a=1:0:5) at column 6"),
                Arguments.of(new String[] {"run", "--formula", "a*x", "--param", "a=9:0:5"},
                        "descent run: --param a=9:0:5: a=9 is outside its range 0 to 5 at column 1"),
                Arguments.of(new String[] {"run", "--formula", "a*x", "--param", "a=1:0:5", "--param", "a=9"},
                        "descent run: --param a must be a number >= 0 and <= 5 (got '9')"),
                Arguments.of(new String[] {"run", "--formula", "a*x", "--param", "a=1:0:5", "--param", "a=2:0:5"},
                        "descent run: --param a is given twice"),
                Arguments.of(new String[] {"run", "--surface", "quadratic", "--param", "kappa=2", "--param", "kappa=3"},
                        "descent run: --param kappa is given twice"),
                Arguments.of(new String[] {"run", "--formula", "x", "--param", "a"},
                        "descent run: --param must be NAME=VALUE, such as kappa=25 (got 'a')"),
                Arguments.of(new String[] {"run", "--surface", "rosenbrock", "--param", "a=1:0:5"},
                        "descent run: --param a=1:0:5 declares a parameter of a formula: give --formula, or set"
                                + " rosenbrock's as NAME=VALUE"),
                Arguments.of(new String[] {"run", "--surface", "wells", "--formula", "x"},
                        "descent run: --formula makes a surface of its own: give --surface custom or no --surface"
                                + " (got --surface wells)"),
                Arguments.of(new String[] {"run", "--formula", "x", "--view", "1,0,0,1"},
                        "descent run: --view X0,X1,Y0,Y1 needs X0 < X1 and Y0 < Y1 (got '1,0,0,1')"),
                Arguments.of(new String[] {"run", "--formula", "x", "--view", "-3,3"},
                        "descent run: --view must be four numbers X0,X1,Y0,Y1 such as -3,3,-2,2 (got '-3,3')"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refused")
    void aBadFormulaIsOneLineAndExitTwoAndWritesNothing(String[] args, String line) throws IOException {
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace("OUT", dir.resolve("out").toString());
        }
        CliRunner r = args[0].equals("run") || args[0].equals("export") ? CliRunner.run(args) : window(args);
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).isEqualTo(line + "\n");
        assertThat(r.out).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static CliRunner window(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli.WindowParse p = Cli.parseWindow(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return CliRunner.of(p.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFormulaThatOverflowsEndsTheRaceWithAnOutcomeNotACrash() {
        // e^(x²) from x = 2 with ε = 1: the first step goes to x ≈ −216, where e^(x²) is beyond the largest double.
        CliRunner steep = CliRunner.run("run", "--formula", "exp(x^2)", "--start", "2,0", "--eps", "1",
                "--optimizers", "sgd", "--steps", "50");
        assertThat(steep.exitCode).isZero();
        assertThat(steep.err).isEqualTo("descent run: sgd diverged at 1 (θ or the loss overflowed: rows to 0); their"
                + " rows stop there\n");
        assertThat(steep.out.lines()).containsExactly("optimizer,step,x,y,loss",
                "sgd,0,2,0," + Numbers.shortest(Math.exp(4)));
        // e^(1000x) at x = 1 is already infinite: there is no race to run, and the command says so.
        CliRunner infinite = CliRunner.run("run", "--formula", "exp(1000*x)", "--start", "1,0", "--optimizers", "sgd");
        assertThat(infinite.exitCode).isZero();
        assertThat(infinite.err).isEqualTo("descent run: no finite loss at θ₀, so no rows were written\n");
    }
}
