package descent.render;

import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Trajectory;
import java.util.List;

/**
 * Paints loss against step for every optimizer shown, on a logarithmic loss axis, in the optimizers' colours.
 * Where losses can be negative (as on the wells), it plots the loss minus the lowest loss reached, so that the
 * logarithm still shows how fast each optimizer closes in.
 */
public final class LossChartPainter {

    private LossChartPainter() {
    }

    /** Paints the chart into a {@code width × height} area, the trajectories drawn up to {@code step}. */
    public static void paint(Drawing d, List<Track> tracks, long step, long totalSteps, double width, double height,
            Theme theme, double fontSize) {
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
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Track t : tracks) {
            Trajectory tr = t.trajectory();
            for (int k = 0; k < tr.size(); k++) {
                min = Math.min(min, tr.loss(k));
                max = Math.max(max, tr.loss(k));
            }
        }
        if (!(min <= max)) {
            // No point to plot, as when the start has no finite loss: the axes would have no range, so none are drawn.
            return;
        }
        boolean shifted = !(min > 0);
        double shift = shifted ? min - Math.max((max - min) * 1e-6, 1e-300) : 0;
        double hi = Math.log10(Math.max(max - shift, Double.MIN_NORMAL));
        double lo = Math.max(Math.log10(Math.max(min - shift, Double.MIN_NORMAL)), hi - 12);
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        lo = Math.floor(lo);
        hi = Math.ceil(hi);
        double x0 = left;
        double y0 = top;
        double logLo = lo;
        double logSpan = hi - lo;
        long total = Math.max(1, totalSteps);

        d.setStroke(Palette.withAlpha(theme.axis(), 0.35), 1);
        d.setFont(0.8 * font, false);
        d.setFill(theme.text());
        int every = (int) Math.max(1, Math.ceil(logSpan / Math.max(1, h / (1.6 * font))));
        for (int e = (int) lo; e <= hi; e += every) {
            double py = y0 + h - (e - logLo) / logSpan * h;
            d.strokeLine(x0, py, x0 + w, py);
            d.fillText(e == 0 ? "1" : "1e" + e, x0 - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        for (double s : Ticks.between(0, total, (int) Math.max(2, w / (5 * font)))) {
            double px = x0 + s / total * w;
            d.strokeLine(px, y0, px, y0 + h);
            d.fillText(Ticks.format(s), px, y0 + h + 0.3 * font, Align.CENTER, Baseline.TOP);
        }
        d.setStroke(theme.axis(), 1);
        d.strokeRect(x0, y0, w, h);
        d.setFont(0.85 * font, false);
        d.fillText("step", x0 + w / 2, height - 0.2 * font, Align.CENTER, Baseline.BOTTOM);
        String[] titles = shifted
                ? new String[] {"loss − f_min, log scale (f_min = " + Ticks.format(shift) + ")",
                    "loss − f_min, log (f_min = " + Ticks.format(shift) + ")", "loss − f_min, log scale"}
                : new String[] {"loss, log scale"};
        // The longest title that fits: a narrow side panel must not cut it off at the edge.
        String title = titles[titles.length - 1];
        for (String t : titles) {
            if (d.textWidth(t) <= width - x0 - 0.2 * font) {
                title = t;
                break;
            }
        }
        double titleX = Math.max(0.2 * font, Math.min(x0, width - 0.2 * font - d.textWidth(title)));
        d.fillText(title, titleX, top - 0.4 * font, Align.LEFT, Baseline.BOTTOM);

        d.save();
        d.clip(x0, y0, w, h);
        int columns = (int) Math.ceil(w) + 1;
        double[] xs = new double[columns * 2 + 2];
        double[] ys = new double[columns * 2 + 2];
        for (Track t : tracks) {
            Trajectory tr = t.trajectory();
            if (tr.isEmpty()) {
                continue;
            }
            int last = tr.clampStep(step);
            int n = 0;
            int column = -1;
            double colMin = 0;
            double colMax = 0;
            for (int k = 0; k <= last; k++) {
                double px = x0 + (double) k / total * w;
                double v = Math.log10(Math.max(tr.loss(k) - shift, Double.MIN_NORMAL));
                double py = y0 + h - (Math.max(v, logLo - 1) - logLo) / logSpan * h;
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
            int color = Palette.color(t.optimizer(), theme);
            if (Palette.faintOn(color, theme.background())) {
                d.setStroke(Palette.halo(theme), 3.6);
                d.strokePolyline(xs, ys, n);
            }
            d.setStroke(color, 2);
            d.strokePolyline(xs, ys, n);
        }
        double px = x0 + (double) Math.min(step, total) / total * w;
        d.setStroke(Palette.withAlpha(theme.text(), 0.6), 1);
        d.setDash(4, 4);
        d.strokeLine(px, y0, px, y0 + h);
        d.setDash();
        d.restore();
    }
}
