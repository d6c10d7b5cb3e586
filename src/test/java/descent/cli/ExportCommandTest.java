package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportCommandTest {

    @TempDir
    Path dir;

    private static int frames(Path gif) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(ImageIO.createImageInputStream(gif.toFile()));
        return r.getNumImages(true);
    }

    @Test
    void theIssuesExampleWritesTwoHundredFramesAtTheAskedSize() throws Exception {
        Path gif = dir.resolve("quadratic.gif");
        CliRunner r = CliRunner.run("export", "--surface", "quadratic", "--start", "-2.5,1.5", "--eps", "0.05",
                "--optimizers", "all", "--frames", "200", "--fps", "20", "--size", "400x300", "--out", gif.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).as("quiet when stderr is not a terminal").isEmpty();
        assertThat(frames(gif)).isEqualTo(200);
        BufferedImage first = ImageIO.read(gif.toFile());
        assertThat(first.getWidth()).isEqualTo(400);
        assertThat(first.getHeight()).isEqualTo(300);
    }

    /** The cases that broke the window, and two scenario files that did: exports take them as the window does. */
    static Stream<List<String>> extremeCases() {
        return Stream.of(
                List.of("--surface", "quadratic", "--param", "kappa=50", "--param", "angle=30", "--eps", "0.05"),
                List.of("--surface", "quadratic", "--param", "kappa=10", "--param", "angle=30", "--eps", "0.3"),
                List.of("--surface", "monkey-saddle", "--start", "0.5,0.5", "--eps", "1"),
                List.of("--surface", "rastrigin", "--eps", "5", "--start", "1e3,-1e3"),
                List.of("--scenario", "{\"optimizers\":[],\"steps\":5}"),
                List.of("--scenario", "{\"start\":[1e300,1e300],\"steps\":5}"));
    }

    @ParameterizedTest
    @MethodSource("extremeCases")
    void aGifOfEachCaseThatBrokeTheWindowIsWritten(List<String> args) throws Exception {
        List<String> all = new ArrayList<>(List.of("export", "--frames", "40", "--size", "320x240"));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--scenario")) {
                Path json = dir.resolve("case.json");
                Files.writeString(json, args.get(++i));
                all.addAll(List.of("--scenario", json.toString()));
            } else {
                all.add(args.get(i));
            }
        }
        Path gif = dir.resolve("case.gif");
        all.addAll(List.of("--out", gif.toString()));
        CliRunner r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(frames(gif)).isEqualTo(40);
    }

    @Test
    void threeSgdRacersWithTheirOwnLearningRatesMakeAGifWithEachInItsOwnColour() throws Exception {
        Path gif = dir.resolve("three.gif");
        CliRunner r = CliRunner.run("export", "--surface", "quadratic", "--racer", "sgd:eps=0.01",
                "--racer", "sgd:eps=0.15", "--racer", "sgd:eps=0.25,label=SGD too fast", "--frames", "30",
                "--size", "480x360", "--out", gif.toString(), "--save-scenario");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(frames(gif)).isEqualTo(30);
        descent.scenario.Scenario s = descent.scenario.ScenarioJson.read(dir.resolve("three.json"), "test");
        List<descent.render.Track> tracks = descent.render.Tracks.of(s.simulation(), s.simulation().run());
        assertThat(tracks).extracting(descent.render.Track::label).containsExactly("SGD ε=0.01", "SGD ε=0.15",
                "SGD too fast");
        assertThat(tracks).extracting(descent.render.Track::slot).doesNotHaveDuplicates();
        // Each racer's colour is in the last frame.
        BufferedImage last = lastFrame(gif);
        for (descent.render.Track t : tracks) {
            int colour = descent.render.Palette.color(t.slot()) & 0xFFFFFF;
            assertThat(count(last, colour)).as(t.label()).isGreaterThan(20);
        }
    }

    private static BufferedImage lastFrame(Path gif) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(ImageIO.createImageInputStream(gif.toFile()));
        int n = r.getNumImages(true);
        // Frames after the first may cover only what changed: paint them over each other.
        BufferedImage canvas = null;
        for (int i = 0; i < n; i++) {
            BufferedImage f = r.read(i);
            if (canvas == null) {
                canvas = new BufferedImage(f.getWidth(), f.getHeight(), BufferedImage.TYPE_INT_RGB);
            }
            javax.imageio.metadata.IIOMetadata meta = r.getImageMetadata(i);
            org.w3c.dom.Node root = meta.getAsTree("javax_imageio_gif_image_1.0");
            org.w3c.dom.Node desc = root.getFirstChild();
            int x = 0;
            int y = 0;
            for (org.w3c.dom.Node n2 = root.getFirstChild(); n2 != null; n2 = n2.getNextSibling()) {
                if (n2.getNodeName().equals("ImageDescriptor")) {
                    desc = n2;
                    x = Integer.parseInt(desc.getAttributes().getNamedItem("imageLeftPosition").getNodeValue());
                    y = Integer.parseInt(desc.getAttributes().getNamedItem("imageTopPosition").getNodeValue());
                }
            }
            canvas.getGraphics().drawImage(f, x, y, null);
        }
        return canvas;
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void stepsPerFrameSetHowFarEachFrameMoves() throws Exception {
        Path gif = dir.resolve("a.gif");
        CliRunner r = CliRunner.run("export", "--steps", "100", "--steps-per-frame", "10", "--size", "200x150",
                "--out", gif.toString(), "--save-scenario");
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(frames(gif)).isEqualTo(11);
        assertThat(Files.readString(dir.resolve("a.json"))).contains("\"steps\" : 100");
    }

    @Test
    void aCsvExportIsTheRunCsv() throws Exception {
        Path csv = dir.resolve("a.csv");
        CliRunner e = CliRunner.run("export", "--surface", "saddle", "--steps", "40", "--out", csv.toString());
        CliRunner r = CliRunner.run("run", "--surface", "saddle", "--steps", "40");
        assertThat(e.exitCode).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(r.out);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(List.of("--out", "x.bmp"), "--out"),
                Arguments.of(List.of("--size", "800"), "--size"),
                Arguments.of(List.of("--size", "0x600"), "--size"),
                Arguments.of(List.of("--size", "99999x600"), "--size"),
                Arguments.of(List.of("--out", "x.mp4", "--size", "801x600"), "even"),
                Arguments.of(List.of("--fps", "0"), "--fps"),
                Arguments.of(List.of("--frames", "-2"), "--frames"),
                Arguments.of(List.of("--steps-per-frame", "x"), "--steps-per-frame"),
                Arguments.of(List.of("--frames", "10", "--steps-per-frame", "5", "--steps", "7"), "--steps"),
                Arguments.of(List.of("--step", "999"), "--step"),
                Arguments.of(List.of("--theme", "pink"), "--theme"),
                Arguments.of(List.of("--colormap", "jet"), "--colormap"),
                Arguments.of(List.of("--encoder", "x264"), "--encoder"),
                Arguments.of(List.of("--out", "/no/such/folder/a.gif"), "--out"),
                Arguments.of(List.of("--eps", "-1"), "--eps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneLineExitTwoAndNoFile(List<String> args, String named) throws Exception {
        Path gif = dir.resolve("old.gif");
        Files.writeString(gif, "old");
        List<String> all = new ArrayList<>(List.of("export", "--steps", "20", "--out", gif.toString()));
        all.addAll(args);
        if (args.contains("--out")) {
            all.remove(4);
            all.remove(3);
            all = new ArrayList<>(all.stream().map(a -> a.equals("x.bmp") || a.equals("x.mp4")
                    ? dir.resolve(a).toString() : a).toList());
        }
        CliRunner r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.exitCode).as(r.err).isEqualTo(2);
        assertThat(r.err.lines().count()).isEqualTo(1);
        assertThat(r.err).startsWith("descent export: ").contains(named).doesNotContain("Exception");
        assertThat(Files.readString(gif)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
    }

    @Test
    void exportRunsWithNoDisplayAtAll() throws Exception {
        Path gif = dir.resolve("headless.gif");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classpath, "descent.app.Main", "export", "--surface",
                "rosenbrock", "--frames", "10", "--size", "320x240", "--out", gif.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(frames(gif)).isEqualTo(10);
    }
}
