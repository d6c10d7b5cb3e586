package descent.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The value of every setting of one rule for one racer, after its own values, the globals and defaults apply. */
public final class Values {

    private final Map<Hyperparameter, Double> values;

    public Values(Map<Hyperparameter, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The value of a hyperparameter the rule reads.
     *
     * @throws IllegalArgumentException if the rule does not read it
     */
    public double get(Hyperparameter h) {
        Double v = values.get(h);
        if (v == null) {
            throw new IllegalArgumentException("no value for " + h.key());
        }
        return v;
    }

    /** A switch's value. */
    public boolean flag(Hyperparameter h) {
        return get(h) != 0;
    }

    /** A whole-number value. */
    public long whole(Hyperparameter h) {
        return (long) get(h);
    }

    /** Every value, in the rule's order. */
    public Map<Hyperparameter, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && v.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
