package descent.explore;

import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameter.Scale;
import java.util.Locale;

/**
 * The values of one hyperparameter along a side of a map: {@code count} values from {@code from} to {@code to},
 * both included, spaced evenly, logarithmically (for values that span decades, such as ε), or logarithmically in
 * 1 − v (for decay rates, so that 0.9, 0.99 and 0.999 lie evenly apart). A whole-number hyperparameter takes the
 * nearest whole numbers.
 *
 * @param spacing how the values are spaced: linear, log or one-minus-log, never a switch
 */
public record Axis(Hyperparameter parameter, double from, double to, int count, Scale spacing) {

    /** The most values along a side: a 1024 × 1024 map is a million runs. */
    public static final int MAX_COUNT = 1024;

    /**
     * Checks the axis.
     *
     * @throws IllegalArgumentException saying what is wrong, in a user's words
     */
    public Axis {
        String name = parameter.key();
        if (parameter.isSwitch() || spacing == Scale.SWITCH) {
            throw new IllegalArgumentException(name + " is a switch, on or off: a map needs a number");
        }
        if (count < 2 || count > MAX_COUNT) {
            throw new IllegalArgumentException(name + ": the number of values must be from 2 to " + MAX_COUNT
                    + " (got " + count + ")");
        }
        if (!parameter.range().contains(from) || !parameter.range().contains(to)) {
            throw new IllegalArgumentException(name + " must be " + parameter.range().describe() + " (got "
                    + Numbers.shortest(from) + " to " + Numbers.shortest(to) + ")");
        }
        if (!(from < to)) {
            throw new IllegalArgumentException(name + ": the range must go from a smaller value to a larger one (got "
                    + Numbers.shortest(from) + " to " + Numbers.shortest(to) + ")");
        }
        if (spacing == Scale.LOG && !(from > 0)) {
            throw new IllegalArgumentException(name + ": a log axis needs values above 0 (got from "
                    + Numbers.shortest(from) + ")");
        }
        if (spacing == Scale.ONE_MINUS_LOG && !(to < 1)) {
            throw new IllegalArgumentException(name + ": a log1m axis needs values below 1 (got to "
                    + Numbers.shortest(to) + ")");
        }
    }

    /**
     * The axis with the spacing the hyperparameter's slider has (log for ε and δ, log in 1 − v for decay rates)
     * when the range spans at least a decade in it, and even spacing otherwise.
     */
    public static Axis of(Hyperparameter h, double from, double to, int count) {
        Scale s = h.scale();
        boolean decades = s == Scale.LOG && from > 0 && to / from >= 10
                || s == Scale.ONE_MINUS_LOG && to < 1 && (1 - from) / (1 - to) >= 10;
        return new Axis(h, from, to, count, decades ? s : Scale.LINEAR);
    }

    /** The value at index i, 0 to count − 1: the ends exactly as given. */
    public double value(int i) {
        double v;
        if (i <= 0) {
            v = from;
        } else if (i >= count - 1) {
            v = to;
        } else {
            v = fromUnit((double) i / (count - 1));
        }
        return parameter.range().wholeNumbers() ? Math.max(Math.ceil(from), Math.min(Math.floor(to), Math.rint(v)))
                : v;
    }

    /** Where a value lies along the axis, as a fractional index: 0 at {@code from}, count − 1 at {@code to}. */
    public double position(double v) {
        return toUnit(v) * (count - 1);
    }

    /** The index of the value nearest a fractional index, or −1 when it lies off the axis. */
    public int index(double position) {
        long i = Math.round(position);
        return i < 0 || i >= count ? -1 : (int) i;
    }

    private double toUnit(double v) {
        return switch (spacing) {
            case LOG -> Math.log(v / from) / Math.log(to / from);
            case ONE_MINUS_LOG -> Math.log((1 - v) / (1 - from)) / Math.log((1 - to) / (1 - from));
            default -> (v - from) / (to - from);
        };
    }

    private double fromUnit(double t) {
        return switch (spacing) {
            case LOG -> from * Math.pow(to / from, t);
            case ONE_MINUS_LOG -> 1 - (1 - from) * Math.pow((1 - to) / (1 - from), t);
            default -> from + t * (to - from);
        };
    }

    /** The spacing's name on the command line: lin, log or log1m. */
    public String spacingName() {
        return name(spacing);
    }

    /** The name of a spacing on the command line. */
    public static String name(Scale s) {
        return switch (s) {
            case LOG -> "log";
            case ONE_MINUS_LOG -> "log1m";
            default -> "lin";
        };
    }

    /** The axis as the command line writes it, such as {@code eps=0.0001:1:64:log}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s:%s:%d:%s", parameter.key(), Numbers.shortest(from),
                Numbers.shortest(to), count, spacingName());
    }
}
