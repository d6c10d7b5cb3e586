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

    /** The title's size, in the layout's font sizes. */
    private static final double TITLE_FONT = 1.1;

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
        paintTrails(d, f, 0);
        paintMarks(d, f);
    }

    /** Light halos on dark colour maps, dark ones on light maps. */
    private static int halo(Frame f) {
        return f.contour() == null || f.contour().colorMap().isDark() ? 0xD9FFFFFF : 0x8C000000;
    }

    private static int outline(Frame f) {
        return f.contour() == null || f.contour().colorMap().isDark() ? 0xFFFFFFFF : 0xFF1A1A1A;
    }

    /**
     * The trails from step {@code from} to the frame's step, each a coloured line on a halo. From 0 it draws them
     * whole; from a later step it adds only the new part to trails drawn before (the window does this while
     * playing), redrawing the last segment's colour so that the new halo does not cut the line at the joint.
     */
    public static void paintTrails(Drawing d, Frame f, long from) {
        FrameLayout l = f.layout();
        double s = l.scale();
        int halo = halo(f);
        boolean darkMap = halo == 0xD9FFFFFF;
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        double[] xs = new double[0];
        double[] ys = new double[0];
        for (Track track : f.tracks()) {
            Trajectory tr = track.trajectory();
            if (tr.isEmpty()) {
                continue;
            }
            int last = tr.clampStep(f.step());
            int first = (int) Math.max(0, Math.min(from, last));
            if (from > 0 && first == last) {
                continue;
            }
            int begin = Math.max(0, first - 1);
            if (xs.length < last - begin + 1) {
                xs = new double[last - begin + 1];
                ys = new double[last - begin + 1];
            }
            int n = project(tr, begin, last, l, xs, ys);
            int offset = from > 0 && first > 0 ? 1 : 0;
            d.setStroke(halo, (darkMap ? 4.6 : 3.6) * s);
            strokeFrom(d, xs, ys, n, offset);
            d.setStroke(Palette.color(track.optimizer(), f.theme()), 2.2 * s);
            d.strokePolyline(xs, ys, n);
        }
        d.restore();
    }

    /**
     * The boxes (x, y, width, height), one per trail that moved, that {@link #paintTrails} draws in when it adds
     * the steps after {@code from}: the window repaints only the part of the plot they cover.
     */
    public static List<double[]> trailBounds(Frame f, long from) {
        FrameLayout l = f.layout();
        double margin = 3 * l.scale() + 1;
        List<double[]> boxes = new java.util.ArrayList<>();
        for (Track track : f.tracks()) {
            Trajectory tr = track.trajectory();
            int last = tr.clampStep(f.step());
            int first = (int) Math.max(0, Math.min(from, last));
            if (first == last) {
                continue;
            }
            double x0 = Double.POSITIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int k = Math.max(0, first - 1); k <= last; k++) {
                double px = l.toPixelX(tr.x(k));
                double py = l.toPixelY(tr.y(k));
                x0 = Math.min(x0, px);
                y0 = Math.min(y0, py);
                x1 = Math.max(x1, px);
                y1 = Math.max(y1, py);
            }
            boxes.add(new double[] {x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin});
        }
        return boxes;
    }

    private static void strokeFrom(Drawing d, double[] xs, double[] ys, int n, int offset) {
        if (offset == 0) {
            d.strokePolyline(xs, ys, n);
        } else if (n > 1) {
            d.strokePolyline(java.util.Arrays.copyOfRange(xs, 1, n), java.util.Arrays.copyOfRange(ys, 1, n), n - 1);
        }
    }

    /** The start, the heads of the trails, divergence crosses with their labels, the legend and the title. */
    public static void paintMarks(Drawing d, Frame f) {
        paintStart(d, f);
        for (Track track : f.tracks()) {
            paintHead(d, f, track);
        }
        paintLegend(d, f);
        paintTitle(d, f);
    }

    /** Where a trail's head is at the frame's step, in pixels. */
    private static double[] headPixel(Frame f, Track track) {
        Trajectory tr = track.trajectory();
        int last = tr.clampStep(f.step());
        return new double[] {f.layout().toPixelX(tr.x(last)), f.layout().toPixelY(tr.y(last))};
    }

    /** One trail's head: its marker, or where it diverged or escaped a cross and "diverged at k" or "escaped at k". */
    public static void paintHead(Drawing d, Frame f, Track track) {
        if (track.trajectory().isEmpty()) {
            return;
        }
        FrameLayout l = f.layout();
        double s = l.scale();
        double[] p = headPixel(f, track);
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        if (track.trajectory().outcomeAt(f.step()).isCutShort()) {
            paintDiverged(d, f, track, p[0], p[1], halo(f), track.trajectory().outcome());
        } else {
            double[][] shape = Palette.marker(track.optimizer()).outline(p[0], p[1], 5.2 * s);
            d.setFill(Palette.color(track.optimizer(), f.theme()));
            d.fillPolygon(shape[0], shape[1], shape[0].length);
            d.setStroke(outline(f), 1.3 * s);
            d.strokePolygon(shape[0], shape[1], shape[0].length);
        }
        d.restore();
    }

    /**
     * The box (x, y, width, height) that {@link #paintHead} draws in, so that the window can give each head a
     * canvas of its own and repaint only that small area as it moves.
     */
    public static double[] headBounds(Drawing d, Frame f, Track track) {
        if (track.trajectory().isEmpty()) {
            return new double[] {0, 0, 0, 0};
        }
        FrameLayout l = f.layout();
        double s = l.scale();
        double[] p = headPixel(f, track);
        if (!track.trajectory().outcomeAt(f.step()).isCutShort()) {
            double r = 9 * s;
            return new double[] {p[0] - r, p[1] - r, 2 * r, 2 * r};
        }
        double[] label = divergedLabelBox(d, f, track, p[0], p[1]);
        double r = 10 * s;
        double x0 = Math.min(p[0] - r, label[0]);
        double y0 = Math.min(p[1] - r, label[1]);
        double x1 = Math.max(p[0] + r, label[0] + label[2]);
        double y1 = Math.max(p[1] + r, label[1] + label[3]);
        return new double[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** The box around the start marker. */
    public static double[] startBounds(Frame f) {
        FrameLayout l = f.layout();
        double r = 9 * l.scale();
        return new double[] {l.toPixelX(f.start().x()) - r, l.toPixelY(f.start().y()) - r, 2 * r, 2 * r};
    }

    /**
     * The box the title is drawn in, above the plot and as wide as the title at its last step (digits have one
     * width): a window that repaints the title each frame then repaints a small area, apart from the plot's.
     */
    public static double[] titleBounds(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        d.setFont(TITLE_FONT * l.font(), true);
        double w = d.textWidth(title(f, f.totalSteps()));
        return new double[] {l.plotX(), 0, Math.min(w, l.width() - l.plotX()), Math.max(0, l.plotY() - 2)};
    }

    /**
     * Projects steps {@code first..last} to pixels. A point is dropped when it falls in a pixel a kept point of the
     * same trail already covers and the trail stays there: an optimizer hovering about a minimum revisits the same
     * few pixels thousands of times, and redrawing them changes nothing but the time a frame takes. When the trail
     * moves on, the last dropped point is kept so that the line leaves from where the trajectory really was.
     *
     * @return the number of points written to xs and ys
     */
    static int project(Trajectory tr, int first, int last, FrameLayout l, double[] xs, double[] ys) {
        CellSet visited = new CellSet();
        int n = 0;
        int skipped = -1;
        for (int k = first; k <= last; k++) {
            double px = l.toPixelX(tr.x(k));
            double py = l.toPixelY(tr.y(k));
            long cell = cell(px, py);
            if (n > 0 && k < last && visited.contains(cell)) {
                skipped = k;
                continue;
            }
            if (skipped >= 0) {
                xs[n] = l.toPixelX(tr.x(skipped));
                ys[n] = l.toPixelY(tr.y(skipped));
                n++;
                skipped = -1;
            }
            xs[n] = px;
            ys[n] = py;
            n++;
            visited.add(cell);
        }
        return n;
    }

    private static long cell(double px, double py) {
        return ((long) Math.floor(px) << 32) ^ ((long) Math.floor(py) & 0xFFFFFFFFL);
    }

    /** The start θ₀: a white disc with a black ring and centre. */
    public static void paintStart(Drawing d, Frame f) {
        FrameLayout l = f.layout();
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
            d.setStroke(pass == 0 ? halo : Palette.color(track.optimizer(), f.theme()), (pass == 0 ? 5.5 : 3) * s);
            d.strokeLine(px - r, py - r, px + r, py + r);
            d.strokeLine(px - r, py + r, px + r, py - r);
        }
        double[] box = divergedLabelBox(d, f, track, px, py);
        d.setFill(f.theme().legend());
        d.fillRect(box[0], box[1], box[2], box[3]);
        d.setFill(f.theme().text());
        d.fillText(divergedText(track), box[0] + 3 * s, box[1] + 0.95 * l.font(), Align.LEFT, Baseline.BASELINE);
    }

    private static String divergedText(Track track) {
        return track.optimizer().title() + " " + track.trajectory().outcome().describe();
    }

    /** The box behind "diverged at k" or "escaped at k", beside the cross and kept inside the plot. */
    private static double[] divergedLabelBox(Drawing d, Frame f, Track track, double px, double py) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double r = 7 * s;
        d.setFont(0.85 * l.font(), true);
        double w = d.textWidth(divergedText(track));
        double tx = Math.max(l.plotX() + 4 * s, Math.min(px + r + 4 * s, l.plotX() + l.plotWidth() - w - 4 * s));
        double ty = Math.max(l.plotY() + l.font(), Math.min(py - r, l.plotY() + l.plotHeight() - 4 * s));
        return new double[] {tx - 3 * s, ty - 0.95 * l.font(), w + 6 * s, 1.25 * l.font()};
    }

    /**
     * What the legend says at the frame's step, one line per track and "start" last; it changes only rarely. In a
     * narrow plot it uses short names and leaves the outcomes to the crosses and the table.
     */
    public static List<String> legendLabels(Frame f) {
        boolean narrow = f.layout().plotWidth() < 30 * f.layout().font();
        List<String> labels = new java.util.ArrayList<>();
        for (Track track : f.tracks()) {
            Outcome o = track.trajectory().outcomeAt(f.step());
            labels.add(narrow ? track.optimizer().shortTitle()
                    : track.optimizer().title() + (o.isRunning() ? "" : " · " + o.describe()));
        }
        labels.add("start");
        return labels;
    }

    /** The legend's box (x, y, width, height) in the top right corner of the plot. */
    public static double[] legendBounds(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        double font = 0.9 * l.font();
        d.setFont(font, false);
        double textWidth = 0;
        List<String> labels = legendLabels(f);
        for (String label : labels) {
            textWidth = Math.max(textWidth, d.textWidth(label));
        }
        double w = font + 2.2 * font + 0.5 * font + textWidth;
        double h = font + 1.45 * font * labels.size();
        return new double[] {l.plotX() + l.plotWidth() - w - 0.6 * font, l.plotY() + 0.6 * font, w, h};
    }

    /** The legend: each track's line, marker and name with its outcome, and the start. */
    public static void paintLegend(Drawing d, Frame f) {
        List<Track> tracks = f.tracks();
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double s = l.scale();
        double font = 0.9 * l.font();
        double row = 1.45 * font;
        double pad = 0.5 * font;
        double swatch = 2.2 * font;
        List<String> labels = legendLabels(f);
        double[] box = legendBounds(d, f);
        double x = box[0];
        double y = box[1];
        double w = box[2];
        double h = box[3];
        d.setFill(t.legend());
        d.fillRect(x, y, w, h);
        d.setStroke(Palette.withAlpha(t.axis(), 0.6), Math.max(1, 0.8 * s));
        d.strokeRect(x, y, w, h);
        for (int i = 0; i <= tracks.size(); i++) {
            double cy = y + pad + row * (i + 0.5);
            double sx = x + pad;
            if (i < tracks.size()) {
                Track track = tracks.get(i);
                int color = Palette.color(track.optimizer(), f.theme());
                if (Palette.faintOn(color, t.background())) {
                    d.setStroke(Palette.halo(t), 4 * s);
                    d.strokeLine(sx, cy, sx + swatch, cy);
                }
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
            d.setFont(font, false);
            d.fillText(labels.get(i), sx + swatch + 0.5 * font, cy, Align.LEFT, Baseline.MIDDLE);
        }
    }

    /** The title above the plot: the surface and the step. */
    public static void paintTitle(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        d.setFont(TITLE_FONT * l.font(), true);
        d.setFill(f.theme().text());
        d.fillText(title(f, f.step()), l.plotX(), l.plotY() - 0.7 * l.font(), Align.LEFT, Baseline.BOTTOM);
    }

    private static String title(Frame f, long step) {
        return f.surfaceName() + "  ·  step " + step + " of " + f.totalSteps();
    }
}
