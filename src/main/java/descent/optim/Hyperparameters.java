package descent.optim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The hyperparameter settings of a run: global values, which apply to every optimizer that uses them, and
 * per-optimizer overrides. Unset values fall back to the defaults; ε defaults to the surface's learning rate and
 * ε_τ to ε/100. Immutable: every change returns a new instance.
 */
public final class Hyperparameters {

    private static final Hyperparameters DEFAULTS = new Hyperparameters(
            new EnumMap<>(Hyperparameter.class), new EnumMap<>(Optimizer.class));

    private final EnumMap<Hyperparameter, Double> global;
    private final EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> overrides;

    private Hyperparameters(EnumMap<Hyperparameter, Double> global,
            EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> overrides) {
        this.global = global;
        this.overrides = overrides;
    }

    /** No value set: every optimizer at its defaults. */
    public static Hyperparameters defaults() {
        return DEFAULTS;
    }

    /**
     * These settings with a global value.
     *
     * @throws IllegalArgumentException if the value is outside the hyperparameter's range
     */
    public Hyperparameters with(Hyperparameter h, double value) {
        EnumMap<Hyperparameter, Double> g = new EnumMap<>(global);
        g.put(h, h.check(value));
        return new Hyperparameters(g, overrides);
    }

    /**
     * These settings with a value for one optimizer only.
     *
     * @throws IllegalArgumentException if the optimizer does not use the hyperparameter or the value is out of range
     */
    public Hyperparameters withOverride(Optimizer o, Hyperparameter h, double value) {
        if (!o.uses(h)) {
            throw new IllegalArgumentException(o.key() + " has no hyperparameter " + h.key() + ": it takes "
                    + String.join(", ", o.hyperparameters().stream().map(Hyperparameter::key).toList()));
        }
        h.check(value);
        EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> all = copyOverrides();
        all.computeIfAbsent(o, k -> new EnumMap<>(Hyperparameter.class)).put(h, value);
        return new Hyperparameters(global, all);
    }

    /** These settings without one optimizer's override of one hyperparameter. */
    public Hyperparameters withoutOverride(Optimizer o, Hyperparameter h) {
        EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> all = copyOverrides();
        EnumMap<Hyperparameter, Double> own = all.get(o);
        if (own != null) {
            own.remove(h);
            if (own.isEmpty()) {
                all.remove(o);
            }
        }
        return new Hyperparameters(global, all);
    }

    /** These settings without any override for one optimizer. */
    public Hyperparameters withoutOverrides(Optimizer o) {
        EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> all = copyOverrides();
        all.remove(o);
        return new Hyperparameters(global, all);
    }

    /** The global value set, if any. */
    public OptionalDouble global(Hyperparameter h) {
        Double v = global.get(h);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The override set for an optimizer, if any. */
    public OptionalDouble override(Optimizer o, Hyperparameter h) {
        EnumMap<Hyperparameter, Double> own = overrides.get(o);
        Double v = own == null ? null : own.get(h);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Every global value set, for saving. */
    public Map<Hyperparameter, Double> globals() {
        return Collections.unmodifiableMap(global);
    }

    /** Every override set, for saving. */
    public Map<Optimizer, Map<Hyperparameter, Double>> overrides() {
        EnumMap<Optimizer, Map<Hyperparameter, Double>> view = new EnumMap<>(Optimizer.class);
        overrides.forEach((o, m) -> view.put(o, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(view);
    }

    /** The global value in effect: the one set, or the default (ε from the surface, ε_τ as ε/100). */
    public double globalValue(Hyperparameter h, double surfaceLearningRate) {
        Double v = global.get(h);
        if (v != null) {
            return v;
        }
        return switch (h) {
            case LEARNING_RATE -> surfaceLearningRate;
            case FINAL_LEARNING_RATE -> globalValue(Hyperparameter.LEARNING_RATE, surfaceLearningRate) / 100;
            default -> h.defaultValue();
        };
    }

    /** The value in effect for one optimizer: its override, else the global value or default. */
    public double value(Optimizer o, Hyperparameter h, double surfaceLearningRate) {
        OptionalDouble own = override(o, h);
        if (own.isPresent()) {
            return own.getAsDouble();
        }
        if (h == Hyperparameter.FINAL_LEARNING_RATE && !global.containsKey(h)) {
            // ε_τ follows this optimizer's own ε, which may itself be overridden.
            return value(o, Hyperparameter.LEARNING_RATE, surfaceLearningRate) / 100;
        }
        return globalValue(h, surfaceLearningRate);
    }

    /** Every value in effect for one optimizer. */
    public HyperparameterValues resolve(Optimizer o, double surfaceLearningRate) {
        return new HyperparameterValues(
                value(o, Hyperparameter.LEARNING_RATE, surfaceLearningRate),
                value(o, Hyperparameter.MOMENTUM, surfaceLearningRate),
                value(o, Hyperparameter.DECAY_RATE, surfaceLearningRate),
                value(o, Hyperparameter.DELTA, surfaceLearningRate),
                value(o, Hyperparameter.FIRST_MOMENT_DECAY, surfaceLearningRate),
                value(o, Hyperparameter.SECOND_MOMENT_DECAY, surfaceLearningRate),
                (long) value(o, Hyperparameter.DECAY_STEPS, surfaceLearningRate),
                value(o, Hyperparameter.FINAL_LEARNING_RATE, surfaceLearningRate));
    }

    private EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> copyOverrides() {
        EnumMap<Optimizer, EnumMap<Hyperparameter, Double>> copy = new EnumMap<>(Optimizer.class);
        overrides.forEach((o, m) -> copy.put(o, new EnumMap<>(m)));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters h && h.global.equals(global) && h.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return global.hashCode() * 31 + overrides.hashCode();
    }

    @Override
    public String toString() {
        return "Hyperparameters" + global + overrides;
    }
}
