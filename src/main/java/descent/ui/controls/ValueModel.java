package descent.ui.controls;

import descent.math.Numbers;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;

/**
 * One value's view-model: what a field reads (four significant digits, or the exact value while it is edited), what
 * typed text means (a plain decimal, whole where it must be), and applying it through the command that owns the
 * value, which may refuse it. A value control draws it and forwards what the user types.
 */
public final class ValueModel {

    private final DoubleSupplier current;
    private final DoubleFunction<Optional<String>> setter;
    private final boolean whole;

    /**
     * @param current the value in effect
     * @param setter  applies a value, or returns why it is refused
     * @param whole   whether only whole numbers are accepted
     */
    public ValueModel(DoubleSupplier current, DoubleFunction<Optional<String>> setter, boolean whole) {
        this.current = current;
        this.setter = setter;
        this.whole = whole;
    }

    /** The value in effect. */
    public double value() {
        return current.getAsDouble();
    }

    public boolean whole() {
        return whole;
    }

    /** Applies a value, or says why it is refused; the value in effect then stays. */
    public Optional<String> set(double v) {
        return setter.apply(v);
    }

    /**
     * Applies what the user typed: a plain decimal number (whole where the value must be whole), or the reason it is
     * refused; the value in effect then stays. Typing the value in effect again changes nothing.
     */
    public Optional<String> commit(String text) {
        String t = text.trim();
        OptionalDouble typed = Numbers.parse(t);
        if (typed.isEmpty()) {
            return Optional.of("'" + t + "' is not a number");
        }
        double v = typed.getAsDouble();
        if (whole && v != Math.rint(v)) {
            return Optional.of("must be a whole number");
        }
        return v == value() ? Optional.empty() : set(v);
    }

    /** What the field reads: the exact value while it is being edited, else four significant digits. */
    public String text(boolean editing) {
        double v = value();
        if (whole) {
            return Long.toString((long) v);
        }
        return editing ? Numbers.shortest(v) : Numbers.fourDigits(v);
    }
}
