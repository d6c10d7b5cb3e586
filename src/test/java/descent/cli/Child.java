package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Descent run in a JVM of its own, as from the shell, for what only a process shows: signals, exit codes, what
 * Java itself prints, its temporary folder ({@code java.io.tmpdir} is a folder of the test's own).
 */
final class Child {

    /** How long a child may take to reach a state or to end before the test gives up: a guard against a hang. */
    private static final long PATIENCE_SECONDS = 120;

    final Process process;
    final Path tmp;
    private final Path out;
    private final Path err;

    private Child(Process process, Path tmp, Path out, Path err) {
        this.process = process;
        this.tmp = tmp;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code descent args} with its output in files under {@code logs}.
     *
     * @param wrapper  words before the java command, such as {@code env --default-signal=INT}
     * @param options  options for the JVM, such as {@code -Xmx256m}
     */
    static Child start(Path logs, List<String> wrapper, List<String> options, String... args) throws IOException {
        return start(logs, wrapper, options, null, args);
    }

    /** Like {@link #start(Path, List, List, String...)}, with standard output going to {@code stdout} if given. */
    static Child start(Path logs, List<String> wrapper, List<String> options, Path stdout, String... args)
            throws IOException {
        Files.createDirectories(logs);
        Path tmp = Files.createTempDirectory(logs, "tmp");
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.io.tmpdir=" + tmp);
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("descent.app.Main");
        command.addAll(List.of(args));
        Path out = stdout != null ? stdout : Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return new Child(pb.start(), tmp, out, err);
    }

    /** Waits for the child to end and gives its exit code. */
    int exitCode() throws InterruptedException {
        assertThat(process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits until the condition holds, failing the test if it never does. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(20);
        }
    }

    /** Whether a process has ended: gone, or a zombie that nobody has reaped yet. */
    static boolean ended(ProcessHandle p) {
        if (!p.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }
}
