package descent.app;

import descent.render.CacheFolder;
import descent.ui.bench.StartClock;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Opens the window in a Java VM of its own, set up for a fast start, when Descent was launched with {@code java -jar}:
 * compiled by C1 alone, and with an archive of the classes a window loads (AppCDS) in Descent's cache folder, which
 * the first window's VM writes when it closes.
 *
 * <p>A jar cannot give its VM options, and the two that halve the time to the first frame must be given at launch:
 * the classes are read from the archive ready to use instead of from the jar, and C2 no longer takes a core from the
 * window while it starts (C1's code runs the window and the maps fast enough). The VM launched first starts the
 * other, with its own options and arguments, waits for it and exits with its code.
 */
final class WindowJvm {

    /** The system property that marks the window's own VM, which must not start another. */
    static final String MARK = "descent.windowJvm";
    /** Archives kept, the newest: one per jar and Java, for a machine with two installations used in turn. */
    private static final int KEPT = 3;

    private WindowJvm() {
    }

    /**
     * Runs the window in a VM of its own if this VM was launched with {@code java -jar} and has no archive options
     * of the user's own in the way: its exit code once it has closed; empty if the window is to open in this VM.
     */
    static OptionalInt run() {
        // Also the user's way to open the window in the VM launched: -Ddescent.windowJvm=off.
        if (System.getProperty(MARK) != null) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> launch = self.arguments();
        if (launch.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> arguments = List.of(launch.get());
        int jar = jarAt(arguments);
        if (jar < 0) {
            return OptionalInt.empty();
        }
        Archive archive = Archive.none();
        try {
            archive = Archive.in(CacheFolder.path(), Path.of(arguments.get(jar + 1)));
        } catch (IOException | RuntimeException e) {
            // No cache folder (a read-only home): the window starts without the archive, still with C1.
        }
        String java = self.command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process window;
        try {
            window = new ProcessBuilder(command(java, arguments, archive).orElseThrow()).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        StartClock.mark("window's VM started");
        Thread stop = new Stop(window, archive);
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = window.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // This VM is being stopped, and the hook, which has stopped the window, looks after the archive.
            return OptionalInt.of(code);
        }
        String jarPath = arguments.get(jar + 1);
        archive.settle(code == 0, made -> opens(java, made, jarPath));
        return OptionalInt.of(code);
    }

    /** Stopped (Ctrl+C, SIGTERM), this VM stops the window's too, and keeps no archive of a window cut short. */
    private static final class Stop extends Thread {

        private final Process window;
        private final Archive archive;

        Stop(Process window, Archive archive) {
            this.window = window;
            this.archive = archive;
        }

        @Override
        public void run() {
            window.destroy();
            try {
                window.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            archive.settle(false, made -> false);
        }
    }

    /**
     * Whether a Java VM starts with the archive {@code made}: Java 17 checks an archive's header but maps what it
     * describes unchecked, and a cut-short archive (a disk full as it was written) would crash every window after.
     */
    static boolean opens(String java, Path made, String jar) {
        Path crash = made.resolveSibling(made.getFileName() + ".crash.log");
        try {
            Process p = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + made, "-Xshare:on",
                    "-XX:ErrorFile=" + crash, "-cp", jar, "-version").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(crash);
            } catch (IOException e) {
                // Left in the cache folder, where it harms nothing.
            }
        }
    }

    /**
     * The window's VM's command: this VM's {@code java}, its options ({@code launch} up to {@code -jar}), C1 alone and
     * the archive's options where the user's own do not say otherwise, then {@code -jar} and the arguments as given;
     * empty if {@code launch} is not a {@code java -jar} launch.
     */
    static Optional<List<String>> command(String java, List<String> launch, Archive archive) {
        int jar = jarAt(launch);
        if (jar < 0) {
            return Optional.empty();
        }
        List<String> options = launch.subList(0, jar);
        List<String> out = new ArrayList<>();
        out.add(java);
        out.addAll(options);
        // Loops rather than streams here, as in the rest of what this VM runs: each lambda's first call costs.
        boolean ownCompiler = false;
        boolean ownArchive = false;
        for (String o : options) {
            ownCompiler |= o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation");
            ownArchive |= o.startsWith("-Xshare") || o.startsWith("-XX:SharedArchiveFile")
                    || o.startsWith("-XX:ArchiveClassesAtExit");
        }
        if (!ownCompiler) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        if (!ownArchive && archive.use() != null) {
            out.add("-XX:SharedArchiveFile=" + archive.use());
            out.add("-Xshare:auto");
        } else if (!ownArchive && archive.make() != null) {
            out.add("-XX:ArchiveClassesAtExit=" + archive.make());
        }
        if (!ownArchive && (archive.use() != null || archive.make() != null)) {
            // An archive that no longer fits (another Java) is set aside silently, and the classes come from the jar.
            out.add("-Xlog:cds=off,cds+dynamic=off");
        }
        out.add("-D" + MARK + "=true");
        out.addAll(launch.subList(jar, launch.size()));
        return Optional.of(out);
    }

    /** Where {@code -jar} stands in a VM's command line, followed by the jar; -1 if it is not a jar's launch. */
    private static int jarAt(List<String> launch) {
        int jar = launch.indexOf("-jar");
        return jar >= 0 && jar + 1 < launch.size() ? jar : -1;
    }

    /**
     * The archive of a window's classes for one jar and one Java: {@code use} when it has been made, else
     * {@code make}, where the window's VM writes it on closing; neither when there is no cache folder.
     */
    record Archive(Path use, Path make, Path kept) {

        static Archive none() {
            return new Archive(null, null, null);
        }

        /**
         * The archive for {@code jar} and this Java in {@code folder} (made if need be), named after the jar's path,
         * size and time and the Java's version, so that a new jar or a new Java makes a new archive.
         */
        static Archive in(Path folder, Path jar) throws IOException {
            Path real = jar.toAbsolutePath().normalize();
            String key = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis() + "|"
                    + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
            Path kept = folder.resolve("window-" + Long.toHexString(fnv(key)) + ".jsa");
            if (Files.isRegularFile(kept) && Files.size(kept) > 0) {
                return new Archive(kept, null, kept);
            }
            Files.createDirectories(folder);
            return new Archive(null, folder.resolve(kept.getFileName() + "." + ProcessHandle.current().pid()
                    + ".part"), kept);
        }

        /**
         * After the window's VM has exited: keeps the archive it made if it closed normally and the archive
         * {@code opens}, else removes it; and removes all but the newest archives and any part of one left for a day.
         */
        void settle(boolean closedNormally, java.util.function.Predicate<Path> opens) {
            if (make == null) {
                return;
            }
            try {
                if (closedNormally && Files.isRegularFile(make) && Files.size(make) > 0 && opens.test(make)) {
                    Files.move(make, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.deleteIfExists(make);
                prune(kept.getParent());
            } catch (IOException | RuntimeException e) {
                // The next window makes it again.
            }
        }

        private static void prune(Path folder) throws IOException {
            List<Path> archives = new ArrayList<>();
            long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "window-*")) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".jsa")) {
                        archives.add(f);
                    } else if (name.endsWith(".part") && Files.getLastModifiedTime(f).toMillis() < dayAgo) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            archives.sort(Comparator.comparing(WindowJvm.Archive::modified).reversed());
            for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        }

        private static FileTime modified(Path p) {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return FileTime.fromMillis(0);
            }
        }

        /** FNV-1a, 64 bits: a short name that changes with the key. */
        private static long fnv(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h = (h ^ key.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }
}
