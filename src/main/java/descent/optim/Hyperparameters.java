package descent.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The global values of the lecture's hyperparameters, which every racer reads unless it sets its own. Unset values
 * fall back to the defaults: ε to the surface's learning rate, ε_τ to ε/100, the others to the lecture's.
 * Immutable: every change returns a new instance.
 */
public final class Hyperparameters {

    /** The lecture's defaults of the global values that have fixed ones. */
    private static final Map<Hyperparameter, Double> DEFAULTS = Map.of(
            Hyperparameter.MOMENTUM, 0.9,
            Hyperparameter.DECAY_RATE, 0.9,
            Hyperparameter.DELTA, 1e-7,
            Hyperparameter.FIRST_MOMENT_DECAY, 0.9,
            Hyperparameter.SECOND_MOMENT_DECAY, 0.999,
            Hyperparameter.DECAY_STEPS, 100.0);

    private static final Hyperparameters NONE = new Hyperparameters(Map.of());

    private final Map<Hyperparameter, Double> global;

    private Hyperparameters(Map<Hyperparameter, Double> global) {
        this.global = Collections.unmodifiableMap(global);
    }

    /** No value set: every racer at its defaults. */
    public static Hyperparameters defaults() {
        return NONE;
    }

    /**
     * The lecture's default of a global hyperparameter, or NaN where it derives from something else (ε from the
     * surface, ε_τ from ε).
     */
    public static double defaultValue(Hyperparameter h) {
        return DEFAULTS.getOrDefault(h, Double.NaN);
    }

    /**
     * These settings with a global value.
     *
     * @throws IllegalArgumentException if it is not a global hyperparameter or the value is outside its range
     */
    public Hyperparameters with(Hyperparameter h, double value) {
        if (!Hyperparameter.GLOBALS.contains(h)) {
            throw new IllegalArgumentException(h.key() + " is not one of the lecture's global hyperparameters");
        }
        Map<Hyperparameter, Double> g = new LinkedHashMap<>(global);
        g.put(h, h.check(value));
        return new Hyperparameters(g);
    }

    /** These settings without a global value, so that its default applies again. */
    public Hyperparameters without(Hyperparameter h) {
        Map<Hyperparameter, Double> g = new LinkedHashMap<>(global);
        g.remove(h);
        return new Hyperparameters(g);
    }

    /** The global value set, if any. */
    public OptionalDouble global(Hyperparameter h) {
        Double v = global.get(h);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Every global value set, for saving, in the order they were set. */
    public Map<Hyperparameter, Double> globals() {
        return global;
    }

    /** The global value in effect: the one set, or the default (ε from the surface, ε_τ as ε/100). */
    public double globalValue(Hyperparameter h, double surfaceLearningRate) {
        Double v = global.get(h);
        if (v != null) {
            return v;
        }
        if (h == Hyperparameter.LEARNING_RATE) {
            return surfaceLearningRate;
        }
        if (h == Hyperparameter.FINAL_LEARNING_RATE) {
            return globalValue(Hyperparameter.LEARNING_RATE, surfaceLearningRate) / 100;
        }
        return defaultValue(h);
    }

    /**
     * Every value one racer's rule reads: the racer's own where it sets one, else the global value where the setting
     * follows one, else the setting's default. ε_τ left unset follows the racer's own ε.
     *
     * @param own             the values the racer sets itself
     * @param followsLecture  whether the racer's framework values follow the lecture's sliders
     */
    public Values resolve(Rule rule, Map<Hyperparameter, Double> own, boolean followsLecture,
            double surfaceLearningRate) {
        Map<Hyperparameter, Double> out = new LinkedHashMap<>();
        for (Setting s : rule.settings()) {
            out.put(s.parameter(), value(rule, s, own, followsLecture, surfaceLearningRate));
        }
        return new Values(out);
    }

    private double value(Rule rule, Setting s, Map<Hyperparameter, Double> own, boolean followsLecture,
            double surfaceLearningRate) {
        Double mine = own.get(s.parameter());
        if (mine != null) {
            return mine;
        }
        if (!s.follows(followsLecture)) {
            return s.defaultValue();
        }
        if (s.global() == Hyperparameter.FINAL_LEARNING_RATE && !global.containsKey(s.global())) {
            // ε_τ follows this racer's own ε, which may itself be its own.
            return rule.setting(Hyperparameter.LEARNING_RATE)
                    .map(e -> value(rule, e, own, followsLecture, surfaceLearningRate) / 100)
                    .orElse(globalValue(s.global(), surfaceLearningRate));
        }
        return globalValue(s.global(), surfaceLearningRate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters h && h.global.equals(global);
    }

    @Override
    public int hashCode() {
        return global.hashCode();
    }

    @Override
    public String toString() {
        return "Hyperparameters" + global;
    }
}
