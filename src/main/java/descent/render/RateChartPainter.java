package descent.render;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import java.util.List;

/**
 * Paints each racer's effective learning rate per coordinate against the step, on a log scale: the rate along x as
 * a solid line and along y as a dotted one, in the racer's colour, the racer inspected drawn thicker. It shows
 * AdaGrad's rate dying away, RMSProp's holding, and a decay schedule's line.
 */
public final class RateChartPainter {

    /**
     * One racer's rates.
     *
     * @param rates the rate of step k at index k − 1, per coordinate
     */
    public record Series(int slot, String label, List<Vec2> rates) {

        public Series {
            rates = List.copyOf(rates);
        }
    }

    private RateChartPainter() {
    }

    /** The decades the chart spans: from the smallest positive rate to the largest, at least one. */
    static double[] decades(List<Series> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Series s : series) {
            for (Vec2 r : s.rates()) {
                for (double v : new double[] {r.x(), r.y()}) {
                    if (v > 0 && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (hi == 0) {
            return new double[] {-3, 0};
        }
        double a = Math.floor(Math.log10(lo));
        double b = Math.ceil(Math.log10(hi)) + 0.0;
        return b - a < 1 ? new double[] {a, a + 1} : new double[] {a, b};
    }

    /**
     * Paints the chart into a {@code width × height} area, the rates drawn up to {@code step}.
     *
     * @param inspected the slot of the racer inspected, drawn thicker, or −1
     */
    public static void paint(Drawing d, List<Series> series, long step, long totalSteps, int inspected, double width,
            double height, Theme theme, double font) {
        d.setFill(theme.background());
        d.fillRect(0, 0, width, height);
        double left = 4.2 * font;
        double right = 0.8 * font;
        double top = 1.6 * font;
        double bottom = 2.6 * font;
        double w = width - left - right;
        double h = height - top - bottom;
        if (w < 20 || h < 20) {
            return;
        }
        long total = Math.max(1, totalSteps);
        double[] dec = decades(series);
        double span = dec[1] - dec[0];
        d.setStroke(Palette.withAlpha(theme.axis(), 0.35), 1);
        d.setFont(0.8 * font, false);
        d.setFill(theme.text());
        int every = (int) Math.max(1, Math.ceil(span / Math.max(1, h / (1.6 * font))));
        for (int e = (int) dec[0]; e <= dec[1]; e++) {
            if ((e - (int) dec[0]) % every != 0) {
                continue;
            }
            double py = top + h - (e - dec[0]) / span * h;
            d.strokeLine(left, py, left + w, py);
            d.fillText(Numbers.brief(Math.pow(10, e)), left - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        LossChartPainter.paintStepAxis(d, theme, left, top, w, h, total, font, height);
        String title = "effective learning rate: along x ——, along y ·····";
        if (d.textWidth(title) > width - 0.4 * font) {
            title = "rate: x ——, y ·····";
        }
        d.fillText(title, 0.2 * font, top - 0.4 * font, Align.LEFT, Baseline.BOTTOM);
        if (series.isEmpty()) {
            d.fillText("no racer here has a rate of its own", left + w / 2, top + h / 2, Align.CENTER,
                    Baseline.MIDDLE);
            return;
        }
        d.save();
        d.clip(left, top, w, h);
        for (Series s : series) {
            int n = (int) Math.min(s.rates().size(), step);
            if (n == 0) {
                continue;
            }
            double width2 = s.slot() == inspected ? 2.6 : 1.4;
            int color = Palette.color(s.slot(), theme);
            for (int axis = 0; axis < 2; axis++) {
                double[] xs = new double[n];
                double[] ys = new double[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    Vec2 r = s.rates().get(i);
                    double v = axis == 0 ? r.x() : r.y();
                    if (!(v > 0) || !Double.isFinite(v)) {
                        continue;
                    }
                    xs[m] = left + (double) (i + 1) / total * w;
                    ys[m] = top + h - (Math.log10(v) - dec[0]) / span * h;
                    m++;
                }
                d.setStroke(color, width2);
                if (axis == 1) {
                    d.setDash(1.5 * width2, 2.5 * width2);
                }
                if (m > 1) {
                    d.strokePolyline(xs, ys, m);
                } else if (m == 1) {
                    d.setFill(color);
                    d.fillCircle(xs[0], ys[0], width2);
                }
                d.setDash();
            }
        }
        double px = left + (double) Math.min(step, total) / total * w;
        d.setStroke(Palette.withAlpha(theme.text(), 0.6), 1);
        d.setDash(4, 4);
        d.strokeLine(px, top, px, top + h);
        d.setDash();
        d.restore();
    }
}
