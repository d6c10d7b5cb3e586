package descent.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files that are not what they seem: each is refused in one line, or read as a person would expect. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    private Scenario read(String name, byte[] content) throws IOException {
        return ScenarioJson.read(Files.write(dir.resolve(name), content), "--scenario");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] json = "\uFEFF{\"steps\": 5}".getBytes(StandardCharsets.UTF_8);
        assertThat(json[0]).isEqualTo((byte) 0xEF);
        assertThat(read("bom.json", json).simulation().steps()).isEqualTo(5);
    }

    @Test
    void somethingAfterTheScenarioIsRefused() {
        assertThatThrownBy(() -> read("trail.json", "{\"steps\": 5} xx".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScenarioException.class).hasMessageEndingWith("something follows the scenario's "
                        + "closing brace");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"steps\": 5}{}", "x")).isInstanceOf(ScenarioException.class);
    }

    @Test
    void nestingDeeperThanAScenarioNeedsIsRefusedInWords() {
        String deep = "{\"steps\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> ScenarioJson.parse(deep, "deep.json")).isInstanceOf(ScenarioException.class)
                .hasMessage("deep.json: nested deeper than 32 levels: not a scenario");
    }

    @Test
    void aNumberOfFiveThousandDigitsIsRefusedInWords() {
        String big = "{\"steps\": " + "9".repeat(5000) + "}";
        assertThatThrownBy(() -> ScenarioJson.parse(big, "big.json")).isInstanceOf(ScenarioException.class)
                .hasMessage("big.json: a number longer than 100 characters");
    }

    @Test
    void aLongTextIsRefusedInWords() {
        String label = "{\"surface\": \"" + "x".repeat(20_000) + "\"}";
        assertThatThrownBy(() -> ScenarioJson.parse(label, "long.json")).isInstanceOf(ScenarioException.class)
                .hasMessage("long.json: a text longer than 10000 characters");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedBeforeItIsParsed() {
        byte[] huge = ("{\"surface\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read("huge.json", huge)).isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith("huge.json is larger than 1 MB: not a scenario");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertThatThrownBy(() -> read("latin1.json", new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'}))
                .isInstanceOf(ScenarioException.class).hasMessageEndingWith("not UTF-8 text");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        assertThatThrownBy(() -> ScenarioJson.read(Path.of("/dev/zero"), "--scenario"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("--scenario /dev/zero is not a regular file (a device or a pipe): save the scenario in a "
                        + "file");
    }

    @Test
    @Timeout(60)
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        // Opening a FIFO waits for a writer that never comes: the time limit only stops a hung build.
        Path fifo = dir.resolve("fifo.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> ScenarioJson.read(fifo, "--scenario")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void aFolderAndAMissingFileAreNamed() throws IOException {
        assertThatThrownBy(() -> ScenarioJson.read(dir, "--scenario")).hasMessageEndingWith("is a folder, not a "
                + "scenario file");
        assertThatThrownBy(() -> ScenarioJson.read(dir.resolve("none.json"), "--scenario"))
                .hasMessageStartingWith("--scenario: no such file");
    }

    @Test
    void invalidJsonSaysWhere() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\n\"steps\": ,}", "bad.json"))
                .hasMessage("bad.json: not valid JSON (line 2, column 10)");
    }

    @Test
    void aViewTooSmallToDrawIsRefused() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"view\": {\"xMin\": 1, \"xMax\": 1.000000000001, \"yMin\": 0,"
                + " \"yMax\": 1}}", "narrow.json")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("too small to draw");
    }
}
