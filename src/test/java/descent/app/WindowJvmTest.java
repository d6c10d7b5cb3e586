package descent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's own VM: the command that starts it, and the archive of its classes it makes and then uses. */
class WindowJvmTest {

    @TempDir
    Path dir;

    @Test
    void aJarLaunchGetsC1AndMakesTheArchiveKeepingTheUsersOptionsAndArguments() {
        WindowJvm.Archive archive = new WindowJvm.Archive(null, Path.of("/c/window-1.jsa.7.part"),
                Path.of("/c/window-1.jsa"));
        List<String> command = WindowJvm.command("/j/bin/java",
                List.of("-Dprism.order=sw", "-Xmx1g", "-jar", "d.jar", "--surface", "saddle", "--steps", "60"), archive)
                .orElseThrow();
        assertThat(command).containsExactly("/j/bin/java", "-Dprism.order=sw", "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=/c/window-1.jsa.7.part", "-Xlog:cds=off,cds+dynamic=off",
                "-Ddescent.windowJvm=true", "-jar", "d.jar", "--surface", "saddle", "--steps", "60");
    }

    @Test
    void anArchiveMadeIsUsed() {
        WindowJvm.Archive archive = new WindowJvm.Archive(Path.of("/c/window-1.jsa"), null, Path.of("/c/window-1.jsa"));
        assertThat(WindowJvm.command("java", List.of("-jar", "d.jar"), archive).orElseThrow()).containsExactly("java",
                "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/c/window-1.jsa", "-Xshare:auto",
                "-Xlog:cds=off,cds+dynamic=off", "-Ddescent.windowJvm=true", "-jar", "d.jar");
    }

    @Test
    void theUsersOwnCompilerAndSharingOptionsWin() {
        WindowJvm.Archive archive = new WindowJvm.Archive(Path.of("/c/window-1.jsa"), null, Path.of("/c/window-1.jsa"));
        assertThat(WindowJvm.command("java", List.of("-XX:TieredStopAtLevel=4", "-Xshare:off", "-jar", "d.jar"),
                archive).orElseThrow()).containsExactly("java", "-XX:TieredStopAtLevel=4", "-Xshare:off",
                "-Ddescent.windowJvm=true", "-jar", "d.jar");
        assertThat(WindowJvm.command("java", List.of("-XX:-TieredCompilation", "-jar", "d.jar"),
                WindowJvm.Archive.none()).orElseThrow()).containsExactly("java", "-XX:-TieredCompilation",
                "-Ddescent.windowJvm=true", "-jar", "d.jar");
    }

    @Test
    void onlyAJarLaunchIsStartedAgain() {
        assertThat(WindowJvm.command("java", List.of("-cp", "d.jar", "descent.app.Main"), WindowJvm.Archive.none()))
                .isEmpty();
        assertThat(WindowJvm.command("java", List.of("-jar"), WindowJvm.Archive.none())).isEmpty();
    }

    @Test
    void theFirstWindowMakesTheArchiveWhichTheNextUses() throws Exception {
        Path jar = Files.writeString(dir.resolve("d.jar"), "a jar");
        Path cache = dir.resolve("cache");
        WindowJvm.Archive first = WindowJvm.Archive.in(cache, jar);
        assertThat(first.use()).isNull();
        assertThat(first.make().getParent()).isEqualTo(cache);
        assertThat(first.make().getFileName().toString()).endsWith(".part");

        Files.writeString(first.make(), "classes");
        first.settle(true, made -> true);
        assertThat(first.make()).doesNotExist();
        assertThat(first.kept()).hasContent("classes");

        WindowJvm.Archive next = WindowJvm.Archive.in(cache, jar);
        assertThat(next.use()).isEqualTo(first.kept());
        assertThat(next.make()).isNull();
    }

    @Test
    void aWindowCutShortLeavesNoArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("d.jar"), "a jar");
        WindowJvm.Archive first = WindowJvm.Archive.in(dir, jar);
        Files.writeString(first.make(), "half the cla");
        first.settle(false, made -> true);
        assertThat(first.make()).doesNotExist();
        assertThat(first.kept()).doesNotExist();
        assertThat(WindowJvm.Archive.in(dir, jar).use()).isNull();
    }

    @Test
    void anArchiveThatJavaCannotOpenIsNotKept() throws Exception {
        Path jar = Files.writeString(dir.resolve("d.jar"), "a jar");
        WindowJvm.Archive first = WindowJvm.Archive.in(dir, jar);
        Files.writeString(first.make(), "cut sh");
        first.settle(true, made -> false);
        assertThat(first.make()).doesNotExist();
        assertThat(first.kept()).doesNotExist();
    }

    @Test
    void aNewJarMakesANewArchiveAndOnlyTheNewestThreeAreKept() throws Exception {
        Path jar = dir.resolve("d.jar");
        long day = 86_400_000L;
        for (int i = 0; i < 5; i++) {
            Files.writeString(jar, "version " + i);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000_000_000L + i * day));
            WindowJvm.Archive a = WindowJvm.Archive.in(dir, jar);
            assertThat(a.use()).as("jar %d", i).isNull();
            Files.writeString(a.make(), "classes of " + i);
            a.settle(true, made -> true);
            Files.setLastModifiedTime(a.kept(), FileTime.fromMillis(System.currentTimeMillis() - (5 - i) * 1000L));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jsa")).map(WindowJvmTest::read))
                    .containsExactlyInAnyOrder("classes of 2", "classes of 3", "classes of 4");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
