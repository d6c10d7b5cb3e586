package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class View3DExportTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPngInThreeDIsWrittenAtItsSizeAndDiffersFromThePlotSeenFromAbove() throws Exception {
        Path flat = dir.resolve("flat.png");
        Path tilted = dir.resolve("tilted.png");
        Path top = dir.resolve("top.png");
        for (Object[] run : new Object[][] {{flat, null}, {tilted, "30,35"}, {top, "0,90"}}) {
            List<String> args = new java.util.ArrayList<>(List.of("export", "--surface", "wells", "--steps", "50",
                    "--size", "400x300", "--out", run[0].toString()));
            if (run[1] != null) {
                args.addAll(List.of("--view3d", (String) run[1]));
            }
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode).as(r.err).isZero();
        }
        BufferedImage a = ImageIO.read(tilted.toFile());
        assertThat(a.getWidth()).isEqualTo(400);
        assertThat(a.getHeight()).isEqualTo(300);
        assertThat(differing(a, ImageIO.read(flat.toFile()))).isGreaterThan(0.2);
        // From straight above the mesh lies where the contour plot does: most pixels alike, not all (the shading
        // and the facets' edges differ from the plot's raster).
        assertThat(differing(ImageIO.read(top.toFile()), ImageIO.read(flat.toFile()))).isLessThan(0.2);
    }

    /** The share of pixels whose colours differ by more than 48 in some channel. */
    private static double differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)) > 48) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n / (double) (a.getWidth() * a.getHeight());
    }

    @Test
    void anSvgInThreeDHoldsTheFacetsAndTheLegend() throws Exception {
        Path svg = dir.resolve("wells.svg");
        CliRunner r = CliRunner.run("export", "--surface", "wells", "--steps", "50", "--view3d", "30,35",
                "--out", svg.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text.split("<polygon", -1).length).isGreaterThan(1000);
        assertThat(text).contains("Adam", "azimuth 30°, elevation 35°");
    }

    @Test
    void anOrbitingGifHasItsFramesAndTheCameraTurnsBetweenThem() throws Exception {
        Path gif = dir.resolve("orbit.gif");
        CliRunner r = CliRunner.run("export", "--surface", "wells", "--steps", "40", "--frames", "8",
                "--size", "320x240", "--orbit", "--out", gif.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertThat(reader.getNumImages(true)).isEqualTo(8);
        // As numbered PNGs, whole frames: a quarter turn apart, frames 0 and 2 show the surface from other sides.
        r = CliRunner.run("export", "--surface", "wells", "--steps", "40", "--frames", "8", "--size", "320x240",
                "--orbit", "--out", dir.resolve("orbit-%04d.png").toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(names()).contains("orbit-0000.png", "orbit-0007.png").doesNotContain("orbit-0008.png");
        BufferedImage first = ImageIO.read(dir.resolve("orbit-0000.png").toFile());
        assertThat(differing(first, ImageIO.read(dir.resolve("orbit-0002.png").toFile()))).isGreaterThan(0.1);
        // At the same step and camera, the same picture: the orbit starts where --view3d (by default 30,35) looks.
        Path still = dir.resolve("still.png");
        r = CliRunner.run("export", "--surface", "wells", "--steps", "40", "--step", "0", "--size", "320x240",
                "--view3d", "30,35", "--out", still.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(differing(first, ImageIO.read(still.toFile()))).isLessThan(0.01);
    }

    static Stream<List<String>> badCombinations() {
        return Stream.of(
                List.of("--view3d", "30,35", "--out", "race.csv"),
                List.of("--orbit", "--out", "one.png"),
                List.of("--orbit", "--out", "one.svg"),
                List.of("--view3d", "30,95", "--out", "race.png"),
                List.of("--view3d", "30", "--out", "race.png"),
                List.of("--view3d", "a,b", "--out", "race.gif"),
                List.of("--view3d", "30,35", "--inspect", "adam", "--out", "race.png"));
    }

    @ParameterizedTest
    @MethodSource("badCombinations")
    void aBadCombinationExitsTwoWithOneLineAndWritesNothing(List<String> args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("export", "--steps", "5", "--size", "64x48"));
        for (String a : args) {
            all.add(a.contains(".") && !a.contains(",") ? dir.resolve(a).toString() : a);
        }
        CliRunner r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1).allMatch(l -> l.startsWith("descent export: --"));
        assertThat(names()).isEmpty();
    }
}
