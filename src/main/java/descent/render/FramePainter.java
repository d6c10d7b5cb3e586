package descent.render;

import descent.contour.ContourPlot;
import descent.contour.Levels;
import descent.math.Numbers;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Trajectory;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paints a frame against the drawing interface: the background layer (contour bands, isolines, axes, colour bar,
 * legend), which changes only with the view and the race, and the overlay (trajectories, heads, the start, where a
 * path ended and why, the title), which changes every step. The window draws them on stacked layers; exports draw
 * both into one image. Nothing is drawn outside the plot but the margins' text, so a path that runs off to
 * infinity is marked where it leaves the plot.
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
        LandmarkPainter.paintField(d, f);
        LandmarkPainter.paintLandmarks(d, f);
        paintAxes(d, f);
        if (c != null) {
            paintColorBar(d, f, c);
        }
        paintLegend(d, f);
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

    static void paintAxes(Drawing d, Frame f) {
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
        int xCount = (int) Math.max(2, l.plotWidth() / (6.5 * font));
        for (double x : Ticks.between(box.xMin(), box.xMax(), xCount, l.plotWidth() >= MIN_TICKED ? 3 : 1)) {
            double px = l.toPixelX(x);
            d.strokeLine(px, bottom, px, bottom + tick);
            d.fillText(Numbers.brief(x), px, bottom + tick + 0.2 * font, Align.CENTER, Baseline.TOP);
        }
        int yCount = (int) Math.max(2, l.plotHeight() / (4.5 * font));
        for (double y : Ticks.between(box.yMin(), box.yMax(), yCount, l.plotHeight() >= MIN_TICKED ? 3 : 1)) {
            double py = l.toPixelY(y);
            d.strokeLine(l.plotX() - tick, py, l.plotX(), py);
            d.fillText(Numbers.brief(y), l.plotX() - tick - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        d.setFont(font, false);
        d.fillText("x", l.plotX() + l.plotWidth() / 2, bottom + 2.2 * font, Align.CENTER, Baseline.TOP);
        d.fillText("y", l.plotX() - 3.4 * font, l.plotY() + l.plotHeight() / 2, Align.CENTER, Baseline.MIDDLE);
    }

    /** The side, in pixels, from which an axis shows at least three ticks, so that its scale can be read. */
    static final double MIN_TICKED = 150;

    private static void paintColorBar(Drawing d, Frame f, ContourPlot c) {
        paintColorBar(d, f, c.levels(), c.colorMap());
    }

    /** The colour bar right of the plot, its bands in the map's colours and its ticks at the levels. */
    static void paintColorBar(Drawing d, Frame f, Levels levels, descent.contour.ColorMap map) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double font = l.font();
        double x = l.plotX() + l.plotWidth() + 0.8 * font;
        double w = 1.0 * font;
        double top = l.plotY();
        double h = l.plotHeight();
        int bands = levels.bands();
        double bandHeight = h / bands;
        for (int b = 0; b < bands; b++) {
            d.setFill(ContourPlot.bandColor(map, levels, b));
            // Overlap by a pixel so that no seam shows between bands.
            d.fillRect(x, top + h - (b + 1) * bandHeight, w, bandHeight + 0.75);
        }
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokeRect(x, top, w, h);
        d.setFont(FrameLayout.SMALL * font, false);
        d.setFill(t.text());
        int every = (int) Math.ceil(1.25 * font / bandHeight);
        for (int k = 0; k < levels.size(); k++) {
            if ((levels.size() - 1 - k) % every != 0) {
                continue;
            }
            double py = top + h - (k + 1) * bandHeight;
            d.strokeLine(x + w, py, x + w + 0.3 * font, py);
            d.fillText(Numbers.brief(levels.get(k)), x + w + 0.45 * font, py, Align.LEFT, Baseline.MIDDLE);
        }
        d.setFont(0.9 * font, false);
        d.fillText("loss", x + w / 2, top - 0.45 * font, Align.CENTER, Baseline.BOTTOM);
    }

    /** The overlay: trajectories, the start, heads, where paths ended, and the title. */
    public static void paintOverlay(Drawing d, Frame f) {
        paintTrails(d, f, 0);
        paintMarks(d, f);
    }

    /**
     * The halo under the inspector's arrows and labels, which are drawn in the text's colour and the racer's: light
     * on dark colour maps, dark on light ones. A trail's halo contrasts with its own colour instead
     * ({@link Palette#haloFor}).
     */
    static int halo(Frame f) {
        return darkMap(f) ? 0xD9FFFFFF : 0x8C000000;
    }

    private static boolean darkMap(Frame f) {
        return f.contour() == null ? f.theme().isDark() : f.contour().colorMap().isDark();
    }

    /**
     * The trails from step {@code from} to the frame's step, each a coloured line on a halo that contrasts with it,
     * dashed for the variants. A step that is long beside the plot is drawn thinner and fainter (see {@link Jumps}),
     * and the racers whose paths end by diverging or leaving the view are drawn first, beneath the others. From 0 it
     * draws the trails whole; from a later step it adds only the new part to trails drawn before (the window does
     * this while playing), redrawing the last segment's colour so that the new halo does not cut the line at the
     * joint.
     */
    public static void paintTrails(Drawing d, Frame f, long from) {
        FrameLayout l = f.layout();
        double s = l.scale();
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        double m = REACH * l.font();
        double[] reach = {l.plotX() - m, l.plotY() - m, l.plotWidth() + 2 * m, l.plotHeight() + 2 * m};
        double side = Math.min(l.plotWidth(), l.plotHeight());
        double[] xs = new double[0];
        double[] ys = new double[0];
        int[] levels = new int[0];
        double[] along = new double[0];
        if (from == 0) {
            paintGhosts(d, f, reach);
        }
        for (Track track : f.tracks()) {
            if (!track.trajectory().swarm().isEmpty()) {
                paintSwarm(d, f, track, from, reach);
            }
        }
        for (Track track : drawingOrder(f.tracks())) {
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
                levels = new int[last - begin + 1];
                along = new double[last - begin + 1];
            }
            int n = project(tr, begin, last, l, xs, ys);
            for (int i = 0; i + 1 < n; i++) {
                levels[i] = Jumps.level(xs[i], ys[i], xs[i + 1], ys[i + 1], side);
            }
            hideAfterLeaving(tr, last, l, xs, ys, levels, n);
            int offset = from > 0 && first > 0 ? 1 : 0;
            int color = Palette.color(track.slot(), f.theme());
            int halo = Palette.haloFor(color);
            double haloAlpha = (halo >>> 24) / 255.0;
            for (int q = 0; q < Jumps.LEVELS; q++) {
                if (Jumps.haloOpacity(q) > 0) {
                    d.setStroke(Palette.withAlpha(halo, haloAlpha * Jumps.haloOpacity(q)), HALO * s * Jumps.width(q));
                    strokeRuns(d, xs, ys, levels, q, offset, n, reach, null);
                }
            }
            double width = LINE * s;
            // Dashes as long on faint steps as on full ones, so that a variant reads as dashed all along.
            double[] dash = scaled(Palette.dash(track.slot()), width);
            double[] phases = null;
            if (dash.length > 0) {
                // Each piece starts as far into the pattern as the trail has come, so that a trail grown step by
                // step while playing shows the dashes it shows drawn whole, not a solid line of first dashes.
                double period = Arrays.stream(dash).sum();
                along[0] = lengthTo(tr, begin, l) % period;
                for (int i = 0; i + 1 < n; i++) {
                    along[i + 1] = (along[i] + Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i])) % period;
                }
                phases = along;
            }
            // Redrawing an old translucent step would darken it: only an opaque one is drawn again at the joint.
            int redraw = offset == 1 && levels[0] != 0 ? 1 : 0;
            for (int q = 0; q < Jumps.LEVELS; q++) {
                d.setStroke(Palette.withAlpha(color, Jumps.opacity(q)), width * Jumps.width(q));
                d.setDash(dash);
                strokeRuns(d, xs, ys, levels, q, redraw, n, reach, phases);
                d.setDash();
            }
        }
        d.restore();
    }

    /**
     * Marks as not drawn ({@link Jumps#LEVELS}) the steps between two points outside the plot after the path's last
     * point inside it: a racer that has left the view for good, swinging ever wider across it, would otherwise lay
     * line upon faint line over the same place (the learning-rate lesson's diverging SGD made a bar over the minimum).
     * The step that leaves is drawn; the note says where the path ended. Decided on the whole path, not the frame's
     * step, so that a trail grown while playing is the trail drawn whole.
     */
    private static void hideAfterLeaving(Trajectory tr, int last, FrameLayout l, double[] xs, double[] ys,
            int[] levels, int n) {
        int lastInside = tr.size() - 1;
        while (lastInside >= 0 && !l.inPlot(l.toPixelX(tr.x(lastInside)), l.toPixelY(tr.y(lastInside)))) {
            lastInside--;
        }
        if (lastInside >= last) {
            return;
        }
        // Every point after the path's last one inside is outside, so the steps after the last projected point
        // inside are those between two points outside for good.
        int j = n - 1;
        while (j >= 0 && !l.inPlot(xs[j], ys[j])) {
            j--;
        }
        for (int i = Math.max(0, j + 1); i + 1 < n; i++) {
            levels[i] = Jumps.LEVELS;
        }
    }

    /** The width of a trail's line and of its halo, in scaled pixels. */
    private static final double LINE = 2.2;
    private static final double HALO = 4.0;

    /**
     * The tracks in the order their trails are drawn: those whose paths end by diverging or leaving the view first,
     * so that their long lines lie beneath the paths that stay; otherwise in legend order.
     */
    static List<Track> drawingOrder(List<Track> tracks) {
        List<Track> out = new ArrayList<>(tracks.size());
        for (Track t : tracks) {
            if (t.trajectory().outcome().isCutShort()) {
                out.add(t);
            }
        }
        for (Track t : tracks) {
            if (!t.trajectory().outcome().isCutShort()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The length in pixels of a trajectory's path from its start to step {@code k}. */
    static double lengthTo(Trajectory tr, int k, FrameLayout l) {
        double length = 0;
        for (int i = 1; i <= k; i++) {
            double dx = l.toPixelX(tr.x(i)) - l.toPixelX(tr.x(i - 1));
            double dy = l.toPixelY(tr.y(i)) - l.toPixelY(tr.y(i - 1));
            double step = Math.hypot(dx, dy);
            length += Double.isFinite(step) ? step : 0;
        }
        return length;
    }

    /**
     * Strokes, from point {@code from} on, each run of consecutive steps drawn at strength {@code level}; each run's
     * dashes from its first point's phase when {@code phases} are given.
     */
    private static void strokeRuns(Drawing d, double[] xs, double[] ys, int[] levels, int level, int from, int n,
            double[] reach, double[] phases) {
        int i = from;
        while (i + 1 < n) {
            if (levels[i] != level) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && levels[j] == level) {
                j++;
            }
            if (phases != null) {
                d.setDashPhase(phases[i]);
            }
            strokeWithin(d, xs, ys, i, j + 1, reach);
            i = j;
        }
    }

    /**
     * The paths as they were before the last change, thin and faint in their racers' colours, up to the frame's step:
     * beside the new ones they show what a slider or a new start did.
     */
    private static void paintGhosts(Drawing d, Frame f, double[] reach) {
        FrameLayout l = f.layout();
        double[] xs = new double[0];
        double[] ys = new double[0];
        for (Track track : f.extras().ghosts()) {
            Trajectory tr = track.trajectory();
            if (tr.isEmpty()) {
                continue;
            }
            int last = tr.clampStep(f.step());
            if (xs.length < last + 1) {
                xs = new double[last + 1];
                ys = new double[last + 1];
            }
            int n = project(tr, 0, last, l, xs, ys);
            d.setStroke(Palette.withAlpha(Palette.color(track.slot(), f.theme()), 0.45), 1.4 * l.scale());
            strokeWithin(d, xs, ys, 0, n, reach);
        }
    }

    /**
     * The paths from a racer's many starts: thin, translucent lines in its colour under every racer's main path,
     * each with a dot where it is at the frame's step, so that where the starts end up reads as a cloud of dots.
     */
    private static void paintSwarm(Drawing d, Frame f, Track track, long from, double[] reach) {
        FrameLayout l = f.layout();
        double s = l.scale();
        int color = Palette.color(track.slot(), f.theme());
        double[] xs = new double[0];
        double[] ys = new double[0];
        d.setStroke(Palette.withAlpha(color, 0.55), 0.9 * s);
        for (Trajectory tr : track.trajectory().swarm()) {
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
            strokeWithin(d, xs, ys, 0, n, reach);
        }
    }

    /** Where each path of every swarm is at the frame's step: a dot in its racer's colour. */
    public static void paintSwarmHeads(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        double s = l.scale();
        for (Track track : f.tracks()) {
            int color = Palette.color(track.slot(), f.theme());
            d.setFill(color);
            d.setStroke(Palette.outlineFor(color), 0.8 * s);
            for (Trajectory tr : track.trajectory().swarm()) {
                if (tr.isEmpty()) {
                    continue;
                }
                int k = tr.clampStep(f.step());
                double px = l.toPixelX(tr.x(k));
                double py = l.toPixelY(tr.y(k));
                if (l.inPlot(px, py)) {
                    d.fillCircle(px, py, SWARM_DOT * s);
                    d.strokeCircle(px, py, SWARM_DOT * s);
                }
            }
        }
    }

    private static final double SWARM_DOT = 2.4;

    /** The box the swarms' dots lie in at the frame's step, within the plot; empty when there are none. */
    public static double[] swarmHeadBounds(Frame f) {
        FrameLayout l = f.layout();
        double r = (SWARM_DOT + 1) * l.scale();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Track track : f.tracks()) {
            for (Trajectory tr : track.trajectory().swarm()) {
                if (!tr.isEmpty()) {
                    int k = tr.clampStep(f.step());
                    double px = l.toPixelX(tr.x(k));
                    double py = l.toPixelY(tr.y(k));
                    x0 = Math.min(x0, px);
                    y0 = Math.min(y0, py);
                    x1 = Math.max(x1, px);
                    y1 = Math.max(y1, py);
                }
            }
        }
        if (x0 > x1) {
            return new double[] {0, 0, 0, 0};
        }
        return intersect(new double[] {x0 - r, y0 - r, x1 - x0 + 2 * r, y1 - y0 + 2 * r}, l.plotRect());
    }

    static double[] scaled(double[] dash, double width) {
        double[] out = dash.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= width;
        }
        return out;
    }

    /**
     * The boxes (x, y, width, height), one per trail that moved, that {@link #paintTrails} draws in when it adds
     * the steps after {@code from}, cut to the plot: the window repaints only the part of the plot they cover.
     */
    public static List<double[]> trailBounds(Frame f, long from) {
        FrameLayout l = f.layout();
        double margin = 3 * l.scale() + 1;
        List<double[]> boxes = new ArrayList<>();
        List<Trajectory> paths = new ArrayList<>();
        for (Track track : f.tracks()) {
            paths.add(track.trajectory());
            paths.addAll(track.trajectory().swarm());
        }
        if (from == 0) {
            f.extras().ghosts().forEach(g -> paths.add(g.trajectory()));
        }
        for (Trajectory tr : paths) {
            if (tr.isEmpty()) {
                continue;
            }
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
            double[] box = intersect(new double[] {x0 - margin, y0 - margin, x1 - x0 + 2 * margin,
                y1 - y0 + 2 * margin}, l.plotRect());
            if (box[2] > 0 && box[3] > 0) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** The part two boxes (x, y, width, height) share; zero width or height when none. */
    public static double[] intersect(double[] a, double[] b) {
        double x0 = Math.max(a[0], b[0]);
        double y0 = Math.max(a[1], b[1]);
        double x1 = Math.min(a[0] + a[2], b[0] + b[2]);
        double y1 = Math.min(a[1] + a[3], b[1] + b[3]);
        return new double[] {x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)};
    }

    /** How far beyond the plot, in font sizes, a trail is drawn before it is cut: the rest is never seen. */
    private static final double REACH = 20;

    /**
     * Strokes points {@code from..n-1} as a polyline, cut to a rectangle around the plot: a diverging path's last
     * points lie millions of pixels away, where rasterizers grow slow or fail. Runs that stay inside are drawn as
     * they are; a segment that leaves is cut at the rectangle's edge.
     */
    static void strokeWithin(Drawing d, double[] xs, double[] ys, int from, int n, double[] r) {
        if (n - from < 2) {
            return;
        }
        double x0 = r[0];
        double y0 = r[1];
        double x1 = r[0] + r[2];
        double y1 = r[1] + r[3];
        boolean inside = true;
        for (int i = from; i < n && inside; i++) {
            inside = xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1;
        }
        if (inside) {
            if (from == 0) {
                d.strokePolyline(xs, ys, n);
            } else {
                d.strokePolyline(Arrays.copyOfRange(xs, from, n), Arrays.copyOfRange(ys, from, n), n - from);
            }
            return;
        }
        double[] rx = new double[n - from + 1];
        double[] ry = new double[n - from + 1];
        int run = 0;
        for (int i = from; i + 1 < n; i++) {
            double[] seg = clipSegment(xs[i], ys[i], xs[i + 1], ys[i + 1], x0, y0, x1, y1);
            if (seg == null) {
                if (run > 1) {
                    d.strokePolyline(rx, ry, run);
                }
                run = 0;
                continue;
            }
            boolean joins = run > 0 && rx[run - 1] == seg[0] && ry[run - 1] == seg[1];
            if (!joins) {
                if (run > 1) {
                    d.strokePolyline(rx, ry, run);
                }
                run = 0;
                rx[run] = seg[0];
                ry[run++] = seg[1];
            }
            rx[run] = seg[2];
            ry[run++] = seg[3];
        }
        if (run > 1) {
            d.strokePolyline(rx, ry, run);
        }
    }

    /** The part of a segment inside a rectangle (Liang–Barsky), as x1, y1, x2, y2; null when none is. */
    static double[] clipSegment(double ax, double ay, double bx, double by, double x0, double y0, double x1,
            double y1) {
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {t0 == 0 ? ax : ax + t0 * dx, t0 == 0 ? ay : ay + t0 * dy,
            t1 == 1 ? bx : ax + t1 * dx, t1 == 1 ? by : ay + t1 * dy};
    }

    /** The start, the heads of the trails, where paths ended with why, and the title. */
    public static void paintMarks(Drawing d, Frame f) {
        paintSwarmHeads(d, f);
        LandmarkPainter.paintShares(d, f);
        paintStart(d, f);
        for (Track track : f.tracks()) {
            paintHead(d, f, track);
        }
        paintNotes(d, f, notes(d, f));
        paintTitle(d, f);
    }

    /** Whether a track has stopped at the frame's step for a reason other than converging: its head is a cross. */
    static boolean ended(Frame f, Track track) {
        return track.trajectory().isEmpty() || track.trajectory().outcomeAt(f.step()).isCutShort();
    }

    /**
     * Where a trail's head is drawn at the frame's step, in pixels. A path that ended outside the plot is marked
     * where it last left the plot, so a divergence is seen where it happens; one that never had a point is marked
     * at the start.
     */
    static double[] headPixel(Frame f, Track track) {
        FrameLayout l = f.layout();
        Trajectory tr = track.trajectory();
        double[] p;
        if (tr.isEmpty()) {
            p = new double[] {l.toPixelX(f.start().x()), l.toPixelY(f.start().y())};
        } else {
            int last = tr.clampStep(f.step());
            double px = l.toPixelX(tr.x(last));
            double py = l.toPixelY(tr.y(last));
            if (!ended(f, track)) {
                return new double[] {px, py};
            }
            p = l.inPlot(px, py) ? new double[] {px, py} : exitPoint(tr, last, l);
        }
        // The whole cross inside the plot, not half of it cut off by the edge.
        double r = Math.min(CROSS * l.scale(), Math.min(l.plotWidth(), l.plotHeight()) / 2);
        p[0] = Math.max(l.plotX() + r, Math.min(p[0], l.plotX() + l.plotWidth() - r));
        p[1] = Math.max(l.plotY() + r, Math.min(p[1], l.plotY() + l.plotHeight() - r));
        return p;
    }

    /** Where the path up to step {@code last}, whose last point lies outside the plot, last crossed its edge. */
    static double[] exitPoint(Trajectory tr, int last, FrameLayout l) {
        double[] r = l.plotRect();
        for (int k = last - 1; k >= 0; k--) {
            double ax = l.toPixelX(tr.x(k));
            double ay = l.toPixelY(tr.y(k));
            if (l.inPlot(ax, ay)) {
                double bx = l.toPixelX(tr.x(k + 1));
                double by = l.toPixelY(tr.y(k + 1));
                double t = exitFraction(ax, ay, bx, by, r);
                return new double[] {ax + t * (bx - ax), ay + t * (by - ay)};
            }
        }
        // The whole path lies outside: mark the edge nearest its end.
        return new double[] {Math.max(r[0], Math.min(l.toPixelX(tr.x(last)), r[0] + r[2])),
            Math.max(r[1], Math.min(l.toPixelY(tr.y(last)), r[1] + r[3]))};
    }

    /** The fraction t of the way from a (inside the rectangle) to b (outside) at which the segment leaves it. */
    private static double exitFraction(double ax, double ay, double bx, double by, double[] r) {
        double t = 1;
        double dx = bx - ax;
        double dy = by - ay;
        if (dx > 0) {
            t = Math.min(t, (r[0] + r[2] - ax) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (r[0] - ax) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (r[1] + r[3] - ay) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (r[1] - ay) / dy);
        }
        return Math.max(0, t);
    }

    /** One trail's head: its marker, or where its path ended, a cross. */
    public static void paintHead(Drawing d, Frame f, Track track) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double[] p = headPixel(f, track);
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        int color = Palette.color(track.slot(), f.theme());
        if (ended(f, track)) {
            double r = CROSS * s;
            for (int pass = 0; pass < 2; pass++) {
                d.setStroke(pass == 0 ? Palette.haloFor(color) : color, (pass == 0 ? 5.5 : 3) * s);
                d.strokeLine(p[0] - r, p[1] - r, p[0] + r, p[1] + r);
                d.strokeLine(p[0] - r, p[1] + r, p[0] + r, p[1] - r);
            }
        } else {
            double[][] shape = Palette.marker(track.slot()).outline(p[0], p[1], 5.2 * s);
            d.setFill(color);
            d.fillPolygon(shape[0], shape[1], shape[0].length);
            d.setStroke(Palette.outlineFor(color), 1.3 * s);
            d.strokePolygon(shape[0], shape[1], shape[0].length);
        }
        d.restore();
    }

    /** The half-width of the cross that marks where a path ended, in scaled pixels. */
    static final double CROSS = 7;

    /**
     * The box (x, y, width, height) that {@link #paintHead} draws in, within the plot, so that the window can give
     * each head a small canvas of its own and repaint only that area as it moves.
     */
    public static double[] headBounds(Frame f, Track track) {
        FrameLayout l = f.layout();
        double r = 10 * l.scale();
        double[] p = headPixel(f, track);
        return intersect(new double[] {p[0] - r, p[1] - r, 2 * r, 2 * r}, l.plotRect());
    }

    /** The box around the start marker, within the plot. */
    public static double[] startBounds(Frame f) {
        FrameLayout l = f.layout();
        double r = 9 * l.scale();
        return intersect(new double[] {l.toPixelX(f.start().x()) - r, l.toPixelY(f.start().y()) - r, 2 * r, 2 * r},
                l.plotRect());
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

    /** The start θ₀, within the plot: a white disc with a black ring and centre. */
    public static void paintStart(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        startMarker(d, l.toPixelX(f.start().x()), l.toPixelY(f.start().y()), 6.5 * l.scale(), l.scale());
        d.restore();
    }

    static void startMarker(Drawing d, double px, double py, double r, double s) {
        d.setFill(0xFFFFFFFF);
        d.fillCircle(px, py, r);
        d.setStroke(0xFF000000, 1.6 * s);
        d.strokeCircle(px, py, r);
        d.setFill(0xFF000000);
        d.fillCircle(px, py, r / 3);
    }

    /**
     * A note on the plot saying why a path stopped, such as "Momentum diverged at 34", or why several did where their
     * crosses crowd together ("SGD 13, Nesterov 5: diverged"); see {@link Notes}.
     *
     * @param text   what it says, without the racers' markers
     * @param lines  what it draws, line by line: each name after its racer's marker
     * @param box    (x, y, width, height), inside the plot
     * @param anchor the centre (x, y) of the cross its leader line starts from
     * @param leader whether the note had to move away from its crosses, so that a thin line leads back to them
     */
    public record Note(String text, List<List<Notes.Part>> lines, double[] box, double[] anchor, boolean leader) {
    }

    /**
     * The notes of every path that ended at the frame's step other than by converging, beside their crosses or tied
     * to them by leader lines, none overlapping another or any cross, all inside the plot.
     */
    public static List<Note> notes(Drawing d, Frame f) {
        return Notes.of(d, f);
    }

    /** The box all notes lie in, or an empty one; the window repaints just that. */
    public static double[] notesBounds(List<Note> notes) {
        return Notes.bounds(notes);
    }

    /** Paints the notes on their boxes. */
    public static void paintNotes(Drawing d, Frame f, List<Note> notes) {
        Notes.paint(d, f, notes);
    }

    /** The legend, outside the plot where the layout put it: each track's line, marker and label, and the start. */
    /** A legend's box: the theme's legend background with a faint frame, and its text's font set. */
    static void paintLegendBox(Drawing d, FrameLayout.LegendBox box, Theme t, double scale) {
        d.setFill(t.legend());
        d.fillRect(box.x(), box.y(), box.width(), box.height());
        d.setStroke(Palette.withAlpha(t.axis(), 0.6), Math.max(1, 0.8 * scale));
        d.strokeRect(box.x(), box.y(), box.width(), box.height());
        d.setFont(box.font(), false);
    }

    public static void paintLegend(Drawing d, Frame f) {
        FrameLayout.LegendBox box = f.layout().legend();
        if (box.isEmpty()) {
            return;
        }
        List<Track> tracks = f.tracks();
        Theme t = f.theme();
        double s = f.layout().scale();
        double font = box.font();
        double swatch = FrameLayout.SWATCH * font;
        paintLegendBox(d, box, t, s);
        for (int i = 0; i <= tracks.size(); i++) {
            double[] at = box.entry(i);
            double sx = at[0];
            double cy = at[1];
            String label;
            if (i < tracks.size()) {
                Track track = tracks.get(i);
                label = track.label();
                int color = Palette.color(track.slot(), t);
                // The line runs into the marker at the swatch's end, as a trail runs into its head.
                double mx = sx + swatch - MARKER_ROOM * font;
                if (Palette.faintOn(color, t.legend() | 0xFF000000)) {
                    d.setStroke(Palette.halo(t), 4 * s);
                    d.strokeLine(sx, cy, mx, cy);
                }
                double width = 2.4 * s;
                d.setStroke(color, width);
                d.setDash(scaled(Palette.dash(track.slot()), width));
                d.strokeLine(sx, cy, mx, cy);
                d.setDash();
                double[][] shape = Palette.marker(track.slot()).outline(mx, cy, 4.6 * s);
                d.setFill(color);
                d.fillPolygon(shape[0], shape[1], shape[0].length);
                d.setStroke(Palette.outlineFor(color), 1.1 * s);
                d.strokePolygon(shape[0], shape[1], shape[0].length);
            } else {
                label = FrameLayout.START_LABEL;
                startMarker(d, sx + swatch - MARKER_ROOM * font, cy, 5.5 * s, 0.9 * s);
            }
            d.setFill(t.text());
            d.fillText(label, sx + swatch + FrameLayout.LABEL_SPACE * font, cy, Align.LEFT, Baseline.MIDDLE);
        }
    }

    /** How far from a legend swatch's end its marker's centre is, in legend font sizes. */
    private static final double MARKER_ROOM = 0.35;

    /** The labels a frame's legend lists, in order, for laying it out: the tracks' labels. */
    public static List<String> legendLabels(List<Track> tracks) {
        return tracks.stream().map(Track::label).toList();
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
