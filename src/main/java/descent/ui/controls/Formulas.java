package descent.ui.controls;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** LaTeX formulas rendered to images with JLaTeXMath, for the surface's formula and the update rules. */
public final class Formulas {

    private Formulas() {
    }

    /**
     * A typeset formula: its image, and its baseline in pixels from the image's top, so that pieces of one formula
     * set side by side line up.
     */
    public record Typeset(Image image, double baseline) {
    }

    /**
     * Typesets a formula with a sum, a fraction, an exponential and Greek letters, so that JLaTeXMath has loaded its
     * fonts and read their metrics, which takes half a second the first time; on any thread.
     */
    public static void prepare() {
        typeset("f(\\theta)=\\sum_{i=1}^{4} \\alpha_i\\,e^{-\\frac{\\|x-m_i\\|^2}{2s_i^2}}\\sqrt{\\rho}", 16,
                0xFF000000);
    }

    /**
     * The formula as an image at {@code size} pixels per em, in the given colour, or null if it cannot be typeset
     * (the caller then shows the plain text).
     */
    public static Image render(String latex, float size, int argb) {
        Typeset t = typeset(latex, size, argb);
        return t == null ? null : t.image();
    }

    /** The formula typeset at {@code size} pixels per em in the given colour, or null if it cannot be typeset. */
    public static Typeset typeset(String latex, float size, int argb) {
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
            icon.setForeground(new Color(argb, true));
            // A pixel each side rather than JLaTeXMath's fifth of an em: the terms of a formula typeset apart and set
            // side by side are then spaced as the formula typeset whole ("x cos φ + y", not "x cos φ  + y").
            java.awt.Insets in = icon.getInsets();
            icon.setInsets(new java.awt.Insets(in.top, 1, in.bottom, 1), true);
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
            return new Typeset(out, h - icon.getIconDepth());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The formula cut into its clauses, after each ",\;" between them outside all brackets and braces: "u^2,\; u=x"
     * gives "u^2,\;" and "u=x". A line breaks between clauses first, and between terms only in a clause too wide.
     */
    public static List<String> clauses(String latex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length()) {
                if (depth == 0 && i > 0 && latex.startsWith(",\\;", i - 1)) {
                    add(latex.substring(from, i + 2), out);
                    from = i + 2;
                }
                i++;
                continue;
            }
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        add(latex.substring(from), out);
        return out;
    }

    private static void add(String piece, List<String> out) {
        if (!piece.isBlank()) {
            out.add(piece.trim());
        }
    }

    /**
     * The formula cut where a line may break: before each + and − between terms, and after each ",\;" between
     * clauses, outside all brackets and braces. A piece that starts with a sign gets an empty atom before it, so
     * that the sign is still spaced as a binary operator: "x^2-y^2" gives "x^2" and "\mathord{}-y^2" (JLaTeXMath
     * takes "{}-" for a unary minus).
     */
    public static List<String> pieces(String latex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < latex.length()) {
                if (depth == 0 && latex.startsWith(",\\;", i - 1) && i > 0) {
                    // ",\;" between clauses: the break comes after it.
                    cut(latex, from, i + 2, out);
                    from = i + 2;
                }
                i++;
                // An escaped brace or bracket neither opens nor closes anything.
                continue;
            }
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == '+' || c == '-') && i > from && binary(latex, i)) {
                cut(latex, from, i, out);
                from = i;
            }
        }
        cut(latex, from, latex.length(), out);
        return out;
    }

    /** Whether the sign at i follows a term, rather than an operator, a relation or the start of a clause. */
    private static boolean binary(String latex, int i) {
        int j = i - 1;
        while (j >= 0 && latex.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 && "=+-,;({[^_".indexOf(latex.charAt(j)) < 0;
    }

    private static void cut(String latex, int from, int to, List<String> out) {
        String piece = latex.substring(from, to).trim();
        if (piece.isEmpty()) {
            return;
        }
        out.add(piece.startsWith("+") || piece.startsWith("-") ? "\\mathord{}" + piece : piece);
    }
}
