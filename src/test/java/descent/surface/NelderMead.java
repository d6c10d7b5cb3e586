package descent.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lowest loss a plain search finds with no gradient at all: a dense grid over a box, then the Nelder–Mead
 * simplex from the best grid points, restarted until it stops improving. The tests hold the surfaces' f* against it.
 */
final class NelderMead {

    private NelderMead() {
    }

    /** The lowest loss found from an n × n grid over the box and Nelder–Mead from its five best points. */
    static double lowest(Surface s, ViewBox box, int n) {
        List<double[]> grid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = box.xMin() + box.width() * i / (n - 1);
                double y = box.yMin() + box.height() * j / (n - 1);
                grid.add(new double[] {x, y, s.value(x, y)});
            }
        }
        grid.sort(Comparator.comparingDouble(p -> p[2]));
        double step = Math.max(box.width(), box.height()) / (n - 1);
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : grid.subList(0, 5)) {
            best = Math.min(best, polish(s, p[0], p[1], step));
        }
        return best;
    }

    /** Nelder–Mead from (x, y), restarted from its result with a fresh simplex until the loss no longer falls. */
    static double polish(Surface s, double x, double y, double step) {
        double[] best = {x, y, s.value(x, y)};
        for (int restart = 0; restart < 20; restart++) {
            double[] next = simplex(s, best[0], best[1], restart == 0 ? step : 1e-4);
            if (!(next[2] < best[2])) {
                break;
            }
            best = next;
        }
        return best[2];
    }

    private static double[] simplex(Surface s, double x, double y, double step) {
        double[][] v = {point(s, x, y), point(s, x + step, y), point(s, x, y + step)};
        for (int k = 0; k < 20_000; k++) {
            Arrays.sort(v, Comparator.comparingDouble(p -> p[2]));
            double size = Math.abs(v[2][0] - v[0][0]) + Math.abs(v[2][1] - v[0][1]);
            if (size < 1e-13 * (1 + Math.abs(v[0][0]) + Math.abs(v[0][1]))) {
                break;
            }
            double cx = (v[0][0] + v[1][0]) / 2;
            double cy = (v[0][1] + v[1][1]) / 2;
            double[] r = point(s, cx + (cx - v[2][0]), cy + (cy - v[2][1]));
            if (r[2] < v[0][2]) {
                double[] e = point(s, cx + 2 * (cx - v[2][0]), cy + 2 * (cy - v[2][1]));
                v[2] = e[2] < r[2] ? e : r;
            } else if (r[2] < v[1][2]) {
                v[2] = r;
            } else {
                double[] c = point(s, cx + (v[2][0] - cx) / 2, cy + (v[2][1] - cy) / 2);
                if (c[2] < v[2][2]) {
                    v[2] = c;
                } else {
                    for (int i = 1; i < 3; i++) {
                        v[i] = point(s, (v[0][0] + v[i][0]) / 2, (v[0][1] + v[i][1]) / 2);
                    }
                }
            }
        }
        Arrays.sort(v, Comparator.comparingDouble(p -> p[2]));
        return v[0];
    }

    private static double[] point(Surface s, double x, double y) {
        return new double[] {x, y, s.value(x, y)};
    }
}
