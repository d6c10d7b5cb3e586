package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code descent export} where fuzzing found it wanting: names, memory, full disks; one line each, no file left. */
class ExportFaultsTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Stream<List<String>> badNames() {
        return Stream.of(
                List.of("/", "descent export: --out: names a folder, not a file (got '/')"),
                List.of("a%d%s.png", "descent export: --out: a numbered PNG name takes one %d or %0Nd"),
                // A width of 99,999,999 once padded the name, and the message, to a hundred megabytes.
                List.of("a%099999999d.png", "descent export: --out: a numbered PNG name takes one %d or %0Nd"),
                List.of("a%d%d.png", "descent export: --out: a numbered PNG name takes one %d or %0Nd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNames")
    void aBadOutputNameIsOneShortLineAndExitTwo(List<String> nameAndLine) throws IOException {
        String name = nameAndLine.get(0);
        CliRunner r = CliRunner.run("export", "--steps", "5", "--out", name.equals("/") ? "/"
                : dir.resolve(name).toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1).allMatch(l -> l.startsWith(nameAndLine.get(1)));
        assertThat(r.err.length()).isLessThan(400);
        assertThat(names()).isEmpty();
    }

    @Test
    void aSequenceWithAOneDigitWidthIsStillASequence() throws IOException {
        CliRunner r = CliRunner.run("export", "--frames", "3", "--size", "64x48", "--out",
                dir.resolve("f-%2d.png").toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(names()).containsExactly("f- 0.png", "f- 1.png", "f- 2.png");
    }

    @Test
    void aScenarioThatCannotGoBesideThePictureStopsBothBeforeAnyWork() throws IOException {
        Files.createDirectory(dir.resolve("race.json"));
        CliRunner r = CliRunner.run("export", "--frames", "3", "--size", "64x48", "--save-scenario", "--out",
                dir.resolve("race.gif").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).isEqualTo("descent export: --save-scenario: " + dir.resolve("race.json")
                + " is a folder, not a file\n");
        assertThat(names()).containsExactly("race.json");
    }

    @Test
    void aRaceTooLargeForMemoryIsRefusedBeforeItRuns() throws Exception {
        // 100,000,001 points for each of 8 racers, 24 bytes each, cannot fit in 256 MB.
        Child c = Child.start(logs, List.of(), List.of("-Xmx256m"), "export", "--steps", "100000000", "--tol", "0",
                "--frames", "10", "--out", dir.resolve("a.gif").toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).startsWith("descent export: 100000000 steps of 8 racers need up to 22.4 GB of memory, "
                + "but Java may take only ").endsWith(" more: ask for fewer steps or racers (or give Java more with "
                + "-Xmx)\n");
        assertThat(c.err().lines()).hasSize(1);
        assertThat(names()).isEmpty();
    }

    @Test
    void runningOutOfMemoryAnywayIsOneLineNotAStackTrace() throws Exception {
        // The estimate covers trajectories; a 7680 × 7680 picture is four images of 236 MB each.
        Child c = Child.start(logs, List.of(), List.of("-Xmx64m"), "export", "--size", "7680x7680", "--out",
                dir.resolve("big.png").toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).isEqualTo("descent export: out of memory: ask for fewer steps or a smaller size (or give "
                + "Java more with -Xmx)\n");
        assertThat(names()).isEmpty();
    }

    @Test
    void aPngOnAFullDiskIsOneLineAndLeavesNoTemporaryFile() throws Exception {
        // A link to /dev/full is written straight through, and every write to it fails as on a full disk.
        Path png = Files.createSymbolicLink(dir.resolve("full.png"), Path.of("/dev/full"));
        Child c = Child.start(logs, List.of(), List.of(), "export", "--size", "200x150", "--out", png.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).isEqualTo("descent export: write failed: No space left on device\n");
        assertThat(names()).containsExactly("full.png");
        try (Stream<Path> tmp = Files.list(c.tmp)) {
            assertThat(tmp).as("ImageIO's cache files").isEmpty();
        }
        // JUnit warns when it removes a link that leads out of its folder.
        Files.delete(png);
    }

    @Test
    void aViewTooSmallToDrawIsBadInput() throws IOException {
        Path json = Files.writeString(dir.resolve("narrow.json"), "{\"view\": {\"xMin\": 1, \"xMax\": 1.000000000001,"
                + " \"yMin\": 0, \"yMax\": 1}}");
        CliRunner r = CliRunner.run("export", "--scenario", json.toString(), "--out", dir.resolve("a.png").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1).allMatch(l -> l.contains("too small to draw"));
        assertThat(names()).containsExactly("narrow.json");
    }

    @Test
    void aTinyViewOfSubnormalLossesIsExported() throws IOException {
        // Rosenbrock with a = 0 over [0, 1e-161]²: its levels once asked for a 2³¹-element array.
        Path json = Files.writeString(dir.resolve("tiny.json"), "{\"surface\": \"rosenbrock\", \"parameters\": "
                + "{\"a\": 0}, \"view\": {\"xMin\": 0, \"xMax\": 1e-161, \"yMin\": 0, \"yMax\": 1e-161}}");
        CliRunner r = CliRunner.run("export", "--scenario", json.toString(), "--size", "320x240", "--out",
                dir.resolve("tiny.png").toString());
        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(names()).containsExactly("tiny.json", "tiny.png");
    }
}
