package descent.optim;

import descent.math.Range;
import java.util.List;

/**
 * A hyperparameter, declared once with everything that is made from it: its name on the command line and in files,
 * the lecture's symbol, a title and a description for tooltips and {@code descent list}, the values it accepts and
 * how a slider moves over them. The lecture's eight are the global ones that the window's sliders set; the
 * frameworks' rules declare their own beside their classes.
 */
public final class Hyperparameter {

    /** How a slider moves over the values, and how the value is typed. */
    public enum Scale {
        /** Evenly. */
        LINEAR,
        /** Logarithmically: for values spanning decades, such as ε and δ. */
        LOG,
        /** Logarithmically in 1 − v, so that 0.9, 0.99 and 0.999 are evenly spaced: for decay rates. */
        ONE_MINUS_LOG,
        /** Off (0) or on (1): a switch, typed as false or true. */
        SWITCH
    }

    private final String key;
    private final String symbol;
    private final String title;
    private final String description;
    private final Range range;
    private final Scale scale;
    private final double sliderMin;
    private final double sliderMax;

    /**
     * @param sliderMin the slider's lowest value; typed values may go beyond the slider's ends, within the range
     */
    public Hyperparameter(String key, String symbol, String title, String description, Range range, Scale scale,
            double sliderMin, double sliderMax) {
        this.key = key;
        this.symbol = symbol;
        this.title = title;
        this.description = description;
        this.range = range;
        this.scale = scale;
        this.sliderMin = sliderMin;
        this.sliderMax = sliderMax;
    }

    /** An off-or-on value, such as Nesterov's reformulation in PyTorch's SGD. */
    public static Hyperparameter flag(String key, String title, String description) {
        return new Hyperparameter(key, key, title, description, Range.wholeNumbers(0, 1), Scale.SWITCH, 0, 1);
    }

    // The lecture's hyperparameters: the global values, which every rule that reads them shares.

    public static final Hyperparameter LEARNING_RATE = new Hyperparameter("eps", "ε", "learning rate",
            "How far each update moves against the gradient. Too small crawls; too large overshoots or diverges.",
            Range.openClosed(0, 10), Scale.LOG, 1e-5, 10);
    public static final Hyperparameter MOMENTUM = new Hyperparameter("alpha", "α", "momentum",
            "How much of the previous velocity each update keeps: the velocity averages past gradients,"
                    + " so steps build up along consistent directions and cancel across oscillations.",
            Range.closedOpen(0, 1), Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter DECAY_RATE = new Hyperparameter("rho", "ρ", "decay rate",
            "How slowly RMSProp forgets past squared gradients: r is an exponential moving average with weight ρ.",
            Range.closedOpen(0, 1), Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter DELTA = new Hyperparameter("delta", "δ", "small constant",
            "Added to √r before dividing, for numerical stability where the gradient is tiny.",
            Range.openClosed(0, 1), Scale.LOG, 1e-12, 1);
    public static final Hyperparameter FIRST_MOMENT_DECAY = new Hyperparameter("rho1", "ρ₁", "1st-moment decay",
            "Adam's decay rate for s, its moving average of gradients.",
            Range.closedOpen(0, 1), Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter SECOND_MOMENT_DECAY = new Hyperparameter("rho2", "ρ₂", "2nd-moment decay",
            "Adam's decay rate for r, its moving average of squared gradients.",
            Range.closedOpen(0, 1), Scale.ONE_MINUS_LOG, 0, 0.99999);
    public static final Hyperparameter DECAY_STEPS = new Hyperparameter("tau", "τ", "decay steps",
            "Steps over which the decaying learning rate falls linearly from ε to ε_τ, then stays at ε_τ.",
            Range.wholeNumbers(1, 1_000_000_000), Scale.LOG, 1, 100_000);
    public static final Hyperparameter FINAL_LEARNING_RATE = new Hyperparameter("eps-tau", "ε_τ",
            "final learning rate", "The learning rate reached after τ steps; ε/100 unless set.",
            Range.openClosed(0, 10), Scale.LOG, 1e-7, 10);

    /** The lecture's hyperparameters, in the order it introduces them: the window's global sliders. */
    public static final List<Hyperparameter> GLOBALS = List.of(LEARNING_RATE, MOMENTUM, DECAY_RATE, DELTA,
            FIRST_MOMENT_DECAY, SECOND_MOMENT_DECAY, DECAY_STEPS, FINAL_LEARNING_RATE);

    /** The name on the command line and in scenario files, such as {@code eps} or {@code rho2}. */
    public String key() {
        return key;
    }

    /** The lecture's symbol, such as ε; a framework's own name where it has no symbol. */
    public String symbol() {
        return symbol;
    }

    /** A short name in words, such as "learning rate". */
    public String title() {
        return title;
    }

    /** What it does, in the lecture's words, for tooltips and {@code descent list}. */
    public String description() {
        return description;
    }

    public Range range() {
        return range;
    }

    public Scale scale() {
        return scale;
    }

    public boolean isSwitch() {
        return scale == Scale.SWITCH;
    }

    /** The slider's lowest value. */
    public double sliderMin() {
        return sliderMin;
    }

    /** The slider's highest value. */
    public double sliderMax() {
        return sliderMax;
    }

    /** The global hyperparameter with that key, or an exception whose message lists the keys accepted. */
    public static Hyperparameter global(String key) {
        for (Hyperparameter h : GLOBALS) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown hyperparameter '" + key + "': use one of "
                + String.join(", ", GLOBALS.stream().map(Hyperparameter::key).toList()));
    }

    /** Checks a value against the range, with a message naming the hyperparameter and what it accepts. */
    public double check(double value) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(key + (symbol.equals(key) ? "" : " (" + symbol + ")") + " must be "
                    + (isSwitch() ? "true or false" : range.describe()) + " (got " + format(value) + ")");
        }
        return value;
    }

    /** A value as it is written on the command line and in files: true or false for a switch. */
    public String format(double value) {
        if (isSwitch() && (value == 0 || value == 1)) {
            return value == 1 ? "true" : "false";
        }
        return Range.format(value);
    }

    @Override
    public String toString() {
        return key;
    }
}
