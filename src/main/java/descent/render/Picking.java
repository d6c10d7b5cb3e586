package descent.render;

import descent.sim.Trajectory;
import java.util.List;
import java.util.OptionalInt;

/** Which racer a click on the plot points at: the one whose marker or path up to the step shown passes nearest. */
public final class Picking {

    private Picking() {
    }

    /**
     * The slot of the racer whose marker at the frame's step, or whose path up to it, passes within {@code radius}
     * pixels of (x, y), the nearest if several do; markers count before paths, so that a click on a marker picks it
     * even where other paths cross it.
     */
    public static OptionalInt racerAt(Frame f, double x, double y, double radius) {
        FrameLayout l = f.layout();
        if (!l.inPlot(x, y)) {
            return OptionalInt.empty();
        }
        List<Track> tracks = f.tracks();
        int best = -1;
        double nearest = radius;
        // Later tracks are drawn over earlier ones: on a tie the one on top wins.
        for (int i = tracks.size() - 1; i >= 0; i--) {
            Trajectory t = tracks.get(i).trajectory();
            if (t.isEmpty()) {
                continue;
            }
            int k = t.clampStep(f.step());
            double d = Math.hypot(l.toPixelX(t.x(k)) - x, l.toPixelY(t.y(k)) - y);
            if (d <= nearest) {
                nearest = d;
                best = tracks.get(i).slot();
            }
        }
        if (best >= 0) {
            return OptionalInt.of(best);
        }
        nearest = radius;
        for (int i = tracks.size() - 1; i >= 0; i--) {
            Trajectory t = tracks.get(i).trajectory();
            if (t.isEmpty()) {
                continue;
            }
            int last = t.clampStep(f.step());
            double px = l.toPixelX(t.x(0));
            double py = l.toPixelY(t.y(0));
            for (int k = 1; k <= last; k++) {
                double qx = l.toPixelX(t.x(k));
                double qy = l.toPixelY(t.y(k));
                double d = toSegment(x, y, px, py, qx, qy);
                if (d < nearest) {
                    nearest = d;
                    best = tracks.get(i).slot();
                }
                px = qx;
                py = qy;
            }
        }
        return best >= 0 ? OptionalInt.of(best) : OptionalInt.empty();
    }

    /** The distance from (x, y) to the segment from p to q; infinite for a segment that is not finite. */
    static double toSegment(double x, double y, double px, double py, double qx, double qy) {
        if (!Double.isFinite(px + py + qx + qy)) {
            return Double.POSITIVE_INFINITY;
        }
        double dx = qx - px;
        double dy = qy - py;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - px) * dx + (y - py) * dy) / len2));
        return Math.hypot(x - (px + t * dx), y - (py + t * dy));
    }
}
