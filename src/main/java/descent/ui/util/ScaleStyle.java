package descent.ui.util;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;

/**
 * A stylesheet that gives a window its font and icon sizes, kept in step with the UI's font size. Every other size in
 * descent.css and AtlantaFX's theme is in em, so it follows; the icons' size does not inherit, and is set here.
 */
public final class ScaleStyle {

    private ScaleStyle() {
    }

    /**
     * Keeps a stylesheet for {@code fontSize} in {@code stylesheets} (a scene's or a dialog's), replacing the last;
     * returns what stops it, for a dialog that closes.
     */
    public static Runnable follow(ObservableList<String> stylesheets, ObservableDoubleValue fontSize) {
        String[] current = {sheet(fontSize.get())};
        stylesheets.add(current[0]);
        ChangeListener<Number> listener = (obs, was, now) -> {
            String next = sheet(now.doubleValue());
            int at = stylesheets.indexOf(current[0]);
            if (at >= 0) {
                stylesheets.set(at, next);
            } else {
                stylesheets.add(next);
            }
            current[0] = next;
        };
        fontSize.addListener(listener);
        return () -> fontSize.removeListener(listener);
    }

    /** The stylesheet for a font size in pixels, as a data URL. */
    public static String sheet(double fontSize) {
        String css = String.format(Locale.ROOT, """
                .root { -fx-font-size: %.0fpx; }
                .ikonli-font-icon { -fx-icon-size: %d; }
                .transport-button .ikonli-font-icon { -fx-icon-size: %d; }
                """, fontSize, Math.round(1.2 * fontSize), Math.round(1.35 * fontSize));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
