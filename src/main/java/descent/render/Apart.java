package descent.render;

/**
 * How pictures of many runs show the runs that are not coloured by what they measure: diverged ones hatched in
 * vermillion, escaped ones hatched in grey, ones that had not converged (or arrived) by their last step in a light
 * grey, and ones whose start had no finite loss in a dark grey. No colour map used here has any of these.
 */
final class Apart {

    static final int DIVERGED = 0xFFD55E00;
    static final int ESCAPED = 0xFF707070;
    static final int PAPER = 0xFFFFFFFF;
    static final int UNFINISHED = 0xFFD4D4D4;
    static final int NO_START = 0xFF4A4A4A;

    private Apart() {
    }

    /** A pixel of diagonal stripes of ink on paper, each about {@code stripe} pixels wide. */
    static int hatch(int px, int py, int ink, int stripe) {
        return Math.floorMod(px + py, 2 * stripe) < stripe ? ink : PAPER;
    }

    /** The stripe width at a layout's scale. */
    static int stripe(FrameLayout l) {
        return Math.max(2, (int) Math.round(3 * l.scale()));
    }

    /** A legend's swatch of stripes, as the pixels show them. */
    static void hatchSwatch(Drawing d, double x, double y, double w, double h, int ink, double s) {
        d.setFill(PAPER);
        d.fillRect(x, y, w, h);
        d.save();
        d.clip(x, y, w, h);
        d.setStroke(ink, 2.2 * s);
        double step = 4.4 * s;
        for (double t = -h; t < w; t += step) {
            d.strokeLine(x + t, y + h, x + t + h, y);
        }
        d.restore();
    }

    /** A legend's plain swatch. */
    static void swatch(Drawing d, double x, double y, double w, double h, int color, int border, double s) {
        d.setFill(color);
        d.fillRect(x, y, w, h);
        d.setStroke(border, Math.max(1, 0.8 * s));
        d.strokeRect(x, y, w, h);
    }
}
