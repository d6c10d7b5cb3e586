package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.contour.ColorMap;
import descent.export.Exporter.Format;
import descent.export.Exporter.Plan;
import descent.export.Exporter.Request;
import descent.export.Exporter.VideoBackend;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports that fail part-way: nothing half-written is left, an older file is kept, helpers are stopped. */
class ExporterFaultsTest {

    @TempDir
    Path dir;

    private static final Scenario QUADRATIC = Scenario.defaults("quadratic").with(s -> s.withSteps(30));

    private static Request request(Path out, int frames, boolean saveScenario, VideoBackend backend) {
        return new Request(QUADRATIC, out, Format.of(out), 160, 120, 10, new Plan(0, 30, frames), 30,
                ColorMap.VIRIDIS, Theme.LIGHT, saveScenario, backend);
    }

    /** Progress that fails with a full disk once {@code at} frames are done, and runs {@code first} before. */
    private static Exporter.Progress failingAt(int at, Runnable first) {
        return new Exporter.Progress() {
            @Override
            public void update(int done, int total) {
                if (done == at - 1) {
                    first.run();
                }
                if (done == at) {
                    throw new UncheckedIOException(new IOException("No space left on device"));
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPngSequenceThatFailsHalfWayLeavesNoFrameAndNoFolder() throws IOException {
        assertThatThrownBy(() -> Exporter.export(request(dir.resolve("f-%03d.png"), 10, false, VideoBackend.JCODEC),
                failingAt(6, () -> { }))).hasMessageContaining("No space left");
        assertThat(names()).isEmpty();
    }

    @Test
    void aScenarioThatCannotBeWrittenBesideThePictureLeavesTheOldPicture() throws IOException {
        Path gif = Files.writeString(dir.resolve("race.gif"), "old");
        Path json = dir.resolve("race.json");
        // Checked free before the export; by the end its place is taken by a folder that is not empty.
        Exporter.Progress takeItsPlace = new Exporter.Progress() {
            @Override
            public void update(int done, int total) {
                if (done == total) {
                    try {
                        Files.createDirectory(json);
                        Files.writeString(json.resolve("keep"), "");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> Exporter.export(request(gif, 4, true, VideoBackend.JCODEC), takeItsPlace))
                .hasMessageContaining("race.json");
        assertThat(Files.readString(gif)).isEqualTo("old");
        assertThat(names()).containsExactly("race.gif", "race.json");
        assertThat(Files.isDirectory(json)).isTrue();
    }

    @Test
    void anFfmpegExportThatFailsStopsFfmpegAndLeavesNothing() throws Exception {
        Path mp4 = Files.writeString(dir.resolve("a.mp4"), "old");
        Path ffmpeg = standInFfmpeg(dir.resolveSibling(dir.getFileName() + "-bin"));
        List<ProcessHandle> helpers = new ArrayList<>();
        String before = System.getProperty("descent.ffmpeg");
        System.setProperty("descent.ffmpeg", ffmpeg.toString());
        try {
            assertThatThrownBy(() -> Exporter.export(request(mp4, 10, false, VideoBackend.FFMPEG), failingAt(4,
                    () -> ProcessHandle.current().children().forEach(helpers::add))))
                    .hasMessageContaining("No space left");
        } finally {
            restore("descent.ffmpeg", before);
        }
        assertThat(helpers).as("the stand-in was running").isNotEmpty();
        assertThat(helpers).noneMatch(ProcessHandle::isAlive);
        assertThat(Files.readString(mp4)).isEqualTo("old");
        assertThat(names()).containsExactly("a.mp4");
    }

    /** A shell script that stands in for ffmpeg: it has libx264, and copies its input to the file named last. */
    static Path standInFfmpeg(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path script = folder.resolve("ffmpeg");
        Files.writeString(script, "#!/bin/sh\n"
                + "for last in \"$@\"; do :; done\n"
                + "case \"$2\" in -encoders) echo ' V..... libx264'; exit 0;; esac\n"
                + "exec cat > \"$last\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aPngThatMeetsAFullDiskFailsWithTheDisksWordsAndPrintsNothing() throws IOException {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true));
        try {
            assertThatThrownBy(() -> Png.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), full))
                    .isInstanceOf(IOException.class).hasMessage("No space left on device");
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void aRaceTooLargeForMemoryIsRefusedBeforeItIsComputed() {
        // 8 racers of 1000 steps: 24 bytes × 1001 points × (8 + 2) = 240,240 bytes at most.
        var sim = Scenario.defaults("quadratic").simulation().withSteps(1000);
        assertThat(sim.runBytes()).isEqualTo(240_240);
        Exporter.checkMemory(sim, 240_240);
        assertThatThrownBy(() -> Exporter.checkMemory(sim, 240_239)).isInstanceOf(LimitException.class)
                .hasMessageContaining("1000 steps of 8 racers").hasMessageContaining("fewer steps");
    }
}
