package descent.ui.bench;

import java.time.Instant;

/**
 * Times a window's start for {@code scripts/bench_start.sh}, when the system property {@code descent.start} asks for
 * it: {@code frame} prints the moment the first frame with the window's content has been drawn, {@code exit} also
 * exits then, and {@code trace} prints each step of the start with the process's CPU time so far (its time is from
 * the launch if the property {@code descent.launched} gives it in nanoseconds since the epoch, else from the first
 * step). They combine: {@code trace,exit}.
 */
public final class StartClock {

    /** The system property that asks for the times. */
    public static final String PROPERTY = "descent.start";
    /** What the line that gives the first frame's time starts with; the time follows, in ns since the epoch. */
    public static final String FIRST_FRAME = "descent-first-frame ";

    private static final String MODE = System.getProperty(PROPERTY, "");
    private static final long LAUNCHED = launched();
    private static final long FIRST_STEP = System.nanoTime();

    private StartClock() {
    }

    /** Prints a step of the start, when traced. */
    public static void mark(String step) {
        if (MODE.contains("trace")) {
            double ms = LAUNCHED > 0 ? (epochNanos(Instant.now()) - LAUNCHED) / 1e6
                    : (System.nanoTime() - FIRST_STEP) / 1e6;
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.err.printf("start: %7.1f ms  (CPU %5d ms)  %s%n", ms, cpu, step);
        }
    }

    /** Prints when the first frame was drawn, if asked, and exits if asked. */
    public static void firstFrame(Instant drawn) {
        if (MODE.isEmpty()) {
            return;
        }
        mark("first frame drawn");
        System.out.println(FIRST_FRAME + epochNanos(drawn));
        System.out.flush();
        if (MODE.contains("exit")) {
            // A timing run ends here, with nothing to save, and without waiting for the work behind the first frame.
            Runtime.getRuntime().halt(0);
        }
    }

    private static long epochNanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static long launched() {
        try {
            return Long.parseLong(System.getProperty("descent.launched", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
