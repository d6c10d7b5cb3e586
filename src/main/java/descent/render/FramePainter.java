package descent.render;

import descent.contour.ContourPlot;
import descent.contour.Levels;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Outcome;
import descent.sim.Trajectory;
import descent.surface.ViewBox;
import java.util.List;

/**
 * Paints a frame against the drawing interface: the background layer (contour bands, isolines, axes, colour bar),
 * which changes only with the view, and the overlay (trajectories, markers, legend, title), which changes every
 * step. The window draws them on two stacked canvases; exports draw both into one image.
 */
public final class FramePainter {

    private FramePainter() {
    }

    /** Paints the whole frame. */
    public static void paint(Drawing d, Frame f) {
        paintBackground(d, f);
        paintOverlay(d, f);
    }

    /** The background layer: everything that does not change from one step to the next. */
    public static void paintBackground(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        d.setFill(t.background());
        d.fillRect(0, 0, l.width(), l.height());
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        ContourPlot c = f.contour();
        if (c == null) {
            d.setFill(Palette.withAlpha(t.axis(), 0.25));
            d.fillRect(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        } else {
            ViewBox v = c.view();
            double x0 = l.toPixelX(v.xMin());
            double y0 = l.toPixelY(v.yMax());
            d.drawImage(c.image(), x0, y0, l.toPixelX(v.xMax()) - x0, l.toPixelY(v.yMin()) - y0);
            paintIsolines(d, l, c);
        }
        d.restore();
        paintAxes(d, f);
        if (c != null) {
            paintColorBar(d, f, c);
        }
    }

    private static void paintIsolines(Drawing d, FrameLayout l, ContourPlot c) {
        int color = c.colorMap().isDark() ? 0x59FFFFFF : 0x47000000;
        d.setStroke(color, 0.8 * l.scale());
        double[] buffer = new double[0];
        for (double[] segments : c.isolines()) {
            if (buffer.length < segments.length) {
                buffer = new double[segments.length];
            }
            for (int i = 0; i < segments.length; i += 2) {
                buffer[i] = l.toPixelX(segments[i]);
                buffer[i + 1] = l.toPixelY(segments[i + 1]);
            }
            d.strokeSegments(buffer, segments.length);
        }
    }

    private static void paintAxes(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double font = l.font();
        double tick = 0.4 * font;
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokeRect(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFont(0.9 * font, false);
        d.setFill(t.text());
        ViewBox box = l.box();
        double bottom = l.plotY() + l.plotHeight();
        for (double x : Ticks.between(box.xMin(), box.xMax(), (int) Math.max(2, l.plotWidth() / (6.5 * font)))) {
            double px = l.toPixelX(x);
            d.strokeLine(px, bottom, px, bottom + tick);
            d.fillText(Ticks.format(x), px, bottom + tick + 0.2 * font, Align.CENTER, Baseline.TOP);
        }
        for (double y : Ticks.between(box.yMin(), box.yMax(), (int) Math.max(2, l.plotHeight() / (4.5 * font)))) {
            double py = l.toPixelY(y);
            d.strokeLine(l.plotX() - tick, py, l.plotX(), py);
            d.fillText(Ticks.format(y), l.plotX() - tick - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        d.setFont(font, false);
        d.fillText("x", l.plotX() + l.plotWidth() / 2, bottom + 2.2 * font, Align.CENTER, Baseline.TOP);
        d.fillText("y", l.plotX() - 3.4 * font, l.plotY() + l.plotHeight() / 2, Align.CENTER, Baseline.MIDDLE);
    }

    private static void paintColorBar(Drawing d, Frame f, ContourPlot c) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double font = l.font();
        Levels levels = c.levels();
        double x = l.plotX() + l.plotWidth() + 0.8 * font;
        double w = 1.0 * font;
        double top = l.plotY();
        double h = l.plotHeight();
        int bands = levels.bands();
        double bandHeight = h / bands;
        for (int b = 0; b < bands; b++) {
            d.setFill(ContourPlot.bandColor(c.colorMap(), levels, b));
            // Overlap by a pixel so that no seam shows between bands.
            d.fillRect(x, top + h - (b + 1) * bandHeight, w, bandHeight + 0.75);
        }
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokeRect(x, top, w, h);
        d.setFont(0.85 * font, false);
        d.setFill(t.text());
        int every = (int) Math.ceil(1.25 * font / bandHeight);
        for (int k = 0; k < levels.size(); k++) {
            if ((levels.size() - 1 - k) % every != 0) {
                continue;
            }
            double py = top + h - (k + 1) * bandHeight;
            d.strokeLine(x + w, py, x + w + 0.3 * font, py);
            d.fillText(Ticks.format(levels.get(k)), x + w + 0.45 * font, py, Align.LEFT, Baseline.MIDDLE);
        }
        d.setFont(0.9 * font, false);
        d.fillText("loss", x + w / 2, top - 0.45 * font, Align.CENTER, Baseline.BOTTOM);
    }

    /** The overlay: trajectories, the start, heads, divergence crosses, the legend and the title. */
    public static void paintOverlay(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        boolean darkMap = f.contour() == null || f.contour().colorMap().isDark();
        int halo = darkMap ? 0xD9FFFFFF : 0x8C000000;
        int outline = darkMap ? 0xFFFFFFFF : 0xFF1A1A1A;
        double s = l.scale();
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        double[] xs = new double[0];
        double[] ys = new double[0];
        for (Track track : f.tracks()) {
            Trajectory tr = track.trajectory();
            int last = tr.clampStep(f.step());
            if (xs.length < last + 1) {
                xs = new double[last + 1];
                ys = new double[last + 1];
            }
            int n = project(tr, last, l, xs, ys);
            d.setStroke(halo, (darkMap ? 4.6 : 3.6) * s);
            d.strokePolyline(xs, ys, n);
            d.setStroke(Palette.color(track.optimizer()), 2.2 * s);
            d.strokePolyline(xs, ys, n);
        }
        paintStart(d, l, f);
        for (Track track : f.tracks()) {
            Trajectory tr = track.trajectory();
            int last = tr.clampStep(f.step());
            double px = l.toPixelX(tr.x(last));
            double py = l.toPixelY(tr.y(last));
            if (tr.outcomeAt(f.step()).isDiverged()) {
                paintDiverged(d, f, track, px, py, halo, tr.outcome());
            } else {
                double[][] shape = Palette.marker(track.optimizer()).outline(px, py, 5.2 * s);
                d.setFill(Palette.color(track.optimizer()));
                d.fillPolygon(shape[0], shape[1], shape[0].length);
                d.setStroke(outline, 1.3 * s);
                d.strokePolygon(shape[0], shape[1], shape[0].length);
            }
        }
        d.restore();
        paintLegend(d, f, outline);
        paintTitle(d, f);
    }

    /** Projects steps 0..last to pixels, dropping points within 0.6 px of the previous one kept. */
    static int project(Trajectory tr, int last, FrameLayout l, double[] xs, double[] ys) {
        int n = 0;
        for (int k = 0; k <= last; k++) {
            double px = l.toPixelX(tr.x(k));
            double py = l.toPixelY(tr.y(k));
            if (n > 0 && k < last && Math.abs(px - xs[n - 1]) < 0.6 && Math.abs(py - ys[n - 1]) < 0.6) {
                continue;
            }
            xs[n] = px;
            ys[n] = py;
            n++;
        }
        return n;
    }

    private static void paintStart(Drawing d, FrameLayout l, Frame f) {
        double s = l.scale();
        double px = l.toPixelX(f.start().x());
        double py = l.toPixelY(f.start().y());
        d.setFill(0xFFFFFFFF);
        d.fillCircle(px, py, 6.5 * s);
        d.setStroke(0xFF000000, 1.6 * s);
        d.strokeCircle(px, py, 6.5 * s);
        d.setFill(0xFF000000);
        d.fillCircle(px, py, 2.2 * s);
    }

    private static void paintDiverged(Drawing d, Frame f, Track track, double px, double py, int halo,
            Outcome outcome) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double r = 7 * s;
        for (int pass = 0; pass < 2; pass++) {
            d.setStroke(pass == 0 ? halo : Palette.color(track.optimizer()), (pass == 0 ? 5.5 : 3) * s);
            d.strokeLine(px - r, py - r, px + r, py + r);
            d.strokeLine(px - r, py + r, px + r, py - r);
        }
        String text = track.optimizer().title() + " diverged at " + outcome.step();
        d.setFont(0.85 * l.font(), true);
        double w = d.textWidth(text);
        double tx = Math.max(l.plotX() + 4 * s, Math.min(px + r + 4 * s, l.plotX() + l.plotWidth() - w - 4 * s));
        double ty = Math.max(l.plotY() + l.font(), Math.min(py - r, l.plotY() + l.plotHeight() - 4 * s));
        d.setFill(f.theme().legend());
        d.fillRect(tx - 3 * s, ty - 0.95 * l.font(), w + 6 * s, 1.25 * l.font());
        d.setFill(f.theme().text());
        d.fillText(text, tx, ty, Align.LEFT, Baseline.BASELINE);
    }

    private static void paintLegend(Drawing d, Frame f, int outline) {
        List<Track> tracks = f.tracks();
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double s = l.scale();
        double font = 0.9 * l.font();
        double row = 1.45 * font;
        double pad = 0.5 * font;
        double swatch = 2.2 * font;
        d.setFont(font, false);
        double textWidth = d.textWidth("start");
        String[] labels = new String[tracks.size()];
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            Outcome o = track.trajectory().outcomeAt(f.step());
            labels[i] = track.optimizer().title() + (o.isRunning() ? "" : " · " + o.describe());
            textWidth = Math.max(textWidth, d.textWidth(labels[i]));
        }
        double w = pad * 2 + swatch + 0.5 * font + textWidth;
        double h = pad * 2 + row * (tracks.size() + 1);
        double x = l.plotX() + l.plotWidth() - w - 0.6 * font;
        double y = l.plotY() + 0.6 * font;
        d.setFill(t.legend());
        d.fillRect(x, y, w, h);
        d.setStroke(Palette.withAlpha(t.axis(), 0.6), Math.max(1, 0.8 * s));
        d.strokeRect(x, y, w, h);
        for (int i = 0; i <= tracks.size(); i++) {
            double cy = y + pad + row * (i + 0.5);
            double sx = x + pad;
            if (i < tracks.size()) {
                Track track = tracks.get(i);
                int color = Palette.color(track.optimizer());
                d.setStroke(color, 2.4 * s);
                d.strokeLine(sx, cy, sx + swatch, cy);
                double[][] shape = Palette.marker(track.optimizer()).outline(sx + swatch / 2, cy, 4.6 * s);
                d.setFill(color);
                d.fillPolygon(shape[0], shape[1], shape[0].length);
                d.setStroke(t.isDark() ? 0xFFFFFFFF : 0xFF1A1A1A, 1.1 * s);
                d.strokePolygon(shape[0], shape[1], shape[0].length);
            } else {
                d.setFill(0xFFFFFFFF);
                d.fillCircle(sx + swatch / 2, cy, 5.5 * s);
                d.setStroke(0xFF000000, 1.4 * s);
                d.strokeCircle(sx + swatch / 2, cy, 5.5 * s);
                d.setFill(0xFF000000);
                d.fillCircle(sx + swatch / 2, cy, 1.9 * s);
            }
            d.setFill(t.text());
            d.fillText(i < tracks.size() ? labels[i] : "start", sx + swatch + 0.5 * font, cy, Align.LEFT,
                    Baseline.MIDDLE);
        }
    }

    private static void paintTitle(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        d.setFont(1.1 * l.font(), true);
        d.setFill(f.theme().text());
        d.fillText(f.surfaceName() + "  ·  step " + f.step() + " of " + f.totalSteps(), l.plotX(),
                l.plotY() - 0.7 * l.font(), Align.LEFT, Baseline.BOTTOM);
    }
}
