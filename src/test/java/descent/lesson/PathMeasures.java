package descent.lesson;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Values;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.surface.ViewBox;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** What the lessons' texts say about a path, measured: distances, step lengths, crossings, effective rates. */
final class PathMeasures {

    private PathMeasures() {
    }

    /** The trajectory of the racer with this label. */
    static Trajectory racer(List<Trajectory> race, String label) {
        return race.stream().filter(t -> label.equals(t.racer().label())).findFirst()
                .orElseThrow(() -> new AssertionError("no racer labelled '" + label + "'"));
    }

    /** How far the point shown at step k (the last one, if the path ended before) lies from p. */
    static double distance(Trajectory t, int k, Vec2 p) {
        return t.point(t.clampStep(k)).minus(p).norm();
    }

    /** The distance from p of the path's last point. */
    static double endDistance(Trajectory t, Vec2 p) {
        return distance(t, t.lastStep(), p);
    }

    /** The length of the path from step {@code from} to step {@code to}: the sum of its steps. */
    static double length(Trajectory t, int from, int to) {
        double sum = 0;
        for (int k = from + 1; k <= to; k++) {
            sum += t.point(k).minus(t.point(k - 1)).norm();
        }
        return sum;
    }

    /** The mean length of the last n steps of the path. */
    static double meanLastSteps(Trajectory t, int n) {
        return length(t, t.lastStep() - n, t.lastStep()) / n;
    }

    /** The first step from which the path stays within r of p to its end, or −1 if it ends farther. */
    static int settlesFrom(Trajectory t, Vec2 p, double r) {
        int k = t.lastStep();
        if (distance(t, k, p) >= r) {
            return -1;
        }
        while (k > 0 && distance(t, k - 1, p) < r) {
            k--;
        }
        return k;
    }

    /** The number of steps k ≤ n at which the path is within r of p. */
    static int stepsWithin(Trajectory t, Vec2 p, double r, int n) {
        int count = 0;
        for (int k = 0; k <= Math.min(n, t.lastStep()); k++) {
            if (t.point(k).minus(p).norm() < r) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many of the first n steps cross the line where the signed distance {@code side} is 0, from more than
     * {@code margin} on one side to more than {@code margin} on the other: the crossings that show on a picture.
     */
    static int crossings(Trajectory t, ToDoubleFunction<Vec2> side, int n, double margin) {
        int count = 0;
        for (int k = 1; k <= n; k++) {
            double before = side.applyAsDouble(t.point(k - 1));
            double after = side.applyAsDouble(t.point(k));
            if (before * after < 0 && Math.abs(before) > margin && Math.abs(after) > margin) {
                count++;
            }
        }
        return count;
    }

    /** How far outside the view the path gets, in widths of the view (0 when it stays inside). */
    static double viewWidthsOutside(Trajectory t, ViewBox view) {
        double most = 0;
        for (int k = 0; k <= t.lastStep(); k++) {
            double dx = Math.max(0, Math.abs(t.x(k) - view.center().x()) - view.width() / 2) / view.width();
            double dy = Math.max(0, Math.abs(t.y(k) - view.center().y()) - view.height() / 2) / view.width();
            most = Math.max(most, Math.max(dx, dy));
        }
        return most;
    }

    /**
     * The effective learning rates ε/(δ + √r) of AdaGrad (ρ = 1: r sums g⊙g) or RMSProp (r ← ρr + (1 − ρ)g⊙g) at
     * each step, r replayed from the exact gradients along the path: row k holds the rates of the k-th update in x
     * and y (row 0 is unused). Checks that the replay reproduces every step of the path.
     */
    static double[][] effectiveRates(Simulation sim, Trajectory t, boolean sum) {
        Values v = t.racer().values(sim.hyperparameters(), sim.surface().defaults().learningRate());
        double eps = v.get(Hyperparameter.LEARNING_RATE);
        double delta = v.get(Hyperparameter.DELTA);
        double rho = sum ? 1 : v.get(Hyperparameter.DECAY_RATE);
        double forget = sum ? 1 : 1 - rho;
        double[][] rates = new double[t.size()][2];
        double rx = 0;
        double ry = 0;
        for (int k = 1; k <= t.lastStep(); k++) {
            Vec2 g = sim.surface().gradient(t.x(k - 1), t.y(k - 1));
            rx = rho * rx + forget * g.x() * g.x();
            ry = rho * ry + forget * g.y() * g.y();
            rates[k][0] = eps / (delta + Math.sqrt(rx));
            rates[k][1] = eps / (delta + Math.sqrt(ry));
            double x = t.x(k - 1) - rates[k][0] * g.x();
            double y = t.y(k - 1) - rates[k][1] * g.y();
            if (Math.abs(x - t.x(k)) > 1e-12 || Math.abs(y - t.y(k)) > 1e-12) {
                throw new AssertionError("the replayed rates do not reproduce step " + k);
            }
        }
        return rates;
    }
}
