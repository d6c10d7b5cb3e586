package descent.math;

/** The values a parameter accepts: an interval whose ends may be open, closed or infinite, maybe whole numbers only. */
public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, boolean wholeNumbers) {

    /** The closed interval [min, max]. */
    public static Range closed(double min, double max) {
        return new Range(min, true, max, true, false);
    }

    /** The interval [min, max). */
    public static Range closedOpen(double min, double max) {
        return new Range(min, true, max, false, false);
    }

    /** The interval (min, max]. */
    public static Range openClosed(double min, double max) {
        return new Range(min, false, max, true, false);
    }

    /** The whole numbers from min to max. */
    public static Range wholeNumbers(long min, long max) {
        return new Range(min, true, max, true, true);
    }

    public boolean contains(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        boolean aboveMin = minIncluded ? v >= min : v > min;
        boolean belowMax = maxIncluded ? v <= max : v < max;
        return aboveMin && belowMax && (!wholeNumbers || v == Math.rint(v));
    }

    /** This range clamped into itself: the nearest accepted value (used by sliders, never to correct typed input). */
    public double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }

    /** A phrase for messages, such as "a number > 0 and <= 10" or "a whole number from 1 to 1000". */
    public String describe() {
        if (wholeNumbers) {
            return "a whole number from " + format(min) + " to " + format(max);
        }
        return "a number " + (minIncluded ? ">= " : "> ") + format(min) + " and " + (maxIncluded ? "<= " : "< ")
                + format(max);
    }

    /** The interval in mathematical notation, such as (0, 10] or [0, 1). */
    public String interval() {
        return (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + (maxIncluded ? "]" : ")");
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
