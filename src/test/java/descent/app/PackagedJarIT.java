package descent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, as built by {@code mvn package}: it carries JavaFX for Linux, Windows and macOS (Intel and Apple
 * silicon), its command line runs, and its window opens in a VM of its own that says what the first did.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "descent.jar");

    private static byte[] entry(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        assertThat(e).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theJarCarriesEachPlatformsJavaFxCodeAndLibraries() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            // Linux
            for (String name : List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                    "libjavafx_font.so", "com/sun/glass/ui/gtk/GtkApplication.class")) {
                assertThat(entry(zip, name)).as(name).isNotEmpty();
            }
            // Windows
            for (String name : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
                    "com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class")) {
                assertThat(entry(zip, name)).as(name).isNotEmpty();
            }
            // macOS, each library for both processors in one file
            assertThat(entry(zip, "com/sun/glass/ui/mac/MacApplication.class")).isNotEmpty();
            assertThat(entry(zip, "com/sun/prism/es2/MacGLFactory.class")).isNotEmpty();
            for (String name : List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                    "libjavafx_font.dylib", "libjavafx_iio.dylib", "libprism_common.dylib", "libdecora_sse.dylib")) {
                assertThat(processors(entry(zip, name))).as(name).containsExactlyInAnyOrder("x86_64", "arm64");
            }
        }
    }

    /** The processors of a universal Mach-O file's slices, each checked to be a whole 64-bit Mach-O file. */
    private static List<String> processors(byte[] file) {
        ByteBuffer fat = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
        assertThat(fat.getInt(0)).as("universal magic").isEqualTo(0xCAFEBABE);
        int n = fat.getInt(4);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = 8 + 20 * i;
            int cpu = fat.getInt(at);
            int offset = fat.getInt(at + 8);
            int size = fat.getInt(at + 12);
            int align = fat.getInt(at + 16);
            assertThat(offset % (1 << align)).isZero();
            assertThat((long) offset + size).isLessThanOrEqualTo(file.length);
            ByteBuffer thin = ByteBuffer.wrap(file, offset, size).slice().order(ByteOrder.LITTLE_ENDIAN);
            assertThat(thin.getInt(0)).as("Mach-O 64 magic").isEqualTo(0xFEEDFACF);
            assertThat(thin.getInt(4)).as("the slice's own processor").isEqualTo(cpu);
            out.add(cpu == 0x01000007 ? "x86_64" : cpu == 0x0100000C ? "arm64" : Integer.toHexString(cpu));
        }
        return out;
    }

    @Test
    void theJarRunsTheCommandLine() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "run", "--surface", "quadratic", "--steps", "3").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("SGD,") || l.startsWith("sgd,")).count()).as(out)
                .isEqualTo(4);
    }

    @Test
    void theWindowsOwnVmReportsAsTheFirstWouldAndLeavesNoArchiveOfAWindowThatNeverOpened(@TempDir Path cache)
            throws Exception {
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddescent.start=trace", "-jar", JAR.toString(), "--surface", "nosuch").redirectErrorStream(true);
        // A display named, so that the window is asked for; the options are refused before it is opened.
        b.environment().put("DISPLAY", ":99");
        b.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out.lines().filter(l -> l.startsWith("start:"))).as(out).anyMatch(l -> l.endsWith("window's VM"
                + " started"));
        assertThat(out.lines().filter(l -> !l.startsWith("start:"))).as(out).singleElement().asString()
                .contains("nosuch");
        try (Stream<Path> left = Files.walk(cache)) {
            assertThat(left.filter(f -> f.getFileName().toString().startsWith("window-"))).isEmpty();
        }
    }

    @Test
    void anArchiveOfClassesIsKeptOnlyIfJavaOpensItAndACutOneCrashesNothing(@TempDir Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path archive = dir.resolve("whole.jsa");
        Process p = new ProcessBuilder(javaBin, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off,cds+dynamic=off",
                "-cp", JAR.toString(), "descent.app.Main", "list").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(archive).isRegularFile();
        assertThat(WindowJvm.opens(javaBin, archive, JAR.toString())).as("the whole archive").isTrue();

        // As a disk that filled while the archive was written would leave it: Java 17 would crash on it.
        Path cut = dir.resolve("cut.jsa");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThat(WindowJvm.opens(javaBin, cut, JAR.toString())).as("half the archive").isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no crash report left")
                    .containsExactlyInAnyOrder("whole.jsa", "cut.jsa");
        }
    }
}
