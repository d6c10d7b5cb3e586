package descent.surface;

import descent.math.Vec2;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/** The weight and bias (x*, y*) where a logistic surface's mean cross-entropy is lowest: the maximum-likelihood fit. */
final class LogisticFit {

    private static final int ITERATIONS = 100;

    private LogisticFit() {
    }

    /**
     * The fit by Newton's method with step halving, which the loss's convexity makes converge from the origin; empty
     * when the data are separable and the loss only approaches its infimum 0 far away.
     */
    static Optional<Vec2> of(Logistic l) {
        if (isSeparable(l)) {
            return Optional.empty();
        }
        double x = 0;
        double y = 0;
        double loss = l.value(x, y);
        for (int k = 0; k < ITERATIONS; k++) {
            Vec2 g = l.gradient(x, y);
            double[] h = hessian(l, x, y);
            double det = h[0] * h[2] - h[1] * h[1];
            double dx = (h[2] * g.x() - h[1] * g.y()) / det;
            double dy = (h[0] * g.y() - h[1] * g.x()) / det;
            if (Math.hypot(dx, dy) <= 1e-15 * (1 + Math.hypot(x, y))) {
                break;
            }
            double t = 1;
            while (t > 1e-10 && !(l.value(x - t * dx, y - t * dy) <= loss)) {
                t /= 2;
            }
            double nx = x - t * dx;
            double ny = y - t * dy;
            double next = l.value(nx, ny);
            if (!(next <= loss)) {
                break;
            }
            x = nx;
            y = ny;
            loss = next;
        }
        return Optional.of(new Vec2(x, y));
    }

    /**
     * Whether a threshold on the input splits the labels exactly, so that ever steeper fits lower the loss towards
     * 0: the labels, taken in the inputs' order, change at most once. The inputs are continuous draws, so no two are
     * equal.
     */
    static boolean isSeparable(Logistic l) {
        Integer[] order = IntStream.range(0, l.n()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(l::input));
        int changes = 0;
        for (int i = 1; i < order.length; i++) {
            if (l.label(order[i]) != l.label(order[i - 1])) {
                changes++;
            }
        }
        return changes <= 1;
    }

    /** The Hessian (∂²/∂x², ∂²/∂x∂y, ∂²/∂y²) of the mean cross-entropy: the mean of σ(1 − σ)·(t², t, 1). */
    private static double[] hessian(Logistic l, double x, double y) {
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int i = 0; i < l.n(); i++) {
            double t = l.input(i);
            double p = Logistic.sigmoid(x * t + y);
            double w = p * (1 - p);
            xx += w * t * t;
            xy += w * t;
            yy += w;
        }
        return new double[] {xx / l.n(), xy / l.n(), yy / l.n()};
    }
}
