package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Numbers;
import descent.optim.Rule;
import descent.optim.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void theIssuesExampleWritesEveryOptimizerInTheTablesOrder() throws IOException {
        Path csv = dir.resolve("out.csv");
        CliRunner r = CliRunner.run("run", "--surface", "quadratic", "--param", "kappa=25", "--param", "angle=30",
                "--start", "-2.2,1.3", "--steps", "300", "--optimizers", "all", "--eps", "0.02", "--alpha", "0.8",
                "--rho", "0.95", "--delta", "1e-6", "--rho1", "0.85", "--rho2", "0.99", "--tau", "50",
                "--eps-tau", "1e-4", "--set", "adam.eps=0.1", "--csv", csv.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("optimizer,step,x,y,loss");
        assertThat(lines.get(1)).isEqualTo("sgd,0,-2.2,1.3," + Numbers.shortest(loss(25, 30, -2.2, 1.3)));
        List<String> order = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
        assertThat(order).containsExactly(Rules.lecture().stream().map(Rule::id).toArray(String[]::new));
    }

    private static double loss(double kappa, double angle, double x, double y) {
        double a = Math.toRadians(angle);
        double u = Math.cos(a) * x + Math.sin(a) * y;
        double v = -Math.sin(a) * x + Math.cos(a) * y;
        return 0.5 * (u * u + kappa * v * v);
    }

    @Test
    void aPathThatStopsShortIsNamedOnStandardErrorInTheLecturesWords() {
        // On the saddle SGD and Adam run off downhill (escaped); on the rotated valley with κ = 50 SGD blows up
        // (diverged). The step named is the update that ended the path, and its row is the last (see SimulationTest).
        CliRunner saddle = CliRunner.run("run", "--surface", "saddle", "--steps", "300", "--optimizers", "sgd,adam");
        assertThat(saddle.exitCode).isZero();
        assertThat(saddle.err).isEqualTo("descent run: sgd escaped at 56, adam escaped at 36; their rows stop there\n");
        List<String> sgd = saddle.out.lines().filter(l -> l.startsWith("sgd,")).toList();
        assertThat(sgd).hasSize(57);
        assertThat(sgd.get(56)).startsWith("sgd,56,");
        CliRunner valley = CliRunner.run("run", "--surface", "quadratic", "--param", "kappa=50", "--param",
                "angle=30", "--eps", "0.05", "--optimizers", "sgd");
        // ε = 0.05 (the default, 0.5/κ, is below SGD's limit of 2/κ): y across the valley is multiplied by
        // 1 − 50ε = −1.5 each step, and step 13 lies beyond 50 view widths.
        assertThat(valley.err).isEqualTo("descent run: sgd diverged at 13; their rows stop there\n");
        assertThat(valley.out.lines().reduce((a, b) -> b).orElseThrow()).startsWith("sgd,13,");
        CliRunner calm = CliRunner.run("run", "--surface", "wells", "--steps", "50");
        assertThat(calm.err).isEmpty();
    }

    @Test
    void racersOfOneRuleRaceUnderTheirLabelsAndARepeatedDefaultLabelIsNumbered() {
        CliRunner r = CliRunner.run("run", "--surface", "saddle", "--start", "1,2", "--steps", "1",
                "--racer", "sgd:eps=0.5,label=SGD too fast", "--racer", "sgd:eps=0.1", "--racer", "sgd:eps=0.1");
        assertThat(r.exitCode).as(r.err).isZero();
        // g = (2, −4) at (1, 2): θ₁ = θ₀ − εg.
        assertThat(r.out.lines().toList()).containsExactly("optimizer,step,x,y,loss",
                "SGD too fast,0,1,2,-3", "SGD too fast,1,0,4," + Numbers.shortest(0 - 16.0),
                "sgd,0,1,2,-3", "sgd,1,0.8,2.4," + Numbers.shortest(0.8 * 0.8 - 2.4 * 2.4),
                "sgd 2,0,1,2,-3", "sgd 2,1,0.8,2.4," + Numbers.shortest(0.8 * 0.8 - 2.4 * 2.4));
    }

    @Test
    void racersJoinTheOptimizersShorthandAndSetReachesEveryRacerOfItsRule() {
        CliRunner r = CliRunner.run("run", "--surface", "saddle", "--start", "1,2", "--steps", "1", "--optimizers",
                "adam", "--racer", "adam:bias_correction=false", "--set", "adam.eps=0.2");
        assertThat(r.exitCode).as(r.err).isZero();
        List<String> rows = r.out.lines().filter(l -> l.split(",")[1].equals("1")).toList();
        assertThat(rows).hasSize(2);
        // With bias correction Adam's first step is ε·sign(g); without it, s = 0.1g and r = 0.001g², a step of
        // ε·0.1/√0.001 ≈ 3.16ε per coordinate.
        assertThat(rows.get(0)).startsWith("adam,1,");
        assertThat(rows.get(1)).startsWith("adam 2,1,");
        assertThat(Double.parseDouble(rows.get(0).split(",")[2])).isCloseTo(0.8,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Double.parseDouble(rows.get(1).split(",")[2])).isCloseTo(1 - 0.2 * 0.1 / Math.sqrt(0.001),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void firstSgdStepIsTheHandComputedOne() {
        // Saddle at (1, 2): g = (2, −4); with ε = 0.1, θ₁ = (0.8, 2.4) and f = 0.64 − 5.76.
        CliRunner r = CliRunner.run("run", "--surface", "saddle", "--start", "1,2", "--steps", "1", "--eps", "0.1",
                "--optimizers", "sgd");
        assertThat(r.out.lines().toList()).containsExactly("optimizer,step,x,y,loss", "sgd,0,1,2,-3",
                "sgd,1,0.8,2.4," + Numbers.shortest(0.8 * 0.8 - 2.4 * 2.4));
    }

    @Test
    void aStartWithNoFiniteLossWritesTheHeaderAndSaysWhy() throws IOException {
        // The --start flag refuses such a point, but a scenario file may hold one: ½(x² + κy²) overflows there.
        Path scenario = dir.resolve("overflow.json");
        Files.writeString(scenario, "{\"surface\": \"quadratic\", \"start\": [1e300, 1e300], \"steps\": 5}");
        CliRunner r = CliRunner.run("run", "--scenario", scenario.toString());
        assertThat(r.exitCode).isZero();
        assertThat(r.out.lines().toList()).containsExactly("optimizer,step,x,y,loss");
        assertThat(r.err).isEqualTo("descent run: no finite loss at θ₀, so no rows were written\n");
    }

    @Test
    void standardOutputAndAFileHoldTheSameRows() throws IOException {
        Path csv = dir.resolve("a.csv");
        CliRunner toFile = CliRunner.run("run", "--surface", "wells", "--steps", "50", "--noise", "0.2", "--seed",
                "9", "--csv", csv.toString());
        CliRunner toOut = CliRunner.run("run", "--surface", "wells", "--steps", "50", "--noise", "0.2", "--seed",
                "9");
        assertThat(toFile.exitCode).isZero();
        assertThat(Files.readString(csv)).isEqualTo(toOut.out);
    }

    @Test
    void optimizersNamedInAnyOrderFollowTheTable() {
        CliRunner r = CliRunner.run("run", "--steps", "1", "--optimizers", "adam,sgd");
        assertThat(r.out.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct())
                .containsExactly("sgd", "adam");
    }

    @Test
    void logisticTakesMiniBatchesAndDataParameters() {
        CliRunner r = CliRunner.run("run", "--surface", "logistic", "--param", "n=100", "--batch", "1", "--steps",
                "5", "--optimizers", "sgd");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out.lines().count()).isEqualTo(7);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--surface", "banana"), "--surface"),
                Arguments.of(List.of("--optimizers", "sgd,adamw"), "--optimizers"),
                Arguments.of(List.of("--optimizers", "sgd,adam,sgd"), "--optimizers names sgd twice"),
                Arguments.of(List.of("--racer", "adamw:eps=0.1"), "--racer 'adamw:eps=0.1': unknown rule 'adamw'"),
                Arguments.of(List.of("--racer", "sgd:alpha=0.5"), "--racer 'sgd:alpha=0.5': sgd has no value alpha"),
                Arguments.of(List.of("--racer", "sgd:eps=-1"), "--racer 'sgd:eps=-1': eps must be"),
                Arguments.of(List.of("--racer", "sgd:eps"), "--racer 'sgd:eps': 'eps' must be NAME=VALUE"),
                Arguments.of(List.of("--racer", ":eps=1"), "--racer ':eps=1' must start with a rule"),
                Arguments.of(List.of("--racer", "adam:bias_correction=maybe"), "--racer 'adam:bias_correction=maybe'"),
                Arguments.of(List.of("--racer", "sgd:batch=5"), "--racer 'sgd:batch=5': batch applies only"),
                Arguments.of(List.of("--racer", "sgd:label=\"a,b"), "--racer 'sgd:label=\"a,b': a quote"),
                Arguments.of(List.of("--set", "momentum.eps=0.1", "--optimizers", "sgd"),
                        "--set momentum.eps: no momentum racer"),
                Arguments.of(List.of("--set", "sgd.eps=0.1", "--set", "sgd.eps=0.2"), "--set sgd.eps is given twice"),
                Arguments.of(List.of("--param", "kapa=3", "--surface", "quadratic"), "--param"),
                Arguments.of(List.of("--param", "kappa=0.5", "--surface", "quadratic"), "--param kappa"),
                Arguments.of(List.of("--set", "adam.alpha=0.5"), "--set"),
                Arguments.of(List.of("--set", "adamw.eps=0.5"), "--set"),
                Arguments.of(List.of("--set", "adam.eps"), "--set"),
                Arguments.of(List.of("--eps", "abc"), "--eps"),
                Arguments.of(List.of("--eps", "0"), "--eps"),
                Arguments.of(List.of("--eps", "-0.1"), "--eps"),
                Arguments.of(List.of("--eps", "NaN"), "--eps"),
                Arguments.of(List.of("--eps", "Infinity"), "--eps"),
                Arguments.of(List.of("--eps", "1e400"), "--eps"),
                Arguments.of(List.of("--rho", "1"), "--rho"),
                Arguments.of(List.of("--alpha", "1.5"), "--alpha"),
                Arguments.of(List.of("--rho2", "1"), "--rho2"),
                Arguments.of(List.of("--delta", "0"), "--delta"),
                Arguments.of(List.of("--tau", "2.5"), "--tau"),
                Arguments.of(List.of("--steps", "-3"), "--steps"),
                Arguments.of(List.of("--steps", "ten"), "--steps"),
                Arguments.of(List.of("--start", "1"), "--start"),
                Arguments.of(List.of("--start", "1,2,3"), "--start"),
                Arguments.of(List.of("--start", "1,inf"), "--start"),
                Arguments.of(List.of("--noise", "-1"), "--noise"),
                Arguments.of(List.of("--batch", "5"), "--batch"),
                Arguments.of(List.of("--surface", "logistic", "--batch", "-1"), "--batch"),
                Arguments.of(List.of("--clip", "x"), "--clip"),
                Arguments.of(List.of("--seed", "1.5"), "--seed"),
                Arguments.of(List.of("--scenario", "/no/such/file.json"), "--scenario"),
                Arguments.of(List.of("--frobnicate"), "--frobnicate"),
                Arguments.of(List.of("--csv", "/no/such/folder/out.csv"), "--csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputPrintsOneLineNamingTheFlagExitsTwoAndWritesNoFile(List<String> args, String flag)
            throws IOException {
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "old content\n");
        String[] all = Stream.concat(Stream.of("run", "--csv", csv.toString()), args.stream()).toArray(String[]::new);
        if (args.contains("--csv")) {
            all = Stream.concat(Stream.of("run"), args.stream()).toArray(String[]::new);
        }
        CliRunner r = CliRunner.run(all);
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines().count()).as(r.err).isEqualTo(1);
        assertThat(r.err).startsWith("descent run: ").contains(flag).doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(csv)).isEqualTo("old content\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }
}
