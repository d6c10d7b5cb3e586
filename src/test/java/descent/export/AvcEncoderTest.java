package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import descent.contour.ColorMap;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvcEncoderTest {

    @TempDir
    Path dir;

    /** A race at a size that is not whole macroblocks, so that the picture is cropped. */
    private static final int WIDTH = 242;
    private static final int HEIGHT = 138;

    private static List<Integer> nalTypes(ByteBuffer stream) {
        List<Integer> types = new ArrayList<>();
        ByteBuffer b = stream.duplicate();
        while (b.remaining() > 4) {
            if (b.get(b.position()) == 0 && b.get(b.position() + 1) == 0 && b.get(b.position() + 2) == 0
                    && b.get(b.position() + 3) == 1) {
                types.add(b.get(b.position() + 4) & 0x1F);
                b.position(b.position() + 5);
            } else {
                b.get();
            }
        }
        return types;
    }

    private static Yuv420 flat(int rgb) {
        Yuv420 p = new Yuv420(WIDTH, HEIGHT);
        int[] pixels = new int[WIDTH * HEIGHT];
        java.util.Arrays.fill(pixels, rgb);
        p.setRgb(pixels);
        return p;
    }

    @Test
    void theFirstPictureIsAKeyPictureAfterTheParameterSetsAndTheNextOnesAreP() {
        AvcEncoder encoder = new AvcEncoder(WIDTH, HEIGHT, 20);
        Yuv420 picture = flat(0x336699);
        assertThat(nalTypes(encoder.encode(picture))).containsExactly(AvcSyntax.SPS, AvcSyntax.PPS, AvcSyntax.IDR);
        for (int i = 1; i < AvcEncoder.KEY_INTERVAL; i++) {
            assertThat(nalTypes(encoder.encode(picture))).containsExactly(AvcSyntax.SLICE);
        }
        assertThat(encoder.nextIsKey()).isTrue();
        assertThat(nalTypes(encoder.encode(picture))).containsExactly(AvcSyntax.SPS, AvcSyntax.PPS, AvcSyntax.IDR);
    }

    @Test
    void aPictureThatDidNotChangeTakesAFewBytes() {
        AvcEncoder encoder = new AvcEncoder(WIDTH, HEIGHT, 20);
        encoder.encode(flat(0x336699));
        // Start code, header, slice header, one run of skipped macroblocks and the trailing bits.
        assertThat(encoder.encode(flat(0x336699)).remaining()).isLessThan(16);
    }

    @Test
    void ffmpegShowsExactlyWhatTheEncoderReconstructedForEveryFrameOfARace() throws Exception {
        assumeTrue(FfmpegEncoder.available(), "ffmpeg is not on the PATH");
        Scenario race = Scenario.defaults("rosenbrock").with(s -> s.withSteps(40));
        FrameSequence seq = new FrameSequence(race, WIDTH, HEIGHT, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        AvcEncoder encoder = new AvcEncoder(WIDTH, HEIGHT, 20);
        Yuv420 picture = new Yuv420(WIDTH, HEIGHT);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ByteArrayOutputStream reconstructed = new ByteArrayOutputStream();
        for (int step = 0; step <= 40; step++) {
            picture.setRgb(seq.render(step));
            ByteBuffer nals = encoder.encode(picture);
            stream.write(nals.array(), nals.position(), nals.remaining());
            Yuv420 r = encoder.reconstruction();
            for (int y = 0; y < HEIGHT; y++) {
                reconstructed.write(r.y, y * r.lumaStride(), WIDTH);
            }
            for (byte[] plane : new byte[][] {r.u, r.v}) {
                for (int y = 0; y < HEIGHT / 2; y++) {
                    reconstructed.write(plane, y * r.chromaStride(), WIDTH / 2);
                }
            }
        }
        Path h264 = Files.write(dir.resolve("race.264"), stream.toByteArray());
        Path yuv = dir.resolve("race.yuv");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-i", h264.toString(), "-f", "rawvideo",
                "-pix_fmt", "yuv420p", yuv.toString()).redirectErrorStream(true).start();
        String errors = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(errors).isEmpty();
        byte[] decoded = Files.readAllBytes(yuv);
        byte[] expected = reconstructed.toByteArray();
        assertThat(decoded.length).isEqualTo(expected.length);
        int frame = WIDTH * HEIGHT * 3 / 2;
        for (int f = 0; f < 41; f++) {
            assertThat(java.util.Arrays.mismatch(decoded, f * frame, (f + 1) * frame, expected, f * frame,
                    (f + 1) * frame)).as("first byte that differs in frame %d", f).isEqualTo(-1);
        }
    }
}
