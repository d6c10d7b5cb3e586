package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code descent run} where fuzzing found it wanting: odd files, failing output, odd input; one line each. */
class RunFaultsTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeviceNamedByCsvIsWrittenToAndNotReplaced() throws Exception {
        Path nul = dir.resolve("null");
        // The same device as /dev/null, made here so that a mistake cannot replace the real one.
        assertThat(new ProcessBuilder("mknod", nul.toString(), "c", "1", "3").start().waitFor()).as("mknod")
                .isZero();
        CliRunner r = CliRunner.run("run", "--steps", "5", "--csv", nul.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(Files.isRegularFile(nul, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.size(nul)).isZero();
        assertThat(names()).containsExactly("null");
    }

    @Test
    void aSymlinkNamedByCsvIsWrittenThroughToItsFile() throws IOException {
        Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        CliRunner r = CliRunner.run("run", "--steps", "5", "--csv", link.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("real.csv"))).startsWith("optimizer,step,x,y,loss\n");
        assertThat(names()).containsExactly("link.csv", "real.csv");
    }

    @Test
    void standardOutputNamedAsAFileIsStandardOutput() throws Exception {
        // /dev/stdout leads here too (see StagingTest); this name cannot be replaced if that ever broke.
        Child c = Child.start(logs, List.of(), List.of(), "run", "--steps", "1", "--optimizers", "sgd", "--csv",
                "/proc/self/fd/1");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).startsWith("optimizer,step,x,y,loss\nsgd,0,");
    }

    @Test
    void aFullDiskOnStandardOutputIsOneLineAndExitOne() throws Exception {
        Child c = Child.start(logs, List.of(), List.of(), Path.of("/dev/full"), "run", "--steps", "1000");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).isEqualTo("descent run: write failed: standard output: No space left on device\n");
    }

    @Test
    void aFullDiskUnderACsvFileIsOneLineAndExitOne() throws IOException {
        // A link to /dev/full is written straight through, and every write to it fails as on a full disk.
        Path csv = Files.createSymbolicLink(dir.resolve("full.csv"), Path.of("/dev/full"));
        CliRunner r = CliRunner.run("run", "--steps", "1000", "--csv", csv.toString());
        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).isEqualTo("descent run: write failed: No space left on device\n");
        assertThat(names()).containsExactly("full.csv");
        // JUnit warns when it removes a link that leads out of its folder.
        Files.delete(csv);
    }

    /** Standard output that takes {@code room} bytes, then fails every write with {@code message}. */
    private static final class Failing extends OutputStream {
        private final String message;
        private long room;
        private int failedWrites;

        Failing(long room, String message) {
            this.room = room;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                failedWrites++;
                throw new IOException(message);
            }
            room -= len;
        }
    }

    @Test
    void aClosedPipeStopsTheRunAtTheFirstFailedWrite() {
        // Ten million steps would take a while: the run must stop at the write that failed, not compute on.
        Failing pipe = new Failing(100_000, "Broken pipe");
        CliRunner r = CliRunner.runTo(pipe, "run", "--steps", "10000000", "--tol", "0", "--optimizers", "sgd");
        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).isEqualTo("descent run: write failed: standard output: Broken pipe\n");
        assertThat(pipe.failedWrites).isEqualTo(1);
    }

    @Test
    void aPipeClosedByItsReaderEndsTheProcess() throws Exception {
        // As `descent run | head -1`: a hundred million steps of eight racers, unless the closed pipe stops it.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "descent.app.Main", "run", "--steps", "100000000", "--tol", "0")
                .redirectError(logs.resolve("pipe-err.txt").toFile()).start();
        try (InputStream out = run.getInputStream()) {
            assertThat(new String(out.readNBytes(24), StandardCharsets.UTF_8)).isEqualTo("optimizer,step,x,y,loss\n");
        }
        assertThat(run.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("ended once its reader left").isTrue();
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(Files.readString(logs.resolve("pipe-err.txt")))
                .isEqualTo("descent run: write failed: standard output: Broken pipe\n");
    }

    @Test
    void aPathThatStopsShortIsNamedWhenWritingAFileToo() throws IOException {
        Path csv = dir.resolve("saddle.csv");
        CliRunner r = CliRunner.run("run", "--surface", "saddle", "--steps", "300", "--optimizers", "sgd,adam",
                "--csv", csv.toString());
        assertThat(r.exitCode).isZero();
        assertThat(r.err).isEqualTo("descent run: sgd escaped at 56, adam escaped at 36; their rows stop there\n");
        // Steps 0 to 56: the row of the step that ended the path is the last.
        assertThat(Files.readAllLines(csv).stream().filter(l -> l.startsWith("sgd,"))).hasSize(57);
    }

    @Test
    void aNameOfTwoHundredAndFiftyCharactersIsWritten() throws IOException {
        Path csv = dir.resolve("a".repeat(250) + ".csv");
        CliRunner r = CliRunner.run("run", "--steps", "2", "--csv", csv.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(names()).containsExactly(csv.getFileName().toString());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                // Long.parseLong takes Arabic-Indic digits; a seed is written in ASCII ones.
                Arguments.of(List.of("--seed", "١٢٣"), "descent run: --seed must be a whole number (got '١٢٣')"),
                Arguments.of(List.of("--seed", "12345678901234567890"), "descent run: --seed must be a whole number"),
                Arguments.of(List.of("--scenario", "/dev/zero"), "descent run: --scenario /dev/zero is not a regular "
                        + "file"),
                Arguments.of(List.of("--csv", "/no/such/folder/a.csv"), "descent run: --csv: folder /no/such/folder "
                        + "does not exist"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneLineAndExitTwo(List<String> args, String line) {
        List<String> all = new java.util.ArrayList<>(List.of("run", "--steps", "3"));
        all.addAll(args);
        CliRunner r = CliRunner.run(all.toArray(String[]::new));
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1).allMatch(l -> l.startsWith(line));
        assertThat(r.out).isEmpty();
    }

    @Test
    void scenariosBeyondTheParsersLimitsAreBadInputNotInternalErrors() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"steps\":" + "[".repeat(100_000) + "}");
        Path digits = Files.writeString(dir.resolve("digits.json"), "{\"steps\":" + "1".repeat(5000) + "}");
        Path text = Files.writeString(dir.resolve("text.json"), "{\"surface\":\"" + "x".repeat(200_000) + "\"}");
        for (Path p : List.of(deep, digits, text)) {
            CliRunner r = CliRunner.run("run", "--scenario", p.toString());
            assertThat(r.exitCode).as(r.err).isEqualTo(2);
            assertThat(r.err.lines()).hasSize(1).allMatch(l -> l.startsWith("descent run: --scenario " + p + ": "));
            assertThat(r.err).doesNotContain("internal error");
        }
    }

    @Test
    void aNewlineInAPathIsShownEscapedOnOneLine() {
        CliRunner r = CliRunner.run("run", "--csv", dir.resolve("a\nb").resolve("c.csv").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.err).contains("a\\nb");
    }

    @Test
    void aHugeArgumentIsCutShortInTheMessage() {
        CliRunner r = CliRunner.run("run", "--surface", "x".repeat(1_000_000));
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(r.err.length()).isLessThan(500);
        assertThat(r.err).startsWith("descent run: --surface must be one of ").contains("…").endsWith("xxx')\n");
    }
}
