package descent.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The temporary files and helper processes of the writes in progress: each temporary name says whose target it is
 * and which process made it ({@code .descent-<target>-<pid>-<random>.part}, short whatever the target's length),
 * a signal that stops Java stops the helpers and removes the files, and the next write to a target removes what a
 * process killed outright (kill -9) left of that target.
 */
public final class Temporaries {

    private static final String PREFIX = ".descent-";
    private static final String SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();
    private static final Object LOCK = new Object();
    private static final Set<Path> FILES = new HashSet<>();
    private static final Set<Process> PROCESSES = new HashSet<>();
    private static boolean hooked;
    private static boolean stopping;

    private Temporaries() {
    }

    /**
     * Makes a new temporary file (or folder) beside {@code target}, once the stale ones of that target are gone;
     * it is removed if Java is stopped before {@link #release} is called.
     *
     * @param target the file it will become, its symbolic links already followed
     * @throws IOException when it cannot be made, or Java is stopping
     */
    static Path create(Path target, boolean folder) throws IOException {
        removeStale(target);
        Path temp = name(target);
        // Made while holding the lock, so that a stop either sees it and removes it, or happens before it exists.
        synchronized (LOCK) {
            hook();
            if (folder) {
                Files.createDirectory(temp);
            } else {
                Files.createFile(temp);
            }
            FILES.add(temp);
        }
        return temp;
    }

    /** A new temporary name beside {@code target} that nothing has yet, removed on a stop like the others. */
    static Path reserve(Path target) throws IOException {
        Path temp = name(target);
        synchronized (LOCK) {
            hook();
            FILES.add(temp);
        }
        return temp;
    }

    /** Forgets a temporary file that was moved into place or removed. */
    static void release(Path temp) {
        synchronized (LOCK) {
            FILES.remove(temp);
        }
    }

    /**
     * Removes a temporary file or folder and forgets it.
     *
     * @throws IOException when it cannot be removed
     */
    static void delete(Path temp) throws IOException {
        deleteTree(temp);
        release(temp);
    }

    /** Starts a process, for {@link #start}. */
    @FunctionalInterface
    interface Launch {
        Process start() throws IOException;
    }

    /**
     * Starts a helper process that is stopped along with Java. It starts while holding the lock a stop takes first,
     * so that none starts unseen as Java stops.
     *
     * @throws IOException when it cannot start, or Java is stopping
     */
    static Process start(Launch launch) throws IOException {
        synchronized (LOCK) {
            hook();
            Process process = launch.start();
            PROCESSES.add(process);
            return process;
        }
    }

    /** Forgets a helper process that has ended. */
    static void forget(Process process) {
        synchronized (LOCK) {
            PROCESSES.remove(process);
        }
    }

    /** Whether Java is stopping (a signal, System.exit) and the temporary files are being removed. */
    public static boolean stopping() {
        synchronized (LOCK) {
            return stopping;
        }
    }

    /** Whether a file name is one of these temporary names, for any target. */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX);
    }

    private static Path name(Path target) {
        return target.resolveSibling(PREFIX + tag(target) + "-" + PID + "-" + Integer.toHexString(
                ThreadLocalRandom.current().nextInt()) + SUFFIX);
    }

    /** Eight hex digits that stand for the target's name, so that its own stale files can be told from others'. */
    private static String tag(Path target) {
        return String.format(Locale.ROOT, "%08x", target.getFileName().toString().hashCode());
    }

    /** Removes the temporary files of {@code target} whose process has ended, as after a kill -9. */
    static void removeStale(Path target) throws IOException {
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        String own = PREFIX + tag(target) + "-";
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> {
            String n = f.getFileName().toString();
            return n.startsWith(own) && n.endsWith(SUFFIX);
        })) {
            for (Path f : files) {
                String[] parts = f.getFileName().toString().substring(own.length()).split("-");
                long pid = parts.length == 2 && parts[0].matches("[0-9]{1,18}") ? Long.parseLong(parts[0]) : -1;
                boolean ours;
                synchronized (LOCK) {
                    ours = FILES.contains(f);
                }
                boolean alive = pid != PID && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (pid >= 0 && !ours && !alive) {
                    stale.add(f);
                }
            }
        }
        for (Path f : stale) {
            deleteTree(f);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(p)) {
                for (Path c : children) {
                    deleteTree(c);
                }
            } catch (NoSuchFileException e) {
                return;
            }
        }
        Files.deleteIfExists(p);
    }

    /** Must hold LOCK. */
    private static void hook() throws IOException {
        if (stopping) {
            throw new IOException("stopping");
        }
        if (!hooked) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(Temporaries::stop, "descent-temporaries"));
            } catch (IllegalStateException e) {
                // Java began to stop before the first temporary file: make none now.
                stopping = true;
                throw new IOException("stopping");
            }
            hooked = true;
        }
    }

    /** On a stop (Ctrl-C, SIGTERM, System.exit): ends the helpers first, so that none writes after its file is gone. */
    private static void stop() {
        List<Process> processes;
        List<Path> files;
        synchronized (LOCK) {
            stopping = true;
            processes = new ArrayList<>(PROCESSES);
            files = new ArrayList<>(FILES);
        }
        processes.forEach(Process::destroyForcibly);
        for (Process p : processes) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Path f : files) {
            // The work goes on while Java stops, and may add a file to a folder being removed: try again.
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    deleteTree(f);
                    break;
                } catch (IOException e) {
                    // Tried again, then left to the next write of the same target.
                }
            }
        }
    }
}
