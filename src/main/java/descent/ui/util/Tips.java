package descent.ui.util;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The window's tooltips, all alike: wrapped to a readable width, quick to appear, and up long enough to read. */
public final class Tips {

    private Tips() {
    }

    /** A tooltip saying {@code text}. */
    public static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(350));
        // The lecture's explanations run to a few lines: JavaFX's default of 5 s hides them mid-sentence.
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /**
     * Gives a control a tooltip saying {@code text}: after the window's first frame, if it is not on screen yet (a
     * tooltip is a popup window with a scene of its own, and the window's sixty took a third of a second to make).
     */
    public static void install(javafx.scene.control.Control c, String text) {
        Deferred.run(() -> c.setTooltip(of(text)));
    }

    /** Gives a node that is not a control, such as a typeset formula, a tooltip saying {@code text}, as above. */
    public static void install(javafx.scene.Node n, String text) {
        Deferred.run(() -> Tooltip.install(n, of(text)));
    }
}
