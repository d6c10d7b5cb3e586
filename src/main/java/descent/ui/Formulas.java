package descent.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** LaTeX formulas rendered to images with JLaTeXMath, for the surface's formula and the update rules. */
final class Formulas {

    private Formulas() {
    }

    /**
     * The formula as an image at {@code size} pixels per em, in the given colour, or null if it cannot be typeset
     * (the caller then shows the plain text).
     */
    static Image render(String latex, float size, int argb) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
            icon.setForeground(new Color(argb, true));
            int w = Math.max(1, icon.getIconWidth());
            int h = Math.max(1, icon.getIconHeight());
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.paintIcon(null, g, 0, 0);
            g.dispose();
            int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
            WritableImage out = new WritableImage(w, h);
            out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
