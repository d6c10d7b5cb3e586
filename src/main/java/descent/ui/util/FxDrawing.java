package descent.ui.util;

import descent.contour.RasterImage;
import descent.render.Drawing;
import descent.render.Fonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The JavaFX canvas backend of the drawing interface: what the window shows. */
public final class FxDrawing implements Drawing {

    private static final Map<RasterImage, WritableImage> IMAGES = new WeakHashMap<>();
    private static final Map<String, Double> WIDTHS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > 512;
        }
    };
    private static boolean fontsLoaded;

    private final GraphicsContext g;
    private Font font;

    public FxDrawing(GraphicsContext g) {
        this.g = g;
        loadFonts();
        if (g != null) {
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setImageSmoothing(true);
        }
        setFont(14, false);
    }

    /**
     * A drawing that only measures text, for working out where things go: it draws on no canvas, since each setting
     * given to a canvas, even one that draws nothing, has the canvas repainted in the next frame.
     */
    public static FxDrawing measuring() {
        return new FxDrawing(null);
    }

    /** Registers the bundled font with JavaFX, so that the window uses the same glyphs as the exports. */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String path : new String[] {Fonts.REGULAR, Fonts.BOLD}) {
            try (InputStream in = FxDrawing.class.getResourceAsStream(path)) {
                Font.loadFont(in, 14);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        fontsLoaded = true;
    }

    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Override
    public void setStroke(int argb, double width) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
    }

    @Override
    public void setDash(double... dashes) {
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setLineDashOffset(0);
    }

    @Override
    public void setDashPhase(double phase) {
        g.setLineDashOffset(phase);
    }

    @Override
    public void setFill(int argb) {
        g.setFill(color(argb));
    }

    @Override
    public void setFont(double size, boolean bold) {
        font = Font.font(Fonts.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        if (g != null) {
            g.setFont(font);
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        g.beginPath();
        g.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            g.lineTo(xs[i], ys[i]);
        }
        g.stroke();
    }

    @Override
    public void strokeSegments(double[] xy, int n) {
        g.beginPath();
        for (int i = 0; i + 3 < n; i += 4) {
            g.moveTo(xy[i], xy[i + 1]);
            g.lineTo(xy[i + 2], xy[i + 3]);
        }
        g.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case MIDDLE -> VPos.CENTER;
            case BASELINE -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        String key = font.getName() + '|' + font.getSize() + '|' + text;
        return WIDTHS.computeIfAbsent(key, k -> {
            Text t = new Text(text);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }

    @Override
    public void drawImage(RasterImage image, double x, double y, double w, double h) {
        g.drawImage(IMAGES.computeIfAbsent(image, FxDrawing::toFxImage), x, y, w, h);
    }

    /** The raster as a JavaFX image. */
    public static WritableImage toFxImage(RasterImage image) {
        WritableImage img = new WritableImage(image.width(), image.height());
        img.getPixelWriter().setPixels(0, 0, image.width(), image.height(), PixelFormat.getIntArgbInstance(),
                image.pixels(), 0, image.width());
        return img;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        if (covers(x, y, w, h)) {
            return;
        }
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
        g.beginPath();
    }

    /**
     * Whether the box holds all of the canvas, so that clipping to it would cut nothing. A canvas clips by drawing
     * everything after it into a mask and blending it back, which with software rendering costs more than the
     * drawing itself; the window's small canvases mostly lie inside the plot they are clipped to.
     */
    private boolean covers(double x, double y, double w, double h) {
        javafx.scene.transform.Affine t = g.getTransform();
        if (t.getMxy() != 0 || t.getMyx() != 0 || t.getMxx() <= 0 || t.getMyy() <= 0) {
            return false;
        }
        javafx.scene.canvas.Canvas c = g.getCanvas();
        double left = -t.getTx() / t.getMxx();
        double top = -t.getTy() / t.getMyy();
        double right = (c.getWidth() - t.getTx()) / t.getMxx();
        double bottom = (c.getHeight() - t.getTy()) / t.getMyy();
        return x <= left && y <= top && x + w >= right && y + h >= bottom;
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
        font = g.getFont();
    }
}
