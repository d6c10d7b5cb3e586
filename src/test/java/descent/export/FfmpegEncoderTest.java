package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ffmpeg encoder's handling of its process, with a shell stand-in for ffmpeg so that it runs where ffmpeg is
 * not installed: frames go down the pipe, a failure says what the process said, and closing kills it.
 */
class FfmpegEncoderTest {

    @TempDir
    Path dir;

    private final AtomicReference<Process> started = new AtomicReference<>();

    /** A launcher that starts {@code sh -c script} instead of the ffmpeg command line, with the output file as $1. */
    private FfmpegEncoder.Launcher standIn(String script, Path file) {
        return command -> {
            assertThat(command).contains("rawvideo", file.toString());
            Process p = new ProcessBuilder("sh", "-c", script, "sh", file.toString()).redirectErrorStream(true)
                    .start();
            started.set(p);
            return p;
        };
    }

    @Test
    void framesArePipedAsRgbBytes() throws IOException {
        Path file = dir.resolve("a.mp4");
        try (FfmpegEncoder video = new FfmpegEncoder(file, 4, 2, 10, standIn("cat > \"$1\"", file))) {
            for (int i = 0; i < 3; i++) {
                video.encode(new int[] {0x102030, 0, 0, 0, 0, 0, 0, 0xFFFFFF});
            }
            video.finish();
        }
        // 3 frames of 4 × 2 pixels, 3 bytes each.
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(72);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0x10, 0x20, 0x30);
    }

    @Test
    void aFailureSaysWhatFfmpegSaidAndKeepsNoLogFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long logsBefore = ffmpegLogs(tmp);
        Path file = dir.resolve("a.mp4");
        try (FfmpegEncoder video = new FfmpegEncoder(file, 4, 2, 10,
                standIn("cat > /dev/null; echo 'Unknown encoder libx264' >&2; exit 1", file))) {
            video.encode(new int[8]);
            assertThatThrownBy(video::finish).isInstanceOf(IOException.class)
                    .hasMessage("ffmpeg failed: Unknown encoder libx264");
        }
        assertThat(ffmpegLogs(tmp)).isEqualTo(logsBefore);
    }

    private static long ffmpegLogs(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("descent-ffmpeg")).count();
        }
    }

    @Test
    void closingWithoutFinishingKillsTheProcess() throws Exception {
        Path file = dir.resolve("a.mp4");
        try (FfmpegEncoder video = new FfmpegEncoder(file, 4, 2, 10, standIn("cat > \"$1\"", file))) {
            video.encode(new int[8]);
            assertThat(started.get().isAlive()).isTrue();
        }
        // close() waits for it to end, so that nothing writes to the file once it is removed.
        assertThat(started.get().isAlive()).isFalse();
    }

    @Test
    void aProcessThatStopsEarlyFailsTheNextFrameWithItsLastWords() throws Exception {
        Path file = dir.resolve("a.mp4");
        try (FfmpegEncoder video = new FfmpegEncoder(file, 512, 512, 10,
                standIn("echo 'No space left on device'; exit 1", file))) {
            started.get().waitFor();
            // A frame larger than the pipe's buffer, so that the write meets the closed pipe.
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10; i++) {
                    video.encode(new int[512 * 512]);
                }
                video.finish();
            }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
        }
    }

    @Test
    void theCommandLineAsksForH264InMp4ToTheGivenFile() throws IOException {
        Path file = dir.resolve("a.mp4");
        AtomicReference<List<String>> seen = new AtomicReference<>();
        new FfmpegEncoder(file, 4, 2, 25, command -> {
            seen.set(command);
            return new ProcessBuilder("true").start();
        }).close();
        assertThat(seen.get()).containsSubsequence("-f", "rawvideo", "-s", "4x2", "-r", "25", "-i", "-")
                .containsSubsequence("-c:v", "libx264", "-f", "mp4", file.toString());
    }
}
