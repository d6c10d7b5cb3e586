package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code descent export --inspect RACER}: a racer's step arrows on the picture, and one line for a bad name. */
class InspectExportTest {

    @TempDir
    Path dir;

    private static final List<String> RACE = List.of("export", "--surface", "quadratic", "--param", "kappa=10",
            "--racer", "sgd", "--racer", "momentum", "--step", "5", "--size", "640x480");

    private CliRunner export(Path out, String... more) {
        List<String> args = new ArrayList<>(RACE);
        args.addAll(List.of(more));
        args.addAll(List.of("--out", out.toString()));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aPngWithTheInspectorDiffersFromOneWithoutItInsideThePlotOnly() throws Exception {
        Path plain = dir.resolve("plain.png");
        Path inspected = dir.resolve("inspected.png");
        assertThat(export(plain, "--save-scenario").exitCode).isZero();
        CliRunner r = export(inspected, "--inspect", "momentum");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(inspected.toFile());
        Scenario s = ScenarioJson.read(dir.resolve("plain.json"), "test");
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        FrameLayout l = FrameLayout.compute(640, 480, s.view(), FramePainter.legendLabels(tracks));
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    if (l.inPlot(x, y) || l.inPlot(x + 1, y + 1)) {
                        inside++;
                    } else {
                        outside++;
                    }
                }
            }
        }
        assertThat(inside).as("pixels changed inside the plot").isGreaterThan(500);
        assertThat(outside).as("pixels changed outside the plot").isZero();
    }

    @Test
    void anSvgOfOneStepContainsTheArrowsLabels() throws Exception {
        Path svg = dir.resolve("step.svg");
        CliRunner r = export(svg, "--inspect", "2");
        assertThat(r.exitCode).as(r.err).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        // Momentum's fifth step: the new velocity v₅ as αv₄ plus −εg, from θ₄ to θ₅.
        assertThat(text).contains(">v₅<", ">αv₄<", ">−εg<", ">θ₄<", ">θ₅<", "Momentum · step 5");
    }

    @Test
    void theRacerIsNamedByItsCsvLabelItsRuleItsPositionOrItsLegendLabel() {
        descent.sim.Simulation sim = Scenario.defaults("quadratic").simulation();
        assertThat(ExportCommand.inspected(sim, "nesterov").rule().id()).isEqualTo("nesterov");
        assertThat(ExportCommand.inspected(sim, "4").rule().id()).isEqualTo("nesterov");
        assertThat(ExportCommand.inspected(sim, "RMSProp + Nesterov").rule().id()).isEqualTo("rmsprop-nesterov");
    }

    @Test
    void anUnknownRacerIsOneLineAndExitTwoAndWritesNothing() {
        Path png = dir.resolve("bad.png");
        CliRunner r = export(png, "--inspect", "adam");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").startsWith("descent export: --inspect 'adam': no such racer")
                .contains("sgd, momentum").contains("1 to 2");
        assertThat(png).doesNotExist();
        assertThat(export(png, "--inspect", "3").exitCode).isEqualTo(2);
    }

    @Test
    void aCsvHasNoPictureToInspect() {
        CliRunner r = export(dir.resolve("race.csv"), "--inspect", "sgd");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").contains("--inspect");
    }

    @Test
    void aGifDrawsTheStepOfEachFrame() throws Exception {
        Path gif = dir.resolve("race.gif");
        CliRunner r = CliRunner.run("export", "--surface", "quadratic", "--racer", "nesterov", "--inspect", "nesterov",
                "--frames", "6", "--steps-per-frame", "4", "--size", "320x240", "--out", gif.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(gif).exists();
    }
}
