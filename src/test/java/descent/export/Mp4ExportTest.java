package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import descent.contour.ColorMap;
import descent.export.Exporter.Format;
import descent.export.Exporter.Plan;
import descent.export.Exporter.Request;
import descent.export.Exporter.VideoBackend;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What anyone can check of the MP4s Descent's own H.264 encoder writes without ffmpeg: pictures, sizes, failures. */
class Mp4ExportTest {

    @TempDir
    Path dir;

    private static final Scenario QUADRATIC = Scenario.defaults("quadratic").with(s -> s.withSteps(30));
    private static final int WIDTH = 200;
    private static final int HEIGHT = 150;

    private static Request request(Path out, Plan plan, long step, VideoBackend backend) {
        return new Request(QUADRATIC, out, Format.of(out), WIDTH, HEIGHT, 10, plan, step, ColorMap.VIRIDIS,
                Theme.LIGHT, false, backend);
    }

    /** Steps 0 to 30, one a frame. */
    private static final Plan RACE = new Plan(0, 30, 31);

    private Path export(String name, Plan plan, VideoBackend backend) throws Exception {
        Path out = dir.resolve(name);
        Exporter.export(request(out, plan, plan.lastStep(), backend), Exporter.Progress.NONE);
        return out;
    }

    private BufferedImage png(long step) throws Exception {
        Path out = dir.resolve("step" + step + ".png");
        Exporter.export(request(out, new Plan(0, 30, 1), step, VideoBackend.JCODEC), Exporter.Progress.NONE);
        return ImageIO.read(out.toFile());
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /**
     * How far a decoded picture is from an image: the mean difference per channel (levels of 255), and the share of
     * pixels whose three channels differ by more than 48 in all. The picture is turned back into RGB as a player
     * does, by BT.601 in limited range (JCodec keeps its samples less 128), each chroma sample for 2 x 2 pixels.
     */
    private static double[] difference(Picture decoded, BufferedImage image) {
        byte[] luma = decoded.getPlaneData(0);
        byte[] cb = decoded.getPlaneData(1);
        byte[] cr = decoded.getPlaneData(2);
        int lw = decoded.getPlaneWidth(0);
        int cw = decoded.getPlaneWidth(1);
        long sum = 0;
        int far = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double l = 1.164 * (luma[y * lw + x] + 128 - 16);
                int u = cb[(y / 2) * cw + x / 2];
                int v = cr[(y / 2) * cw + x / 2];
                int c = image.getRGB(x, y);
                int d = Math.abs(clamp(l + 1.596 * v) - ((c >> 16) & 255))
                        + Math.abs(clamp(l - 0.392 * u - 0.813 * v) - ((c >> 8) & 255))
                        + Math.abs(clamp(l + 2.017 * u) - (c & 255));
                sum += d;
                if (d > 48) {
                    far++;
                }
            }
        }
        return new double[] {sum / (3.0 * WIDTH * HEIGHT), far / (double) (WIDTH * HEIGHT)};
    }

    @Test
    void eachFrameShowsThePngOfItsStepWithinAFewLevels() throws Exception {
        Path mp4 = export("race.mp4", RACE, VideoBackend.JCODEC);
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            for (int step = 0; step <= 30; step++) {
                Picture decoded = grab.getNativeFrame();
                if (step % 10 != 0) {
                    continue;
                }
                double[] d = difference(decoded, png(step));
                // Flat bands come through within a level or two; thin coloured lines lose some colour to 4:2:0.
                assertThat(d[0]).as("mean difference per channel at step %d", step).isLessThan(3);
                assertThat(d[1]).as("share of pixels off by more than 48 at step %d", step).isLessThan(0.05);
                if (step > 0) {
                    assertThat(d[0]).as("step %d is nearer its own PNG than step %d's", step, step - 10)
                            .isLessThan(difference(decoded, png(step - 10))[0]);
                }
            }
            assertThat(grab.getNativeFrame()).as("a frame after the last").isNull();
        }
    }

    @Test
    void framesThatDoNotChangeCostAFewBytesAndMotionCostsLessThanAKeyPictureAFrame() throws Exception {
        long one = Files.size(export("one.mp4", new Plan(30, 30, 1), VideoBackend.JCODEC));
        long still = Files.size(export("still.mp4", new Plan(30, 30, 31), VideoBackend.JCODEC));
        long race = Files.size(export("race.mp4", RACE, VideoBackend.JCODEC));
        // 30 more pictures of the same step: a skipped slice and the MP4's index entries for each.
        assertThat(still).isGreaterThan(one).isLessThan(one + 30 * 40);
        // The racers move: only the macroblocks they cross are coded, far less than a picture each.
        assertThat(race).isGreaterThan(still).isLessThan(one * 31 / 5);
        long gif = Files.size(export("race.gif", RACE, VideoBackend.JCODEC));
        assertThat(race).as("the MP4 beside the GIF of the same frames").isLessThan(gif);
    }

    @Test
    void ffmpegsFileIsSmallerAndTheJavaEncodersWithinTwiceIts() throws Exception {
        assumeTrue(FfmpegEncoder.available(), "ffmpeg with libx264 is not on the PATH");
        long java = Files.size(export("java.mp4", RACE, VideoBackend.JCODEC));
        long ffmpeg = Files.size(export("ffmpeg.mp4", RACE, VideoBackend.FFMPEG));
        assertThat(ffmpeg).isLessThan(java);
        assertThat(java).isLessThan(2 * ffmpeg);
    }

    @Test
    void aCancelledMp4LeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path mp4 = dir.resolve("a.mp4");
        Files.writeString(mp4, "old");
        Exporter.Progress cancelAtTen = new Exporter.Progress() {
            private int done;

            @Override
            public void update(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 10;
            }
        };
        assertThatThrownBy(() -> Exporter.export(request(mp4, RACE, 30, VideoBackend.JCODEC), cancelAtTen))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(mp4)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(mp4);
        }
    }
}
