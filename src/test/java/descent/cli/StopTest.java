package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.export.Temporaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An export stopped half-way by Ctrl-C, a SIGTERM or a kill -9: its temporary files go, and so does its ffmpeg.
 * Each test starts a long export in a JVM of its own, waits until it is writing, then stops it.
 */
class StopTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    /** Enough frames that the export is still writing when it is stopped. */
    private static final String MANY = "100000";

    private List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean writing() {
        return names().stream().anyMatch(Temporaries::isTemporary);
    }

    private static void assertEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void sigtermDuringAGifRemovesItsTemporaryFile() throws Exception {
        Files.writeString(dir.resolve("race.gif"), "old");
        Child c = Child.start(logs, List.of(), List.of(), "export", "--frames", MANY, "--size", "320x240", "--out",
                dir.resolve("race.gif").toString());
        Child.await("the export is writing", this::writing);
        c.process.destroy();
        assertThat(c.exitCode()).isEqualTo(128 + 15);
        assertThat(names()).containsExactly("race.gif");
        assertThat(Files.readString(dir.resolve("race.gif"))).isEqualTo("old");
        assertThat(c.err()).doesNotContain("Exception");
        assertEmpty(c.tmp);
    }

    @Test
    void ctrlCDuringAPngSequenceRemovesItsFolder() throws Exception {
        // A shell that starts a job in the background makes it ignore SIGINT; env puts the default back.
        Child c = Child.start(logs, List.of("env", "--default-signal=INT"), List.of(), "export", "--frames", MANY,
                "--size", "160x120", "--out", dir.resolve("f-%06d.png").toString());
        Child.await("the export is writing frames", () -> writing() && framesStaged() > 2);
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(c.process.pid())).start().waitFor()).isZero();
        assertThat(c.exitCode()).isEqualTo(128 + 2);
        assertThat(names()).isEmpty();
        assertThat(c.err()).doesNotContain("Exception");
        assertEmpty(c.tmp);
    }

    private long framesStaged() {
        try (Stream<Path> files = Files.list(dir)) {
            Optional<Path> folder = files.filter(p -> Temporaries.isTemporary(p.getFileName().toString()))
                    .findFirst();
            if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
                return 0;
            }
            try (Stream<Path> frames = Files.list(folder.get())) {
                return frames.count();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void killMinus9LeavesOneFolderThatTheNextWriteOfTheSameTargetRemoves() throws Exception {
        String pattern = dir.resolve("f-%06d.png").toString();
        Child c = Child.start(logs, List.of(), List.of(), "export", "--frames", MANY, "--size", "160x120", "--out",
                pattern);
        Child.await("the export is writing frames", () -> framesStaged() > 2);
        c.process.destroyForcibly();
        assertThat(c.exitCode()).isEqualTo(128 + 9);
        assertThat(names()).hasSize(1).allMatch(Temporaries::isTemporary);
        // Another target's write leaves it: it is not its to judge.
        assertThat(CliRunner.run("export", "--frames", "2", "--size", "64x48", "--out", dir.resolve("g-%d.png")
                .toString()).exitCode).isZero();
        assertThat(names()).hasSize(3).anyMatch(Temporaries::isTemporary);
        assertThat(CliRunner.run("export", "--frames", "2", "--size", "64x48", "--out", pattern).exitCode).isZero();
        assertThat(names()).containsExactly("f-000000.png", "f-000001.png", "g-0.png", "g-1.png");
    }

    /**
     * The ffmpeg an export uses: a shell stand-in that copies its input to its output file (so that these tests run
     * where ffmpeg is absent), and the real one when it is on the PATH, else the stand-in again.
     */
    static Stream<String> ffmpegs() {
        boolean real = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "ffmpeg")));
        return Stream.of("stand-in", real ? "ffmpeg" : "stand-in (ffmpeg is not on the PATH)");
    }

    private String ffmpeg(String which) throws IOException {
        if (which.equals("ffmpeg")) {
            return "ffmpeg";
        }
        Path script = logs.resolve("ffmpeg");
        Files.writeString(script, "#!/bin/sh\n"
                + "for last in \"$@\"; do :; done\n"
                + "case \"$2\" in -encoders) echo ' V..... libx264'; exit 0;; esac\n"
                + "exec cat > \"$last\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    private Child mp4(String which) throws Exception {
        Child c = Child.start(logs, List.of(), List.of("-Ddescent.ffmpeg=" + ffmpeg(which)), "export", "--frames",
                MANY, "--size", "320x240", "--encoder", "ffmpeg", "--out", dir.resolve("race.mp4").toString());
        Child.await("ffmpeg is encoding", () -> writing() && c.process.children().findAny().isPresent());
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ffmpegs")
    void sigtermStopsFfmpegAndRemovesItsFile(String which) throws Exception {
        Child c = mp4(which);
        ProcessHandle ffmpeg = c.process.children().findFirst().orElseThrow();
        c.process.destroy();
        assertThat(c.exitCode()).isEqualTo(128 + 15);
        // Java waits for it to end before it removes the file, so that it cannot write the file anew.
        assertThat(Child.ended(ffmpeg)).as(ffmpeg.info().toString()).isTrue();
        assertThat(names()).isEmpty();
        assertEmpty(c.tmp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ffmpegs")
    void ffmpegEndsWhenJavaIsKilledOutrightAndTheNextWriteCleansUp(String which) throws Exception {
        Child c = mp4(which);
        ProcessHandle ffmpeg = c.process.children().findFirst().orElseThrow();
        c.process.destroyForcibly();
        assertThat(c.exitCode()).isEqualTo(128 + 9);
        // Its input was Java's pipe: with Java gone it reads the end of its input and ends.
        Child.await("ffmpeg ended", () -> Child.ended(ffmpeg));
        assertThat(names()).hasSize(1).allMatch(Temporaries::isTemporary);
        assertEmpty(c.tmp);
        CliRunner again = CliRunner.run("export", "--frames", "2", "--size", "64x48", "--encoder", "jcodec", "--out",
                dir.resolve("race.mp4").toString());
        assertThat(again.exitCode).as(again.err).isZero();
        assertThat(names()).containsExactly("race.mp4");
    }
}
