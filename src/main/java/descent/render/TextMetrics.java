package descent.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Widths of text in the bundled font, measured without any screen, so that a frame is laid out alike on every
 * backend and in headless exports.
 */
public final class TextMetrics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {
    }

    /** The advance width of the text at a font size in pixels. */
    public static double width(String text, double size, boolean bold) {
        Font font = Fonts.awt(bold).deriveFont((float) size);
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
