package descent.app;

import descent.render.TextMetrics;
import descent.scenario.Scenario;
import descent.ui.bench.StartClock;
import descent.ui.look.LookModel;
import descent.ui.look.Settings;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * What the window needs first and the JavaFX toolkit does not, done on a thread of its own while the toolkit starts:
 * the bundled font's metrics, the user's settings, the surface's minima and saddles, and a first reading of the
 * theme's style sheet.
 */
final class HeadStart implements Runnable {

    private final Scenario scenario;
    private final boolean dark;

    HeadStart(Scenario scenario, boolean dark) {
        this.scenario = scenario;
        this.dark = dark;
    }

    /** Starts it, as a daemon: a window that no longer needs it does not wait for it. */
    static void begin(Scenario scenario, boolean dark) {
        Thread t = new Thread(new HeadStart(scenario, dark), "descent-head-start");
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
            // Read here and thrown away: JavaFX reads it again when the window applies it, in half the time, with the
            // reader's classes loaded and its code compiled.
            Stylesheet.loadBinary(HeadStart.class.getResource(DescentApp.themeStylesheet(dark)));
            StartClock.mark("head start done");
        } catch (IOException | RuntimeException e) {
            // The window meets the same on its own thread, and says so there.
        }
    }
}
