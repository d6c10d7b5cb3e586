package descent.optim;

import descent.surface.Range;

/** A hyperparameter of the lecture's optimizers, with its symbol, command-line name, default and range. */
public enum Hyperparameter {

    LEARNING_RATE("eps", "ε", "learning rate",
            "How far each update moves against the gradient. Too small crawls; too large overshoots or diverges.",
            Double.NaN, Range.openClosed(0, 10), true),
    MOMENTUM("alpha", "α", "momentum",
            "How much of the previous velocity each update keeps: the velocity averages past gradients,"
                    + " so steps build up along consistent directions and cancel across oscillations.",
            0.9, Range.closedOpen(0, 1), false),
    DECAY_RATE("rho", "ρ", "decay rate",
            "How slowly RMSProp forgets past squared gradients: r is an exponential moving average with weight ρ.",
            0.9, Range.closedOpen(0, 1), false),
    DELTA("delta", "δ", "small constant",
            "Added to √r before dividing, for numerical stability where the gradient is tiny.",
            1e-7, Range.openClosed(0, 1), true),
    FIRST_MOMENT_DECAY("rho1", "ρ₁", "1st-moment decay",
            "Adam's decay rate for s, its moving average of gradients.",
            0.9, Range.closedOpen(0, 1), false),
    SECOND_MOMENT_DECAY("rho2", "ρ₂", "2nd-moment decay",
            "Adam's decay rate for r, its moving average of squared gradients.",
            0.999, Range.closedOpen(0, 1), false),
    DECAY_STEPS("tau", "τ", "decay steps",
            "Steps over which the decaying learning rate falls linearly from ε to ε_τ, then stays at ε_τ.",
            100, Range.wholeNumbers(1, 1_000_000_000), false),
    FINAL_LEARNING_RATE("eps-tau", "ε_τ", "final learning rate",
            "The learning rate reached after τ steps; ε/100 unless set.",
            Double.NaN, Range.openClosed(0, 10), true);

    private final String key;
    private final String symbol;
    private final String title;
    private final String description;
    private final double defaultValue;
    private final Range range;
    private final boolean logarithmic;

    Hyperparameter(String key, String symbol, String title, String description, double defaultValue, Range range,
            boolean logarithmic) {
        this.key = key;
        this.symbol = symbol;
        this.title = title;
        this.description = description;
        this.defaultValue = defaultValue;
        this.range = range;
        this.logarithmic = logarithmic;
    }

    /** The name on the command line and in scenario files, such as {@code eps} or {@code rho2}. */
    public String key() {
        return key;
    }

    /** The lecture's symbol, such as ε. */
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

    /** The default, or NaN when it derives from something else (ε from the surface, ε_τ from ε). */
    public double defaultValue() {
        return defaultValue;
    }

    public Range range() {
        return range;
    }

    /** Whether the value spans decades, so that a slider for it should move on a logarithmic scale. */
    public boolean logarithmic() {
        return logarithmic;
    }

    /** The hyperparameter with that key, or an exception whose message lists the keys accepted. */
    public static Hyperparameter byKey(String key) {
        for (Hyperparameter h : values()) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown hyperparameter '" + key + "': use one of " + keys());
    }

    /** The keys, comma separated, for messages. */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (Hyperparameter h : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(h.key);
        }
        return b.toString();
    }

    /** Checks a value against the range, with a message naming the hyperparameter and what it accepts. */
    public double check(double value) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(key + " (" + symbol + ") must be " + range.describe() + " (got "
                    + value + ")");
        }
        return value;
    }
}
