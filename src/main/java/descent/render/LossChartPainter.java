package descent.render;

import descent.math.Numbers;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Trajectory;
import java.util.List;

/**
 * Paints loss against step for every track, in the tracks' colours, on the {@link LossAxis}: loss − f* on a log
 * scale where the surface has a minimum, the loss on a symmetric log scale where it has none.
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
        for (double s : Ticks.between(0, total, (int) Math.max(2, w / (5 * font)))) {
            double px = x0 + s / total * w;
            d.strokeLine(px, y0, px, y0 + h);
            d.fillText(Numbers.brief(s), px, y0 + h + 0.3 * font, Align.CENTER, Baseline.TOP);
        }
        d.setStroke(theme.axis(), 1);
        d.strokeRect(x0, y0, w, h);
        d.setFont(FrameLayout.SMALL * font, false);
        d.fillText("step", x0 + w / 2, height - 0.2 * font, Align.CENTER, Baseline.BOTTOM);
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
        d.restore();
    }
}
