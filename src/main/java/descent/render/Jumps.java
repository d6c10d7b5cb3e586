package descent.render;

/**
 * How strongly a step of a trail is drawn: in full when it is short beside the plot, thinner and fainter the longer
 * it is, down to a faint hairline for a jump across the whole plot. A racer that oscillates wildly or diverges makes
 * such jumps, and drawn in full they would cover the plot in its colour: a long jump is a jump, not ink, and the
 * contours, the minimum and the other racers stay visible under it.
 */
public final class Jumps {

    /** How many strengths a step is drawn at: 0 is full, {@code LEVELS − 1} the faintest. */
    public static final int LEVELS = 4;

    /** A step shorter than this share of the plot's shorter side is drawn in full. */
    static final double SHORT = 0.25;

    /** A step longer than this share of the plot's shorter side is drawn at its faintest. */
    static final double LONG = 0.6;

    private Jumps() {
    }

    /** The strength level, 0 (full) to {@code LEVELS − 1} (faintest), of a step {@code length} pixels long. */
    public static int level(double length, double plotSide) {
        double t = (length / plotSide - SHORT) / (LONG - SHORT);
        if (!(t > 0)) {
            return 0;
        }
        return (int) Math.round(Math.min(1, t) * (LEVELS - 1));
    }

    /** The strength level of the step from (x0, y0) to (x1, y1), in pixels. */
    public static int level(double x0, double y0, double x1, double y1, double plotSide) {
        return level(Math.hypot(x1 - x0, y1 - y0), plotSide);
    }

    private static double fade(int level) {
        return (double) level / (LEVELS - 1);
    }

    /** The line's width at a level, as a share of its full width: down to 45%. */
    public static double width(int level) {
        return 1 - 0.55 * fade(level);
    }

    /** The line's opacity at a level: down to 35%. */
    public static double opacity(int level) {
        return 1 - 0.65 * fade(level);
    }

    /** The halo's opacity at a level, as a share of its own: none for the faintest, which is only a hairline. */
    public static double haloOpacity(int level) {
        return 1 - fade(level);
    }
}
