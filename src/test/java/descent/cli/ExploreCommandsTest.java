package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code descent map} and {@code descent basins}: what they write, and the one line they say when refused. */
class ExploreCommandsTest {

    @TempDir
    Path dir;

    private static final String[] BOWL = {"--surface", "quadratic", "--param", "kappa=10", "--steps", "500",
        "--racer", "momentum"};

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aMapAsCsvHasARowPerCellAndHeavyBallIsStableExactlyWhereEpsilonLambdaIsBelowTwoOnePlusAlpha()
            throws IOException {
        Path csv = dir.resolve("map.csv");
        CliRunner r = CliRunner.run(with(with(new String[] {"map"}, BOWL), "--x", "eps=0.1:0.3:3:lin", "--y",
                "alpha=0:0.5:2:lin", "--out", csv.toString()));
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("eps,alpha,outcome,step,x,y,loss,gap");
        assertThat(lines).hasSize(7);
        // On ½(x² + 10y²) from (-2.5, 1.5), momentum's iterates along y contract exactly when ε·λmax < 2(1 + α),
        // λmax = 10; with α = 0 it is SGD, stable for ε < 2/λmax = 0.2. On the edge itself, 0.2 at α = 0 and 0.3 at
        // α = 0.5, y swings forever at the same height: neither converged nor diverged.
        double[] eps = {0.1, 0.2, 0.3};
        double[] alpha = {0, 0.5};
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 3; column++) {
                String[] f = lines.get(1 + 3 * row + column).split(",");
                assertThat(Double.parseDouble(f[0])).isEqualTo(eps[column]);
                assertThat(Double.parseDouble(f[1])).isEqualTo(alpha[row]);
                double margin = eps[column] * 10 - 2 * (1 + alpha[row]);
                assertThat(f[2]).as(lines.get(1 + 3 * row + column))
                        .isEqualTo(margin < -1e-9 ? "converged" : margin > 1e-9 ? "diverged" : "moving");
                if (f[2].equals("converged")) {
                    // f* = 0: the gap is the loss itself, below what the tolerance on the gradient allows.
                    assertThat(f[7]).isEqualTo(f[6]);
                    assertThat(Double.parseDouble(f[6])).isLessThan(1e-11);
                } else if (f[2].equals("diverged")) {
                    assertThat(f[7]).isEqualTo("nan");
                }
            }
        }
        // SGD by hand (α = 0): x_k = -2.5·(1 - ε)^k; y_k = 1.5·(1 - 10ε)^k, which is 0 after one step at ε = 0.1,
        // 1.5·(-1)^k at ε = 0.2, and 1.5·(-2)^k at ε = 0.3, where the run keeps the point of the update that ended it,
        // as the race's paths do.
        String[] sgd = lines.get(1).split(",");
        int k = Integer.parseInt(sgd[3]);
        assertThat(Double.parseDouble(sgd[4])).isCloseTo(-2.5 * Math.pow(0.9, k), within(1e-12 * Math.pow(0.9, k)));
        assertThat(Double.parseDouble(sgd[5])).isZero();
        String[] edge = lines.get(2).split(",");
        assertThat(edge[3]).isEqualTo("500");
        assertThat(Math.abs(Double.parseDouble(edge[5]))).isEqualTo(1.5);
        String[] blown = lines.get(3).split(",");
        assertThat(Double.parseDouble(blown[5])).isEqualTo(1.5 * Math.pow(-2, Integer.parseInt(blown[3])));
    }

    @Test
    void aMapCellIsTheRaceRunWithTheCellsValues() throws IOException {
        Path csv = dir.resolve("map.csv");
        assertThat(CliRunner.run(with(with(new String[] {"map"}, BOWL), "--x", "eps=0.1:0.3:3:lin", "--y",
                "alpha=0:0.5:2:lin", "--out", csv.toString())).exitCode).isZero();
        List<String> lines = Files.readAllLines(csv);
        for (int cell : new int[] {1, 5}) {
            String[] f = lines.get(cell).split(",");
            CliRunner run = CliRunner.run("run", "--surface", "quadratic", "--param", "kappa=10", "--steps", "500",
                    "--racer", "momentum:eps=" + f[0] + ",alpha=" + f[1] + ",label=cell", "--csv", "-");
            assertThat(run.exitCode).as(run.err).isZero();
            String last = run.out.lines().filter(l -> l.startsWith("cell,")).reduce((a, b) -> b).orElseThrow();
            assertThat(last).isEqualTo("cell," + f[3] + "," + f[4] + "," + f[5] + "," + f[6]);
        }
    }

    @Test
    void theIssuesMapIsWrittenAsPngAndSvg() throws IOException {
        Path png = dir.resolve("map.png");
        String[] args = {"map", "--surface", "rosenbrock", "--racer", "adam", "--x", "eps=1e-4:1:16:log", "--y",
            "rho2=0.9:0.9999:16", "--steps", "50", "--size", "640x480"};
        CliRunner r = CliRunner.run(with(args, "--out", png.toString()));
        assertThat(r.exitCode).as(r.err).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(480);
        Path svg = dir.resolve("map.svg");
        assertThat(CliRunner.run(with(args, "--out", svg.toString(), "--color", "steps")).exitCode).isZero();
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<svg").contains("Adam on rosenbrock: steps to converge")
                .contains("ρ₂").contains("not converged in 50");
    }

    @Test
    void basinsAsCsvHaveARowPerStartAndPicturesTheirSize() throws IOException {
        Path csv = dir.resolve("basins.csv");
        CliRunner r = CliRunner.run("basins", "--racer", "momentum", "--grid", "12", "--steps", "300", "--size",
                "400x400", "--out", csv.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("x0,y0,outcome,step,x,y,loss,basin,basin_x,basin_y");
        assertThat((lines.size() - 1) % 12).isZero();
        // The wells' minima only, and each start's row is the race run from that start by hand.
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[7]).distinct())
                .contains("global-minimum", "local-minimum").isSubsetOf("global-minimum", "local-minimum",
                        "unfinished");
        assertThat(lines.stream().skip(1).filter(l -> l.contains("global-minimum")).map(l -> l.split(",")[8])
                .distinct()).hasSize(1);
        for (int row : new int[] {1, 40, lines.size() - 1}) {
            String[] f = lines.get(row).split(",");
            CliRunner run = CliRunner.run("run", "--optimizers", "momentum", "--start", f[0] + "," + f[1], "--steps",
                    "300", "--csv", "-");
            String last = run.out.lines().reduce((a, b) -> b).orElseThrow();
            assertThat(last).isEqualTo("momentum," + f[3] + "," + f[4] + "," + f[5] + "," + f[6]);
        }
        Path png = dir.resolve("basins.png");
        assertThat(CliRunner.run("basins", "--racer", "momentum", "--grid", "20", "--steps", "100", "--size",
                "500x400", "--out", png.toString()).exitCode).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(500);
    }

    @Test
    void refusedInputIsOneLineAndExitTwoAndWritesNothing() throws IOException {
        Path out = dir.resolve("m.png");
        String o = out.toString();
        String[][] cases = {
            {"map", "--racer", "adam", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1:0.1", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "foo=1:2", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "bias_correction=0:1", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1:1", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1:8:cubic", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=a:1", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1", "--y", "eps=0.1:1", "--out", o},
            {"map", "--x", "eps=1e-4:1", "--y", "alpha=0:0.9", "--out", o},
            {"map", "--racer", "adam", "--racer", "sgd", "--x", "eps=1e-4:1", "--y", "rho2=0.9:0.99", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1", "--y", "rho2=0.9:0.99", "--out", dir.resolve("m.gif")
                .toString()},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1", "--y", "rho2=0.9:0.99", "--color", "red", "--out", o},
            {"map", "--racer", "adam", "--x", "eps=1e-4:1:1024", "--y", "rho2=0.9:0.99:1024", "--steps",
                "100000", "--out", o},
            {"basins", "--racer", "momentum", "--grid", "1", "--out", o},
            {"basins", "--out", o},
            {"basins", "--racer", "momentum", "--out", dir.resolve("missing/b.png").toString()},
        };
        for (String[] args : cases) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exitCode).as(String.join(" ", args) + " -> " + r.err).isEqualTo(2);
            assertThat(r.err.lines().count()).as(r.err).isEqualTo(1);
            assertThat(r.err).startsWith("descent " + args[0] + ": ");
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("files left behind").isEmpty();
        }
        assertThat(CliRunner.run(cases[1]).err).isEqualTo("descent map: --x eps: the range must go from a smaller"
                + " value to a larger one (got 1 to 0.1)\n");
        assertThat(CliRunner.run(cases[2]).err).isEqualTo("descent map: --x: adam has no value foo; it takes eps,"
                + " rho1, rho2, delta, bias_correction\n");
        assertThat(CliRunner.run(cases[3]).err).isEqualTo("descent map: --x bias_correction is a switch, on or off:"
                + " a map needs a number\n");
        assertThat(CliRunner.run(cases[8]).err).isEqualTo("descent map: --racer: name the racer to explore, such as"
                + " --racer adam (the race has 8)\n");
    }
}
