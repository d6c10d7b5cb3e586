package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing files whole or not at all, through links, straight to devices, and cleaning after a killed process. */
class StagingTest {

    @TempDir
    Path dir;

    private static void writeText(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        writeText(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(names()).containsExactlyInAnyOrder("real.csv", "link.csv");
    }

    @Test
    void aLinkToNothingYetMakesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("later.csv"));
        writeText(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.csv"))).isEqualTo("new");
    }

    @Test
    void aDeviceIsWrittenStraightToAndStaysADevice() throws Exception {
        Path nul = dir.resolve("null");
        // The same device as /dev/null (major 1, minor 3), made here so that a mistake cannot replace the real one.
        Process mknod = new ProcessBuilder("mknod", nul.toString(), "c", "1", "3").inheritIO().start();
        assertThat(mknod.waitFor()).as("mknod, as root").isZero();
        writeText(nul, "rows");
        assertThat(Files.isRegularFile(nul)).isFalse();
        assertThat(Files.isRegularFile(nul, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names()).containsExactly("null");
    }

    @Test
    void aFifoIsWrittenStraightToItsReader() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writeText(fifo, "rows\n");
        assertThat(read.get()).isEqualTo("rows\n");
        assertThat(names()).containsExactly("fifo");
    }

    @Test
    void devNullAndDevStdoutAreWrittenStraight() {
        // Only looked at: a write test on them would replace the machine's own if this were wrong.
        assertThat(Target.of(Path.of("/dev/null")).straight()).isTrue();
        assertThat(Target.of(Path.of("/dev/stdout")).straight()).isTrue();
        assertThat(Target.of(dir.resolve("new.csv"))).isEqualTo(new Target(dir.resolve("new.csv"), false));
    }

    @Test
    void aNameOfTwoHundredAndFiftyCharactersIsWritten() throws IOException {
        // File names stop at 255 bytes: the temporary name must not grow with the target's.
        Path target = dir.resolve("a".repeat(250) + ".csv");
        writeText(target, "rows");
        assertThat(Files.readString(target)).isEqualTo("rows");
        assertThat(names()).hasSize(1);
    }

    @Test
    void aFailedMoveLeavesEveryTargetAsItWas() throws IOException {
        Path gif = Files.writeString(dir.resolve("race.gif"), "old picture");
        Path json = dir.resolve("race.json");
        try (Staging staging = new Staging()) {
            Files.writeString(staging.stage(gif), "new picture");
            Files.writeString(staging.stage(json), "{}");
            // The scenario's place is taken by a folder with something in it, after both were written.
            Files.createDirectory(json);
            Files.writeString(json.resolve("x"), "");
            assertThatThrownBy(staging::commit).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(gif)).isEqualTo("old picture");
        assertThat(names()).containsExactlyInAnyOrder("race.gif", "race.json");
    }

    @Test
    void aFileThatWasNotThereIsRemovedAgainWhenALaterOneFails() throws IOException {
        Path gif = dir.resolve("race.gif");
        Path json = dir.resolve("race.json");
        try (Staging staging = new Staging()) {
            Files.writeString(staging.stage(gif), "new picture");
            Files.writeString(staging.stage(json), "{}");
            Files.createDirectory(json);
            Files.writeString(json.resolve("x"), "");
            assertThatThrownBy(staging::commit).isInstanceOf(IOException.class);
        }
        assertThat(names()).containsExactly("race.json");
    }

    @Test
    void closingWithoutACommitRemovesTheTemporaryFilesAndFolder() throws IOException {
        try (Staging staging = new Staging()) {
            Files.writeString(staging.stage(dir.resolve("a.gif")), "half");
            try (var out = staging.open(staging.stageInFolder(dir.resolve("f-0000.png")))) {
                out.write(1);
            }
            assertThat(names()).hasSize(2).allMatch(Temporaries::isTemporary);
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void theNextWriteRemovesWhatAKilledProcessLeftOfItsTargetOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process alive = new ProcessBuilder("sleep", "600").start();
        try {
            // .descent-<hash of the target's name>-<pid>-<random>.part, as Temporaries names them.
            Path stale = staleFile("race.gif", gone.pid());
            Path otherTarget = staleFile("other.gif", gone.pid());
            Path stillWriting = staleFile("race.gif", alive.pid());
            writeText(dir.resolve("race.gif"), "new");
            assertThat(stale).doesNotExist();
            assertThat(otherTarget).exists();
            assertThat(stillWriting).exists();
        } finally {
            alive.destroyForcibly();
        }
    }

    private Path staleFile(String target, long pid) throws IOException {
        String tag = String.format(Locale.ROOT, "%08x", target.hashCode());
        return Files.writeString(dir.resolve(".descent-" + tag + "-" + pid + "-1234abcd.part"), "half");
    }

    @Test
    void aFolderIsRefusedAsATarget() throws IOException {
        Files.createDirectory(dir.resolve("race.gif"));
        assertThatThrownBy(() -> writeText(dir.resolve("race.gif"), "x")).isInstanceOf(OutputException.class)
                .hasMessageContaining("is a folder");
    }
}
