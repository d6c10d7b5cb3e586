package descent.ui.util;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;

/**
 * Work the window does not need for its first frame (tooltips, typeset formulas): once the application asks, it
 * is held until that frame is on screen and then done a few milliseconds at each pulse, so that the window answers
 * meanwhile; otherwise, as in tests, it is done at once. Used on the FX thread only.
 */
public final class Deferred {

    /** How long the held work may take in one pulse, in nanoseconds: a frame at 60 Hz lasts 16.7 ms. */
    private static final long SLICE = 6_000_000;

    /** The work held, or null when none is held and new work is done at once. */
    private static Deque<Runnable> held;
    private static boolean releasing;

    private Deferred() {
    }

    /** From now on, holds work until {@link #release}. */
    public static void hold() {
        if (held == null) {
            held = new ArrayDeque<>();
        }
    }

    /** Does the work now, or after the first frame while work is held; in the order given either way. */
    public static void run(Runnable work) {
        if (held != null) {
            held.add(work);
        } else {
            work.run();
        }
    }

    /** Whether work is held or still waiting to be done. */
    public static boolean pending() {
        return held != null;
    }

    /** Does the held work, a slice at each pulse, and new work at once when all of it is done. */
    public static void release() {
        if (held == null || releasing) {
            return;
        }
        releasing = true;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long start = System.nanoTime();
                while (!held.isEmpty() && System.nanoTime() - start < SLICE) {
                    held.poll().run();
                }
                if (held.isEmpty()) {
                    held = null;
                    releasing = false;
                    stop();
                }
            }
        }.start();
    }
}
