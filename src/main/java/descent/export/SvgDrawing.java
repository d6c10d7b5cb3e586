package descent.export;

import descent.contour.RasterImage;
import descent.render.Drawing;
import descent.render.Fonts;
import descent.render.Palette;
import descent.render.Java2DDrawing;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;

/**
 * The SVG backend of the drawing interface: trajectories, markers, axes, legend and text become vectors; the
 * contour's filled bands are one embedded PNG image. Text is measured with the bundled font, as in the other
 * backends, and names it, with a sans-serif fallback.
 */
public final class SvgDrawing implements Drawing {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private final double width;
    private final double height;
    private int strokeColor = 0xFF000000;
    private double strokeWidth = 1;
    private double[] dash = new double[0];
    private double phase;
    private int fillColor = 0xFF000000;
    private double fontSize = 14;
    private boolean bold;
    private boolean smoothFill = true;
    private int openGroups;
    private int clips;

    public SvgDrawing(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The whole document. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n");
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body);
        for (int i = 0; i < openGroups; i++) {
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double alpha(int argb) {
        return ((argb >>> 24) & 0xFF) / 255.0;
    }

    private void strokeAttributes() {
        body.append(" fill=\"none\" stroke=\"").append(Palette.hex(strokeColor)).append('"');
        if (alpha(strokeColor) < 1) {
            body.append(" stroke-opacity=\"").append(n(alpha(strokeColor))).append('"');
        }
        body.append(" stroke-width=\"").append(n(strokeWidth))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        if (dash.length > 0) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                body.append(i == 0 ? "" : " ").append(n(dash[i]));
            }
            body.append('"');
            if (phase != 0) {
                body.append(" stroke-dashoffset=\"").append(n(phase)).append('"');
            }
        }
    }

    private void fillAttributes() {
        body.append(" fill=\"").append(Palette.hex(fillColor)).append('"');
        if (alpha(fillColor) < 1) {
            body.append(" fill-opacity=\"").append(n(alpha(fillColor))).append('"');
        }
    }

    @Override
    public void setStroke(int argb, double w) {
        strokeColor = argb;
        strokeWidth = w;
    }

    @Override
    public void setDash(double... dashes) {
        dash = dashes.clone();
        phase = 0;
    }

    @Override
    public void setDashPhase(double p) {
        phase = p;
    }

    @Override
    public void setFill(int argb) {
        fillColor = argb;
    }

    @Override
    public void setFont(double size, boolean b) {
        fontSize = size;
        bold = b;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"');
        strokeAttributes();
        body.append("/>\n");
    }

    private void points(double[] xs, double[] ys, int n) {
        body.append(" points=\"");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"');
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        body.append("<polyline");
        points(xs, ys, n);
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokeSegments(double[] xy, int n) {
        if (n < 4) {
            return;
        }
        body.append("<path d=\"");
        for (int i = 0; i + 3 < n; i += 4) {
            body.append('M').append(n(xy[i])).append(' ').append(n(xy[i + 1])).append('L').append(n(xy[i + 2]))
                    .append(' ').append(n(xy[i + 3]));
        }
        body.append('"');
        strokeAttributes();
        body.append("/>\n");
    }

    private void rect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h);
        fillAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h);
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void setSmoothFill(boolean smooth) {
        smoothFill = smooth;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        body.append("<polygon");
        points(xs, ys, n);
        fillAttributes();
        if (!smoothFill) {
            // Tiles edge to edge: a hairline of their own colour covers the seam a viewer's anti-aliasing leaves.
            body.append(" stroke=\"").append(Palette.hex(fillColor)).append("\" stroke-width=\"0.6\""
                    + " stroke-linejoin=\"round\"");
        }
        body.append("/>\n");
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        body.append("<polygon");
        points(xs, ys, n);
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
        fillAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
        strokeAttributes();
        body.append("/>\n");
    }

    private Font font() {
        return Fonts.awt(bold).deriveFont((float) fontSize);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        java.awt.font.LineMetrics m = font().getLineMetrics(text, CONTEXT);
        double dy = switch (baseline) {
            case TOP -> m.getAscent();
            case MIDDLE -> (m.getAscent() - m.getDescent()) / 2;
            case BASELINE -> 0;
            case BOTTOM -> -m.getDescent();
        };
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + dy))
                .append("\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"").append(n(fontSize))
                .append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" text-anchor=\"").append(anchor).append('"');
        fillAttributes();
        body.append('>').append(escape(text)).append("</text>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public double textWidth(String text) {
        return font().getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            Png.write(Java2DDrawing.toBufferedImage(image), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h))
                .append("\" preserveAspectRatio=\"none\" href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + clips++;
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    @Override
    public void translate(double dx, double dy) {
        body.append("<g transform=\"translate(").append(n(dx)).append(' ').append(n(dy)).append(")\">\n");
        openGroups++;
    }

    @Override
    public void save() {
        saved.push(new State(strokeColor, strokeWidth, dash, phase, fillColor, fontSize, bold, openGroups,
                smoothFill));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        while (openGroups > s.groups) {
            body.append("</g>\n");
            openGroups--;
        }
        strokeColor = s.stroke;
        strokeWidth = s.width;
        dash = s.dash;
        phase = s.phase;
        fillColor = s.fill;
        fontSize = s.fontSize;
        bold = s.bold;
        smoothFill = s.smoothFill;
    }

    private record State(int stroke, double width, double[] dash, double phase, int fill, double fontSize,
            boolean bold, int groups, boolean smoothFill) {
    }
}
