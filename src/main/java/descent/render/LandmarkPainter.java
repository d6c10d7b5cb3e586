package descent.render;

import descent.math.Vec2;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Arrivals;
import descent.sim.Trajectory;
import descent.surface.Landmark;
import descent.surface.Surface;
import java.util.List;

/**
 * The surface's own marks on the plot: its minima (a star, filled for the global ones) and saddle points (a cross),
 * a field of −∇f arrows, and, for racers with many starts, the share of their paths at each minimum.
 */
public final class LandmarkPainter {

    /** How many arrows the −∇f field has across the plot's longer side. */
    private static final int FIELD_ARROWS = 22;

    private LandmarkPainter() {
    }

    /** The minima and saddle points, in the background layer, under the paths. */
    public static void paintLandmarks(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        double s = l.scale();
        boolean darkMap = f.contour() == null ? f.theme().isDark() : f.contour().colorMap().isDark();
        int ink = darkMap ? 0xFFFFFFFF : 0xFF1A1A1A;
        int paper = darkMap ? 0xFF1A1A1A : 0xFFFFFFFF;
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        for (Landmark m : f.extras().landmarks()) {
            double px = l.toPixelX(m.point().x());
            double py = l.toPixelY(m.point().y());
            if (!l.inPlot(px, py)) {
                continue;
            }
            if (m.isMinimum()) {
                double[][] star = Marker.STAR.outline(px, py, 6.5 * s);
                d.setFill(m.kind() == Landmark.Kind.GLOBAL_MINIMUM ? ink : paper);
                d.fillPolygon(star[0], star[1], star[0].length);
                d.setStroke(m.kind() == Landmark.Kind.GLOBAL_MINIMUM ? paper : ink, 1.2 * s);
                d.strokePolygon(star[0], star[1], star[0].length);
            } else {
                double r = 5 * s;
                for (int pass = 0; pass < 2; pass++) {
                    d.setStroke(pass == 0 ? paper : ink, (pass == 0 ? 4 : 2) * s);
                    d.strokeLine(px - r, py - r, px + r, py + r);
                    d.strokeLine(px - r, py + r, px + r, py - r);
                }
            }
        }
        d.restore();
    }

    /**
     * Arrows along −∇f on a grid over the plot, all as long as a cell at the steepest and shorter where the surface
     * is flatter (by the square root of the gradient's norm, so that flat regions still show their direction).
     */
    public static void paintField(Drawing d, Frame f) {
        Surface surface = f.extras().field();
        if (surface == null) {
            return;
        }
        FrameLayout l = f.layout();
        double s = l.scale();
        double cell = Math.max(l.plotWidth(), l.plotHeight()) / FIELD_ARROWS;
        int columns = (int) Math.floor(l.plotWidth() / cell);
        int rows = (int) Math.floor(l.plotHeight() / cell);
        double[][] g = new double[columns * rows][];
        double largest = 0;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                double px = l.plotX() + (i + 0.5) * l.plotWidth() / columns;
                double py = l.plotY() + (j + 0.5) * l.plotHeight() / rows;
                Vec2 grad = surface.gradient(l.toDataX(px), l.toDataY(py));
                double n = grad.norm();
                if (Double.isFinite(n) && n > 0) {
                    g[j * columns + i] = new double[] {px, py, -grad.x() / n, grad.y() / n, Math.sqrt(n)};
                    largest = Math.max(largest, Math.sqrt(n));
                }
            }
        }
        boolean darkMap = f.contour() == null ? f.theme().isDark() : f.contour().colorMap().isDark();
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setStroke(darkMap ? 0x99FFFFFF : 0x8C000000, Math.max(1, 1.1 * s));
        for (double[] a : g) {
            if (a == null) {
                continue;
            }
            double len = 0.8 * cell * Math.max(0.25, a[4] / largest);
            double x0 = a[0] - a[2] * len / 2;
            double y0 = a[1] - a[3] * len / 2;
            double x1 = a[0] + a[2] * len / 2;
            double y1 = a[1] + a[3] * len / 2;
            d.strokeLine(x0, y0, x1, y1);
            double head = Math.min(0.35 * len, 5 * s);
            double back = Math.atan2(y0 - y1, x0 - x1);
            d.strokeLine(x1, y1, x1 + head * Math.cos(back + 0.45), y1 + head * Math.sin(back + 0.45));
            d.strokeLine(x1, y1, x1 + head * Math.cos(back - 0.45), y1 + head * Math.sin(back - 0.45));
        }
        d.restore();
    }

    /**
     * For each racer with many starts, the share of its paths at each minimum at the frame's step, as "37%" beside
     * the minimum in the racer's colour; racers with swarms stack their labels under one another.
     */
    public static void paintShares(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        double s = l.scale();
        List<Landmark> minima = f.extras().landmarks().stream().filter(Landmark::isMinimum).toList();
        if (minima.isEmpty()) {
            return;
        }
        double font = FrameLayout.SMALL * l.font();
        d.setFont(font, true);
        int row = 0;
        for (Track track : f.tracks()) {
            List<Trajectory> swarm = track.trajectory().swarm();
            if (swarm.isEmpty()) {
                continue;
            }
            double[] shares = Arrivals.shares(minima, swarm, l.box(), f.step());
            for (int i = 0; i < minima.size(); i++) {
                if (shares[i] <= 0) {
                    continue;
                }
                double px = l.toPixelX(minima.get(i).point().x()) + 9 * s;
                double py = l.toPixelY(minima.get(i).point().y()) + row * 1.3 * font;
                if (!l.inPlot(px, py)) {
                    continue;
                }
                String text = Math.round(100 * shares[i]) + "%";
                double w = d.textWidth(text) + 6 * s;
                d.setFill(f.theme().legend());
                d.fillRect(px, py - 0.65 * font, w, 1.3 * font);
                d.setFill(Palette.color(track.slot(), f.theme()));
                d.fillRect(px, py - 0.65 * font, 3 * s, 1.3 * font);
                d.setFill(f.theme().text());
                d.fillText(text, px + 4.5 * s, py, Align.LEFT, Baseline.MIDDLE);
            }
            row++;
        }
    }

    /**
     * A box the share labels lie in: each starts inside the plot but may reach past its right or bottom edge, by at
     * most a label's width ("100%", under four ems) and half its height. The window repaints just that.
     */
    public static double[] sharesBounds(Frame f) {
        FrameLayout l = f.layout();
        boolean any = f.tracks().stream().anyMatch(t -> !t.trajectory().swarm().isEmpty());
        if (!any || f.extras().landmarks().stream().noneMatch(Landmark::isMinimum)) {
            return new double[] {0, 0, 0, 0};
        }
        double font = FrameLayout.SMALL * l.font();
        double[] plot = l.plotRect();
        double half = 0.65 * font;
        return new double[] {plot[0], plot[1] - half, plot[2] + 4 * font + 6 * l.scale(), plot[3] + 2 * half};
    }
}
