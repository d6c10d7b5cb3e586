package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code descent --screenshot FILE --size WxH}, run as a user runs it: a separate JVM (on Monocle's headless glass). */
class ScreenshotOptionTest {

    @TempDir
    Path dir;

    private static Process start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    private static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200", "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.add("descent.app.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void writesAPngOfTheRequestedSizeAndExits() throws Exception {
        Path png = dir.resolve("shot.png");
        Path log = dir.resolve("log.txt");
        Process p = start(log, "--surface", "saddle", "--steps", "60", "--screenshot", png.toString(), "--size",
                "900x600");
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(600);
        // Not a blank window: the contour fills a good part of it with many colours.
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 600; y += 7) {
            for (int x = 0; x < 900; x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(50);
    }

    @Test
    void aWindowOpenedIn3dReachesItsFirstFrame() throws Exception {
        // The first frame releases the work held until then (tooltips, typeset formulas, the Lessons menu); a window
        // opened in 3-D waited for the flat plot, which it does not show, and never got there.
        Path log = dir.resolve("log.txt");
        Process p = start(log, List.of("-Ddescent.start=exit"), "--surface", "himmelblau", "--view3d", "30,35");
        boolean exited = p.waitFor(90, TimeUnit.SECONDS);
        p.destroyForcibly();
        assertThat(exited).as("reached its first frame").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void aBadSizeIsRefusedInOneLineAndNoFileIsWritten() throws Exception {
        Path png = dir.resolve("shot.png");
        Path log = dir.resolve("log.txt");
        Process p = start(log, "--screenshot", png.toString(), "--size", "12x9000");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("descent")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("--size").contains("WIDTHxHEIGHT");
        assertThat(png).doesNotExist();
    }
}
