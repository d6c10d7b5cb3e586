package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code descent run} against torch.optim itself: trajectories of PyTorch 1.13's optimizers fed the same analytic
 * gradients ({@code scripts/torch_reference.py}), 500 steps of every racer, x, y and loss agreeing to 1e-9
 * relative; together the cases set every value of every torch rule away from its default, and follow the lecture's
 * sliders.
 */
class TorchAgreementTest {

    private static final String DIR = "/torch/";
    private static final int STEPS = 500;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = reader(TorchAgreementTest.class.getResourceAsStream(DIR + "cases.tsv"))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> {
                String[] parts = l.split("\t");
                out.add(Arguments.of(parts[0], parts[1]));
            });
        }
        return out.stream();
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runAgreesWithTorchOptim(String file, String flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--tol", "0"));
        args.addAll(List.of(flags.split(" ")));
        CliRunner mine = CliRunner.run(args.toArray(String[]::new));
        assertThat(mine.exitCode).as(mine.err).isZero();
        // A path stops short only where it escapes down a surface with no floor (the saddle's): it is compared up
        // to there, torch's running on.
        String escapes = "descent run: [^;]* escaped at [^;]*; their rows stop there\\R";
        assertThat(mine.err.isEmpty() || mine.err.matches(escapes))
                .as("no path stops short but by escaping: %s", mine.err).isTrue();
        assertThat(mine.err).doesNotContain("diverged");
        Map<String, List<double[]>> ours = parse(mine.out.lines().toList());
        Map<String, List<double[]>> torch;
        try (BufferedReader r = reader(new GZIPInputStream(getClass().getResourceAsStream(DIR + file)))) {
            torch = parse(r.lines().toList());
        }
        assertThat(ours.keySet()).containsExactlyElementsOf(torch.keySet());
        for (String racer : torch.keySet()) {
            List<double[]> a = ours.get(racer);
            List<double[]> b = torch.get(racer);
            assertThat(b).as(racer).hasSize(STEPS + 1);
            if (mine.err.contains(" " + racer + " escaped at ")) {
                assertThat(a.size()).as(racer).isGreaterThan(30).isLessThan(STEPS + 1);
            } else {
                assertThat(a).as(racer).hasSize(STEPS + 1);
            }
            double worst = 0;
            String where = "";
            for (int k = 0; k < a.size(); k++) {
                for (int i = 0; i < 3; i++) {
                    double rel = relativeDifference(a.get(k)[i], b.get(k)[i]);
                    if (rel > worst) {
                        worst = rel;
                        where = String.format("step %d column %d: %s vs torch %s", k, i, a.get(k)[i], b.get(k)[i]);
                    }
                }
            }
            assertThat(worst).as("%s, largest difference at %s", racer, where).isLessThanOrEqualTo(1e-9);
        }
    }

    private static double relativeDifference(double x, double y) {
        return x == y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
    }

    /** Rows (x, y, loss) by racer, in the file's order. */
    private static Map<String, List<double[]>> parse(List<String> lines) {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[] {
                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        return out;
    }
}
