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
}
