package descent.render;

import descent.math.Numbers;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Outcome;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Paints loss against step for every track, in the tracks' colours, on the {@link LossAxis}: loss − f* on a log
 * scale where the surface has a minimum, the loss on a symmetric log scale where it has none. A path that diverged or
 * escaped ends in a cross with its step, on the chart's edge when its loss has left the axis; a racer with many
 * starts adds a band from the 10% to the 90% quantile of their losses and a dotted median.
 */
public final class LossChartPainter {

    private LossChartPainter() {
    }

    /** Paints the chart into a {@code width × height} area, the trajectories drawn up to {@code step}. */
    public static void paint(Drawing d, List<Track> tracks, LossAxis axis, long step, long totalSteps, double width,
            double height, Theme theme, double fontSize) {
        d.setFill(theme.background());
        d.fillRect(0, 0, width, height);
        double font = fontSize;
        double left = 4.2 * font;
        double right = 0.8 * font;
        double top = 1.6 * font;
        double bottom = 2.6 * font;
        double w = width - left - right;
        double h = height - top - bottom;
        if (w < 20 || h < 20) {
            return;
        }
        double x0 = left;
        double y0 = top;
        long total = Math.max(1, totalSteps);

        d.setStroke(Palette.withAlpha(theme.axis(), 0.35), 1);
        d.setFont(0.8 * font, false);
        d.setFill(theme.text());
        for (LossAxis.Tick tick : axis.ticks((int) Math.max(2, h / (1.6 * font)))) {
            double py = y0 + h - tick.position() * h;
            d.strokeLine(x0, py, x0 + w, py);
            d.fillText(tick.label(), x0 - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        paintStepAxis(d, theme, x0, y0, w, h, total, font, height);
        // The longest title that fits: a narrow side panel must not cut it off at the edge.
        List<String> titles = axis.titles();
        String title = titles.get(titles.size() - 1);
        for (String t : titles) {
            if (d.textWidth(t) <= width - 0.4 * font) {
                title = t;
                break;
            }
        }
        double titleX = Math.max(0.2 * font, Math.min(x0, width - 0.2 * font - d.textWidth(title)));
        d.fillText(title, titleX, top - 0.4 * font, Align.LEFT, Baseline.BOTTOM);

        d.save();
        d.clip(x0, y0, w, h);
        for (Track t : tracks) {
            if (!t.trajectory().swarm().isEmpty()) {
                paintSwarm(d, t, axis, step, total, x0, y0, w, h, theme);
            }
        }
        int columns = (int) Math.ceil(w) + 1;
        double[] xs = new double[columns * 2 + 2];
        double[] ys = new double[columns * 2 + 2];
        for (Track t : tracks) {
            Trajectory tr = t.trajectory();
            if (tr.size() == 0) {
                continue;
            }
            int last = tr.clampStep(step);
            int n = 0;
            int column = -1;
            double colMin = 0;
            double colMax = 0;
            for (int k = 0; k <= last; k++) {
                double px = x0 + (double) k / total * w;
                // Off the axis by at most a chart's height, so that a loss far beyond is still drawn leaving it.
                double py = y0 + h - Math.max(-1, Math.min(2, axis.position(tr.loss(k)))) * h;
                int c = (int) (px - x0);
                if (c != column || k == last) {
                    if (column >= 0 && n + 2 <= xs.length) {
                        xs[n] = x0 + column;
                        ys[n++] = colMin;
                        if (colMax != colMin) {
                            xs[n] = x0 + column + 0.5;
                            ys[n++] = colMax;
                        }
                    }
                    column = c;
                    colMin = py;
                    colMax = py;
                    if (k == last && n < xs.length) {
                        xs[n] = px;
                        ys[n++] = py;
                    }
                } else {
                    colMin = Math.min(colMin, py);
                    colMax = Math.max(colMax, py);
                }
            }
            int color = Palette.color(t.slot(), theme);
            if (Palette.faintOn(color, theme.background())) {
                d.setStroke(Palette.halo(theme), 3.6);
                d.strokePolyline(xs, ys, n);
            }
            d.setStroke(color, 2);
            d.setDash(Palette.dash(t.slot()).length == 0 ? new double[0] : new double[] {6, 4});
            d.strokePolyline(xs, ys, n);
            d.setDash();
        }
        double px = x0 + (double) Math.min(step, total) / total * w;
        d.setStroke(Palette.withAlpha(theme.text(), 0.6), 1);
        d.setDash(4, 4);
        d.strokeLine(px, y0, px, y0 + h);
        d.setDash();
        paintEnds(d, ends(tracks, axis, step, total, x0, y0, w, h, font), x0, y0, w, h, theme, font);
        d.restore();
    }

    /**
     * Where a path that diverged or escaped by the step shown ended on the chart: its racer's slot, the centre of its
     * cross (x, y) and the step that ended it.
     *
     * @param offScale whether its loss there lies beyond the axis, so that the cross sits on the chart's edge
     */
    record End(int slot, double x, double y, long step, boolean offScale) {
    }

    /**
     * The crosses of the paths that diverged or escaped by the step shown: at the step that ended each, at its last
     * loss, or on the chart's top or bottom edge when that loss lies beyond the axis (a diverged path's loss that
     * overflowed counts as +∞, an escaped one's as −∞).
     */
    static List<End> ends(List<Track> tracks, LossAxis axis, long step, long total, double x0, double y0, double w,
            double h, double font) {
        double r = CROSS * font;
        List<End> out = new ArrayList<>();
        for (Track t : tracks) {
            Trajectory tr = t.trajectory();
            Outcome o = tr.outcomeAt(step);
            if (tr.isEmpty() || !(o.isDiverged() || o.isEscaped())) {
                continue;
            }
            double loss = tr.hasPoint(o.step()) ? tr.loss((int) o.step())
                    : o.isDiverged() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            double at = axis.position(loss);
            double py = y0 + h - Math.max(0, Math.min(1, at)) * h;
            double px = x0 + (double) Math.min(o.step(), total) / total * w;
            out.add(new End(t.slot(), Math.max(x0 + r, Math.min(px, x0 + w - r)), Math.max(y0 + r, Math.min(py,
                    y0 + h - r)), o.step(), at < 0 || at > 1));
        }
        return out;
    }

    /** The half-width of an end's cross, in font sizes. */
    private static final double CROSS = 0.38;

    /**
     * Paints the ends' crosses, each in its racer's colour on a halo, and beside each the step that ended it: crosses
     * that touch share one label with their steps in order ("4, 8"), so that no number sits beside the wrong cross.
     */
    private static void paintEnds(Drawing d, List<End> ends, double x0, double y0, double w, double h, Theme theme,
            double font) {
        if (ends.isEmpty()) {
            return;
        }
        double r = CROSS * font;
        d.setFont(FrameLayout.SMALL * font, true);
        List<List<End>> crowds = crowds(ends, r);
        List<String> texts = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        for (List<End> crowd : crowds) {
            String text = label(crowd);
            double xMin = Double.POSITIVE_INFINITY;
            double yMin = Double.POSITIVE_INFINITY;
            double xMax = Double.NEGATIVE_INFINITY;
            double yMax = Double.NEGATIVE_INFINITY;
            for (End e : crowd) {
                xMin = Math.min(xMin, e.x());
                yMin = Math.min(yMin, e.y());
                xMax = Math.max(xMax, e.x());
                yMax = Math.max(yMax, e.y());
            }
            texts.add(text);
            spans.add(new double[] {xMin, yMin, xMax - xMin, yMax - yMin});
            sizes.add(new double[] {d.textWidth(text) + 0.3 * font, 1.1 * FrameLayout.SMALL * font});
        }
        List<double[]> crosses = new ArrayList<>();
        for (End e : ends) {
            crosses.add(new double[] {e.x() - r - 1, e.y() - r - 1, 2 * r + 2, 2 * r + 2});
        }
        List<LabelPlacer.Placement> boxes = LabelPlacer.placeAround(spans, sizes, new double[] {x0, y0, w, h},
                r + 0.15 * font, crosses, LabelPlacer.Crowd.NONE);
        for (End e : ends) {
            int color = Palette.color(e.slot(), theme);
            for (int pass = 0; pass < 2; pass++) {
                d.setStroke(pass == 0 ? Palette.halo(theme) : color, pass == 0 ? 4.5 : 2.4);
                d.strokeLine(e.x() - r, e.y() - r, e.x() + r, e.y() + r);
                d.strokeLine(e.x() - r, e.y() + r, e.x() + r, e.y() - r);
            }
        }
        for (int i = 0; i < crowds.size(); i++) {
            double[] b = boxes.get(i).box();
            d.setFill(Palette.withAlpha(theme.background(), 0.85));
            d.fillRect(b[0], b[1], b[2], b[3]);
            d.setFill(theme.text());
            d.fillText(texts.get(i), b[0] + b[2] / 2, b[1] + b[3] / 2, Align.CENTER, Baseline.MIDDLE);
        }
    }

    /** The ends in groups whose crosses, of half-width r, touch one another, directly or through others. */
    static List<List<End>> crowds(List<End> ends, double r) {
        List<List<End>> out = new ArrayList<>();
        for (End e : ends) {
            List<End> home = null;
            for (int i = 0; i < out.size(); i++) {
                List<End> g = out.get(i);
                if (g.stream().anyMatch(o -> Math.abs(o.x() - e.x()) <= 2 * r && Math.abs(o.y() - e.y()) <= 2 * r)) {
                    if (home == null) {
                        home = g;
                        g.add(e);
                    } else {
                        home.addAll(g);
                        out.remove(i--);
                    }
                }
            }
            if (home == null) {
                out.add(new ArrayList<>(List.of(e)));
            }
        }
        return out;
    }

    /** A crowd's label: the distinct steps that ended its paths, in order. */
    static String label(List<End> crowd) {
        return crowd.stream().map(End::step).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    /** The quantiles of a swarm's losses the chart draws: a band from the first to the last, a line at the middle. */
    private static final double[] QUANTILES = {0.1, 0.5, 0.9};

    /**
     * The paths from a racer's many starts: at each step, a band in its colour between the 10% and 90% quantiles of
     * their losses and a dotted line at the median, so that a swarm reads as one spread. A path that ended counts at
     * its last loss once it converged, above every loss once it diverged and below every loss once it escaped.
     */
    private static void paintSwarm(Drawing d, Track t, LossAxis axis, long step, long total, double x0, double y0,
            double w, double h, Theme theme) {
        double[][] lines = swarmLines(t.trajectory().swarm(), axis, step, total, x0, y0, w, h);
        double[] xs = lines[0];
        int n = xs.length;
        int color = Palette.color(t.slot(), theme);
        double[] bandX = new double[2 * n];
        double[] bandY = new double[2 * n];
        for (int c = 0; c < n; c++) {
            bandX[c] = xs[c];
            bandY[c] = lines[3][c];
            bandX[2 * n - 1 - c] = xs[c];
            bandY[2 * n - 1 - c] = lines[1][c];
        }
        d.setFill(Palette.withAlpha(color, BAND_ALPHA));
        d.fillPolygon(bandX, bandY, bandX.length);
        d.setStroke(color, 1.6);
        d.setDash(2, 3);
        d.strokePolyline(xs, lines[2], n);
        d.setDash();
    }

    /** How opaque a swarm's band is: the curves and the grid show through it. */
    static final double BAND_ALPHA = 0.22;

    /**
     * A swarm's lines on the chart: the x of each column (a step each, or a pixel's worth of steps for long races),
     * then the y of its 10% quantile, its median and its 90% quantile there; a quantile beyond the axis lies just
     * beyond the chart's edge, which cuts it.
     */
    static double[][] swarmLines(List<Trajectory> swarm, LossAxis axis, long step, long total, double x0, double y0,
            double w, double h) {
        long last = Math.min(step, total);
        int columns = Math.max(1, (int) Math.min(Math.ceil(w), last));
        double[][] lines = new double[1 + QUANTILES.length][columns + 1];
        double[] positions = new double[swarm.size()];
        for (int c = 0; c <= columns; c++) {
            long k = Math.round((double) c / columns * last);
            int n = 0;
            for (Trajectory p : swarm) {
                double v = positionAt(p, k, axis);
                if (!Double.isNaN(v)) {
                    positions[n++] = v;
                }
            }
            lines[0][c] = x0 + (double) k / total * w;
            Arrays.sort(positions, 0, n);
            for (int q = 0; q < QUANTILES.length; q++) {
                double at = n == 0 ? Double.NaN : positions[(int) Math.min(n - 1, Math.floor(QUANTILES[q] * n))];
                lines[1 + q][c] = y0 + h - Math.max(-0.02, Math.min(1.02, Double.isNaN(at) ? 0 : at)) * h;
            }
        }
        return lines;
    }

    /** Where one path of a swarm stands on the axis at step k (see {@link #paintSwarm}); NaN for one with no start. */
    private static double positionAt(Trajectory p, long k, LossAxis axis) {
        if (p.isEmpty()) {
            return Double.NaN;
        }
        if (k <= p.lastStep()) {
            return axis.position(p.loss((int) k));
        }
        Outcome o = p.outcome();
        if (o.isDiverged()) {
            return Double.POSITIVE_INFINITY;
        }
        if (o.isEscaped()) {
            return Double.NEGATIVE_INFINITY;
        }
        return axis.position(p.loss(p.lastStep()));
    }

    /**
     * What a chart against the step shares, the loss chart's and the rate chart's: the grid's vertical lines at round
     * steps from 0 to {@code total} with their labels below (in the grid's stroke, already set), the plot's frame, and
     * "step" at the foot of the chart {@code height} high; it leaves the small font set for the title.
     */
    static void paintStepAxis(Drawing d, Theme theme, double x0, double y0, double w, double h, long total, double font,
            double height) {
        for (double s : Ticks.between(0, total, (int) Math.max(2, w / (5 * font)))) {
            double px = x0 + s / total * w;
            d.strokeLine(px, y0, px, y0 + h);
            d.fillText(Numbers.brief(s), px, y0 + h + 0.3 * font, Align.CENTER, Baseline.TOP);
        }
        d.setStroke(theme.axis(), 1);
        d.strokeRect(x0, y0, w, h);
        d.setFont(FrameLayout.SMALL * font, false);
        d.fillText("step", x0 + w / 2, height - 0.2 * font, Align.CENTER, Baseline.BOTTOM);
    }
}
