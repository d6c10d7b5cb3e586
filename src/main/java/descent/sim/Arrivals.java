package descent.sim;

import descent.math.Vec2;
import descent.surface.Landmark;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.List;

/**
 * Where paths end: at which of a surface's minima, if any. A path has reached a minimum when its last point lies
 * within a small radius of it (1% of the view's larger side); paths that stop short or end elsewhere reached none.
 */
public final class Arrivals {

    /** The radius around a minimum, as a share of the view's larger side, within which a path has arrived there. */
    public static final double RADIUS = 0.01;

    private Arrivals() {
    }

    /** How far from a minimum, in the plane's units, a path that ends there may stop: 1% of the view's larger side. */
    public static double radius(ViewBox view) {
        return RADIUS * Math.max(view.width(), view.height());
    }

    /** The surface's minima, global ones first, as its landmarks list them. */
    public static List<Landmark> minima(Surface surface) {
        return surface.landmarks().stream().filter(Landmark::isMinimum).toList();
    }

    /** The index in {@code minima} of the minimum the path reached, or −1 for none. */
    public static int reached(List<Landmark> minima, Trajectory t, ViewBox view) {
        return reached(minima, t, view, t.lastStep());
    }

    /** The index in {@code minima} of the minimum the path is at by step k, or −1 for none. */
    public static int reached(List<Landmark> minima, Trajectory t, ViewBox view, long step) {
        if (t.isEmpty() || t.outcomeAt(step).isCutShort()) {
            return -1;
        }
        Vec2 end = t.point(t.clampStep(step));
        double radius = radius(view);
        int best = -1;
        double nearest = radius;
        for (int i = 0; i < minima.size(); i++) {
            double d = end.minus(minima.get(i).point()).norm();
            if (d <= nearest) {
                nearest = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The share of the paths that reached each minimum, in the order of {@code minima}, and last the share that
     * reached none; the shares add up to 1 (all 0 for no paths).
     */
    public static double[] shares(List<Landmark> minima, List<Trajectory> paths, ViewBox view) {
        return shares(minima, paths, view, Long.MAX_VALUE);
    }

    /** The shares as {@link #shares(List, List, ViewBox)} gives them, where the paths are at step k. */
    public static double[] shares(List<Landmark> minima, List<Trajectory> paths, ViewBox view, long step) {
        double[] out = new double[minima.size() + 1];
        for (Trajectory t : paths) {
            int i = reached(minima, t, view, step);
            out[i < 0 ? minima.size() : i] += 1.0 / paths.size();
        }
        return out;
    }
}
