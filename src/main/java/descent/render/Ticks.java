package descent.render;

import descent.contour.Levels;
import java.util.ArrayList;
import java.util.List;

/** Round-numbered axis ticks and their labels. */
public final class Ticks {

    private Ticks() {
    }

    /** Ticks between lo and hi at a round step giving about {@code count} of them. */
    public static List<Double> between(double lo, double hi, int count) {
        double step = Levels.niceStep((hi - lo) / Math.max(1, count));
        List<Double> out = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / step); k * step <= hi + step * 1e-9; k++) {
            out.add(k * step);
        }
        return out;
    }

    /**
     * Ticks as {@link #between(double, double, int)} gives them, at a finer round step where that leaves fewer than
     * {@code least}: a narrow plot asking for two ticks over [−3.6, 3.6] got a step of 5 and a lone "0".
     */
    public static List<Double> between(double lo, double hi, int count, int least) {
        List<Double> out = between(lo, hi, count);
        for (int c = count + 1; out.size() < least && c <= count + 20; c++) {
            out = between(lo, hi, c);
        }
        return out;
    }
}
