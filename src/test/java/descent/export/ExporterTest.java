package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import descent.contour.ColorMap;
import descent.export.Exporter.Format;
import descent.export.Exporter.Plan;
import descent.export.Exporter.Request;
import descent.export.Exporter.VideoBackend;
import descent.math.Vec2;
import descent.render.Theme;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExporterTest {

    @TempDir
    Path dir;

    private static final Scenario QUADRATIC = Scenario.defaults("quadratic").with(s -> s.withSteps(30));

    private Request request(Path out, int frames, int width, int height) {
        return new Request(QUADRATIC, out, Format.of(out), width, height, 10, new Plan(0, 30, frames), 30,
                ColorMap.VIRIDIS, Theme.LIGHT, false, VideoBackend.JCODEC);
    }

    @Test
    void aGifHasTheAskedFramesAndSizeAndLoops() throws Exception {
        Path gif = dir.resolve("a.gif");
        Exporter.export(request(gif, 16, 320, 240), Exporter.Progress.NONE);
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertThat(r.getNumImages(true)).isEqualTo(16);
        assertThat(r.getWidth(0)).isEqualTo(320);
        assertThat(r.getHeight(0)).isEqualTo(240);
        assertThat(GifWriterTest.loops(Files.readAllBytes(gif))).isZero();
    }

    @Test
    void theGifsFirstFrameIsTheRenderedFrameInItsPalette() throws Exception {
        Path gif = dir.resolve("a.gif");
        Exporter.export(request(gif, 4, 200, 150), Exporter.Progress.NONE);
        java.awt.image.BufferedImage decoded = ImageIO.read(gif.toFile());
        FrameSequence seq = new FrameSequence(QUADRATIC, 200, 150, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        int[] rendered = seq.render(0);
        long close = 0;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                int a = decoded.getRGB(x, y);
                int b = rendered[y * 200 + x];
                int d = Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                        + Math.abs((a & 255) - (b & 255));
                if (d <= 24) {
                    close++;
                }
            }
        }
        // Flat bands are exact; only anti-aliased edges are approximated by the palette.
        assertThat(close).isGreaterThan(150L * 200 * 97 / 100);
    }

    @Test
    void anMp4DecodesBackToTheAskedFrames() throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        Exporter.export(request(mp4, 12, 160, 120), Exporter.Progress.NONE);
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            int frames = 0;
            while (grab.getNativeFrame() != null) {
                frames++;
            }
            assertThat(frames).isEqualTo(12);
        }
    }

    @Test
    void theJavaEncoderWritesConstrainedBaselineTaggedAsItsColoursWereConverted() throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        Exporter.export(request(mp4, 12, 162, 122), Exporter.Progress.NONE);
        Mp4Probe probe = Mp4Probe.of(mp4);
        assertThat(probe.frames()).isEqualTo(12);
        assertThat(probe.width()).isEqualTo(162);
        assertThat(probe.height()).isEqualTo(122);
        assertThat(probe.profile()).isEqualTo(66);
        assertThat(probe.matrix()).isEqualTo(Mp4Probe.BT601);
        assertThat(probe.fullRange()).isFalse();
    }

    @Test
    void ffmpegWritesTheAskedFramesTaggedAsTheirColoursWereConverted() throws Exception {
        assumeTrue(FfmpegEncoder.available(), "ffmpeg with libx264 is not on the PATH");
        Path mp4 = dir.resolve("a.mp4");
        Request r = request(mp4, 12, 160, 120);
        Exporter.export(new Request(r.scenario(), r.out(), r.format(), r.width(), r.height(), r.fps(), r.plan(),
                r.step(), r.colorMap(), r.theme(), false, VideoBackend.FFMPEG), Exporter.Progress.NONE);
        Mp4Probe probe = Mp4Probe.of(mp4);
        assertThat(probe.frames()).isEqualTo(12);
        assertThat(probe.width()).isEqualTo(160);
        assertThat(probe.height()).isEqualTo(120);
        assertThat(probe.matrix()).isEqualTo(Mp4Probe.BT601);
        assertThat(probe.fullRange()).isFalse();
    }

    @Test
    void anSvgIsXmlWithAnSvgRootAndVectorTrails() throws Exception {
        Path svg = dir.resolve("a.svg");
        Exporter.export(request(svg, 1, 640, 480), Exporter.Progress.NONE);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("640");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isGreaterThanOrEqualTo(16);
        assertThat(doc.getElementsByTagName("image").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("text").getLength()).isGreaterThan(10);
    }

    @Test
    void theCsvIsWhatRunWrites() throws Exception {
        Path csv = dir.resolve("a.csv");
        Exporter.export(request(csv, 1, 100, 100), Exporter.Progress.NONE);
        StringWriter expected = new StringWriter();
        TrajectoryCsv.write(QUADRATIC.simulation(), new BufferedWriter(expected));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aStartWithNoFiniteLossStillExportsItsPictureAndAnEmptyCsv() throws Exception {
        // ½(x² + κy²) overflows at (1e300, 1e300): no optimizer has a point to draw.
        Scenario overflow = QUADRATIC.with(s -> s.withStart(new descent.math.Vec2(1e300, 1e300)));
        for (String name : new String[] {"none.png", "none.svg", "none.csv"}) {
            Path out = dir.resolve(name);
            Exporter.export(new Request(overflow, out, Format.of(out), 200, 150, 10, new Plan(0, 30, 1), 30,
                    ColorMap.VIRIDIS, Theme.LIGHT, false, VideoBackend.JCODEC), Exporter.Progress.NONE);
            assertThat(out).exists();
        }
        assertThat(Files.readString(dir.resolve("none.csv"), StandardCharsets.UTF_8))
                .isEqualTo(TrajectoryCsv.HEADER + "\n");
    }

    @Test
    void aPngIsOneFrameAndAPatternMakesANumberedSequence() throws Exception {
        Exporter.export(request(dir.resolve("one.png"), 1, 300, 200), Exporter.Progress.NONE);
        assertThat(ImageIO.read(dir.resolve("one.png").toFile()).getWidth()).isEqualTo(300);
        Exporter.Result r = Exporter.export(request(dir.resolve("f-%03d.png"), 5, 120, 90), Exporter.Progress.NONE);
        assertThat(r.files()).hasSize(5);
        assertThat(dir.resolve("f-004.png")).exists();
        assertThat(ImageIO.read(dir.resolve("f-002.png").toFile()).getHeight()).isEqualTo(90);
    }

    @Test
    void theScenarioBesideTheFileReproducesIt() throws Exception {
        Path gif = dir.resolve("race.gif");
        Request r = request(gif, 3, 100, 80);
        Exporter.export(new Request(r.scenario(), gif, r.format(), 100, 80, 10, r.plan(), 30, r.colorMap(),
                r.theme(), true, r.backend()), Exporter.Progress.NONE);
        Scenario back = ScenarioJson.read(dir.resolve("race.json"), "test");
        assertThat(back.simulation().run().get(0).point(30)).isEqualTo(QUADRATIC.simulation().run().get(0).point(30));
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path gif = dir.resolve("a.gif");
        Files.writeString(gif, "old");
        Exporter.Progress cancelAtFive = new Exporter.Progress() {
            private int done;

            @Override
            public void update(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 5;
            }
        };
        assertThatThrownBy(() -> Exporter.export(request(gif, 20, 160, 120), cancelAtFive))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(gif)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
    }

    @Test
    void aFailedWriteLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        Files.writeString(mp4, "old");
        Exporter.Progress failing = new Exporter.Progress() {
            @Override
            public void update(int d, int total) {
                if (d == 3) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> Exporter.export(request(mp4, 10, 160, 120), failing))
                .hasMessageContaining("No space left");
        assertThat(Files.readString(mp4)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(mp4);
        }
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> Exporter.export(request(dir.resolve("no/such/a.gif"), 3, 100, 100),
                Exporter.Progress.NONE)).isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void framesShowEvenlySpacedSteps() {
        Plan p = new Plan(0, 30, 16);
        assertThat(p.step(0)).isZero();
        assertThat(p.step(15)).isEqualTo(30);
        assertThat(p.step(1)).isEqualTo(2);
        assertThat(new Plan(0, 199, 200).step(57)).isEqualTo(57);
    }
}
