package descent.ui.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The window's background threads. */
public final class Workers {

    private Workers() {
    }

    /** A single daemon thread, for trajectories and contours (which sample in parallel themselves) or exports. */
    public static ExecutorService newWorker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
