package descent.render;

import descent.math.Numbers;
import descent.sim.Trajectory;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The loss chart's vertical axis. On a surface with a known minimum f* it shows loss − f* on a logarithmic scale,
 * so that every optimizer's approach to the minimum reads as a slope; on a surface unbounded below (a saddle) it
 * shows the loss itself on a symmetric logarithmic scale, linear near 0 and logarithmic beyond, both signs. Its
 * range comes from the points that lie in the view, so a path that runs off never flattens the others.
 */
public final class LossAxis {

    /** The most decades a logarithmic axis spans: below that, an optimizer has converged for the eye. */
    private static final int DECADES = 12;

    private final OptionalDouble minimum;
    private final double lo;
    private final double hi;

    private LossAxis(OptionalDouble minimum, double lo, double hi) {
        this.minimum = minimum;
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * The axis for these trajectories on this surface, scaled to their points inside the view, those of their many
     * starts included.
     */
    public static LossAxis of(Surface surface, ViewBox view, List<Trajectory> trajectories) {
        OptionalDouble fStar = surface.minimum();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double f = fStar.orElse(0);
        List<Trajectory> all = new ArrayList<>();
        for (Trajectory t : trajectories) {
            all.add(t);
            all.addAll(t.swarm());
        }
        for (Trajectory t : all) {
            for (int k = 0; k < t.size(); k++) {
                if (!view.contains(t.x(k), t.y(k))) {
                    continue;
                }
                double v = scaled(fStar, t.loss(k) - f);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (fStar.isPresent()) {
            if (!(max > Double.NEGATIVE_INFINITY)) {
                return new LossAxis(fStar, -2, 1);
            }
            double top = Math.ceil(max);
            double bottom = Math.floor(Math.max(min, top - DECADES));
            return new LossAxis(fStar, bottom, Math.max(top, bottom + 1));
        }
        if (!(max >= min)) {
            return new LossAxis(fStar, -1, 1);
        }
        double pad = Math.max(0.05 * (max - min), 0.1);
        return new LossAxis(fStar, min - pad, max + pad);
    }

    /** log₁₀(loss − f*) with bounded surfaces; the symmetric log of the loss otherwise. */
    private static double scaled(OptionalDouble fStar, double v) {
        if (fStar.isPresent()) {
            return v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY;
        }
        return Math.signum(v) * Math.log10(1 + Math.abs(v));
    }

    /** Whether the axis plots loss − f* on a log scale (false: the loss on a symmetric log scale). */
    public boolean logarithmic() {
        return minimum.isPresent();
    }

    /**
     * Where a loss falls on the axis, 0 at the bottom and 1 at the top; beyond them for losses outside the range
     * (a loss at f* or below it lies just under the bottom).
     */
    public double position(double loss) {
        double v = scaled(minimum, loss - minimum.orElse(0));
        if (v == Double.NEGATIVE_INFINITY) {
            v = lo - 1;
        } else if (v == Double.POSITIVE_INFINITY || Double.isNaN(v)) {
            v = hi + 1;
        }
        return (v - lo) / (hi - lo);
    }

    /** A tick: its place on the axis, 0 to 1, and its label. */
    public record Tick(double position, String label) {
    }

    /**
     * Ticks at powers of ten (and 0 on the symmetric scale), at most about {@code count} of them, labelled 1, 10, 100,
     * 1000, 10⁴, 10⁻³ and with a true minus sign (−10); where fewer than three decades show, 2 and 5 times them too.
     */
    public List<Tick> ticks(int count) {
        List<Tick> out = new ArrayList<>();
        double span = hi - lo;
        int every = (int) Math.max(1, Math.ceil(span / Math.max(1, count)));
        if (logarithmic()) {
            for (int e = (int) Math.ceil(lo); e <= hi; e += every) {
                out.add(new Tick((e - lo) / span, decade(e)));
            }
            if (out.size() < 3 && count >= 4) {
                for (int e = (int) Math.floor(lo); e <= hi; e++) {
                    for (int m : new int[] {2, 5}) {
                        double at = e + Math.log10(m);
                        if (at >= lo && at <= hi) {
                            String label = Numbers.brief(m * Math.pow(10, e)).replace('-', '−');
                            out.add(new Tick((at - lo) / span, label));
                        }
                    }
                }
            }
            return out;
        }
        // The symmetric scale: 0, then ±10ᵏ where log₁₀(1 + 10ᵏ) falls in range.
        int decades = 0;
        for (int e = 0; e <= 308; e += every) {
            double t = Math.log10(1 + Math.pow(10, e));
            if (t > hi && -t < lo) {
                break;
            }
            for (double sign : new double[] {-1, 1}) {
                double at = sign * t;
                if (at >= lo && at <= hi) {
                    out.add(new Tick((at - lo) / span, (sign < 0 ? "−" : "") + decade(e)));
                    decades++;
                }
            }
        }
        if (decades < 3 && count >= 4) {
            for (int e = 0; e <= 2; e++) {
                for (int m : new int[] {2, 5}) {
                    double t = Math.log10(1 + m * Math.pow(10, e));
                    for (double sign : new double[] {-1, 1}) {
                        double at = sign * t;
                        if (at >= lo && at <= hi) {
                            String label = (sign < 0 ? "−" : "") + Numbers.brief(m * Math.pow(10, e));
                            out.add(new Tick((at - lo) / span, label));
                        }
                    }
                }
            }
        }
        if (lo <= 0 && hi >= 0) {
            out.add(new Tick(-lo / span, "0"));
        }
        return out;
    }

    /** 10ᵉ as a tick says it: 1, 10, 100 and 1000 in full, then 10⁴, 10⁻³ with superscripts and a true minus. */
    static String decade(int e) {
        if (e >= 0 && e <= 3) {
            return "1" + "0".repeat(e);
        }
        return Numbers.powerOfTen(e);
    }

    /** The chart's title, longest first: the caller takes the first that fits. */
    public List<String> titles() {
        if (logarithmic()) {
            String f = Numbers.brief(minimum.getAsDouble());
            return List.of("loss − f*, log scale (f* = " + f + ")", "loss − f*, log (f* = " + f + ")",
                    "loss − f* (f* = " + f + ")", "loss − f*");
        }
        return List.of("loss, symmetric log scale (no minimum: unbounded below)", "loss, symmetric log (unbounded)",
                "loss, symmetric log", "loss");
    }
}
