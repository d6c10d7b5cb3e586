package descent.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font, DejaVu Sans, regular and bold: the same glyphs on screen and in every export, on any machine,
 * with the Greek letters and subscripts of the lecture's notation.
 */
public final class Fonts {

    /** The resource path of the regular face. */
    public static final String REGULAR = "/descent/fonts/DejaVuSans.ttf";
    /** The resource path of the bold face. */
    public static final String BOLD = "/descent/fonts/DejaVuSans-Bold.ttf";
    /** The family name both faces register under. */
    public static final String FAMILY = "DejaVu Sans";

    private static Font regular;
    private static Font bold;

    private Fonts() {
    }

    /** The AWT font, at size 1; derive the size needed. */
    public static synchronized Font awt(boolean wantBold) {
        if (regular == null) {
            regular = load(REGULAR);
            bold = load(BOLD);
        }
        return wantBold ? bold : regular;
    }

    private static Font load(String path) {
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + path + " is damaged", e);
        }
    }
}
