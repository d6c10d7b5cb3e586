package descent.app;

import descent.render.TextMetrics;
import descent.scenario.Scenario;
import descent.ui.bench.StartClock;
import descent.ui.look.LookModel;
import descent.ui.look.Settings;

/**
 * What the window needs first and JavaFX does not, done on a thread of its own while the JavaFX toolkit starts: the
 * bundled font's metrics, the user's settings, and the surface's minima and saddles.
 */
final class HeadStart implements Runnable {

    private final Scenario scenario;

    HeadStart(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Starts it, as a daemon: a window that no longer needs it does not wait for it. */
    static void begin(Scenario scenario) {
        Thread t = new Thread(new HeadStart(scenario), "descent-head-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            // Each is computed once, whichever thread asks first; the window finds them done.
            TextMetrics.width("0", 12, false);
            TextMetrics.width("0", 12, true);
            Settings.user().get(LookModel.UI_SCALE_KEY, 1);
            scenario.surface().landmarks();
            StartClock.mark("head start done");
        } catch (RuntimeException e) {
            // The window meets the same on its own thread, and says so there.
        }
    }
}
