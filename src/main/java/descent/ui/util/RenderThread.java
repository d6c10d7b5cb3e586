package descent.ui.util;

/** Queues work on JavaFX's render thread, behind the frames already handed to it (internal API). */
public final class RenderThread {

    private RenderThread() {
    }

    /** Whether JavaFX's internals are reachable: on the class path (descent.jar) yes, on the module path no. */
    public static boolean available() {
        try {
            return !com.sun.javafx.tk.Toolkit.class.getModule().isNamed();
        } catch (LinkageError e) {
            return false;
        }
    }

    /** Runs {@code r} on the render thread once the frames handed to it are drawn, or at once where it cannot. */
    public static void afterRendering(Runnable r) {
        if (!available()) {
            r.run();
            return;
        }
        com.sun.javafx.tk.Toolkit.getToolkit().addRenderJob(new com.sun.javafx.tk.RenderJob(r));
    }
}
