package descent.surface;

import descent.math.Vec2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds a surface's minima and saddle points numerically, for surfaces whose stationary points have no closed form.
 *
 * <p>Newton's method on ∇f = 0 starts from every point of a grid, so it finds saddles as readily as minima; the
 * Hessian it needs is taken by central differences of the exact gradient, which is accurate to about 1e-10 and so
 * slows the last iterations down without moving the point they converge to.
 */
final class StationaryPoints {

    /** A stationary point counts as found when the gradient's norm there is below this. */
    private static final double FOUND = 1e-10;
    /** Half the spacing of the central differences that give the Hessian. */
    private static final double H = 1e-5;
    private static final int ITERATIONS = 100;

    private StationaryPoints() {
    }

    /**
     * The minima and saddle points that Newton's method reaches from a grid of {@code perSide × perSide} starts
     * over the region, ranked as {@link #rank} does. A start only needs to lie in a point's basin for Newton, so the
     * grid must be fine enough to put a start near each stationary point.
     */
    static List<Landmark> search(Surface surface, ViewBox region, int perSide) {
        return search(surface, region, perSide, ITERATIONS);
    }

    /**
     * {@link #search(Surface, ViewBox, int)} giving up on a start after {@code iterations} Newton steps: a start
     * inside a point's basin converges in a dozen, and the ones that wander (on a plateau, between periodic hills)
     * cost the most.
     */
    static List<Landmark> search(Surface surface, ViewBox region, int perSide, int iterations) {
        double maxStep = Math.max(region.width(), region.height()) / 4;
        List<Vec2> minima = new ArrayList<>();
        List<Vec2> saddles = new ArrayList<>();
        for (int i = 0; i < perSide; i++) {
            for (int j = 0; j < perSide; j++) {
                Vec2 start = new Vec2(region.xMin() + region.width() * i / (perSide - 1),
                        region.yMin() + region.height() * j / (perSide - 1));
                Vec2 p = newton(surface, start, maxStep, iterations);
                if (p == null || isKnown(p, minima) || isKnown(p, saddles)) {
                    continue;
                }
                double[] h = hessian(surface, p.x(), p.y());
                double det = h[0] * h[2] - h[1] * h[1];
                if (det < 0) {
                    saddles.add(p);
                } else if (det > 0 && h[0] > 0) {
                    minima.add(p);
                }
            }
        }
        return rank(surface, minima, saddles);
    }

    /**
     * The points as landmarks with the surface's loss at each: the lowest minima global (with any others equal to
     * them within rounding), then the other minima and then the saddles, each from the lowest loss up.
     */
    static List<Landmark> rank(Surface surface, List<Vec2> minima, List<Vec2> saddles) {
        double lowest = minima.stream().mapToDouble(surface::value).min().orElse(Double.NaN);
        double tie = 1e-12 * Math.max(1, Math.abs(lowest));
        List<Landmark> out = new ArrayList<>();
        for (Vec2 p : minima) {
            double v = surface.value(p);
            out.add(new Landmark(v <= lowest + tie ? Landmark.Kind.GLOBAL_MINIMUM : Landmark.Kind.LOCAL_MINIMUM, p, v));
        }
        for (Vec2 p : saddles) {
            out.add(new Landmark(Landmark.Kind.SADDLE, p, surface.value(p)));
        }
        out.sort(Comparator.comparing(Landmark::kind).thenComparingDouble(Landmark::value));
        return List.copyOf(out);
    }

    /** The Hessian (∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²) at (x, y), by central differences of the exact gradient. */
    static double[] hessian(Surface surface, double x, double y) {
        Vec2 xPlus = surface.gradient(x + H, y);
        Vec2 xMinus = surface.gradient(x - H, y);
        Vec2 yPlus = surface.gradient(x, y + H);
        Vec2 yMinus = surface.gradient(x, y - H);
        double xy = ((xPlus.y() - xMinus.y()) + (yPlus.x() - yMinus.x())) / (4 * H);
        return new double[] {(xPlus.x() - xMinus.x()) / (2 * H), xy, (yPlus.y() - yMinus.y()) / (2 * H)};
    }

    /**
     * A zero of f between lo and hi, where f has opposite signs, to the last bit by bisection: slower than Newton but
     * sure, which matters on a cliff whose face is a thousandth wide.
     */
    static double bisect(DoubleUnaryOperator f, double lo, double hi) {
        boolean loNegative = f.applyAsDouble(lo) < 0;
        while (true) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                return Math.abs(f.applyAsDouble(lo)) <= Math.abs(f.applyAsDouble(hi)) ? lo : hi;
            }
            double fm = f.applyAsDouble(mid);
            if (fm == 0) {
                return mid;
            }
            if (fm < 0 == loNegative) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }

    /** Where Newton's method on ∇f = 0 from the start settles, or null if it finds no stationary point. */
    private static Vec2 newton(Surface surface, Vec2 start, double maxStep, int iterations) {
        double x = start.x();
        double y = start.y();
        for (int k = 0; k < iterations; k++) {
            Vec2 g = surface.gradient(x, y);
            double[] h = hessian(surface, x, y);
            double det = h[0] * h[2] - h[1] * h[1];
            double dx = (h[2] * g.x() - h[1] * g.y()) / det;
            double dy = (h[0] * g.y() - h[1] * g.x()) / det;
            double length = Math.hypot(dx, dy);
            if (!Double.isFinite(length)) {
                return null;
            }
            // A long step means a nearly flat Hessian; capped, it cannot throw the search off the surface at once.
            double scale = length > maxStep ? maxStep / length : 1;
            x -= scale * dx;
            y -= scale * dy;
            if (length <= 1e-15 * (1 + Math.hypot(x, y))) {
                break;
            }
        }
        Vec2 p = new Vec2(x, y);
        return p.isFinite() && surface.gradient(x, y).norm() < FOUND ? p : null;
    }

    private static boolean isKnown(Vec2 p, List<Vec2> found) {
        for (Vec2 q : found) {
            if (p.minus(q).norm() < 1e-7 * (1 + p.norm())) {
                return true;
            }
        }
        return false;
    }
}
