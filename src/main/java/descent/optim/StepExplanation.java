package descent.optim;

import descent.math.Numbers;
import descent.math.Vec2;
import java.util.List;

/**
 * What one update did, in the lecture's words: θ before and after, where the gradient was taken and what it was,
 * the arrows that draw the update to scale in θ space, the numbers it used, and the update written out with them.
 *
 * @param step          k, the update explained, 1 for the first: it took θ_{k−1} to θ_k
 * @param before        θ_{k−1}
 * @param gradientPoint where the rule took the gradient: θ_{k−1}, or the look-ahead point θ + αv of the Nesterov
 *                      rules
 * @param gradient      g, the gradient the rule used: after noise, mini-batch and clipping
 * @param after         θ_k, bit for bit the point that the rule's own step gives
 * @param rate          the learning rate the update applied to each coordinate (of g, or of ŝ for Adam), or null
 *                      for a rule that does not say
 * @param arrows        the vectors to draw, the update itself first
 * @param marks         the points to mark: θ_{k−1}, θ_k and the look-ahead point where there is one
 * @param quantities    the numbers of the update, in the order the update computes them
 * @param equations     the update in LaTeX, one equation each, in the book's notation with the numbers of step k
 */
public record StepExplanation(long step, Vec2 before, Vec2 gradientPoint, Vec2 gradient, Vec2 after, Vec2 rate,
        List<Arrow> arrows, List<Mark> marks, List<Quantity> quantities, List<String> equations) {

    public StepExplanation {
        arrows = List.copyOf(arrows);
        marks = List.copyOf(marks);
        quantities = List.copyOf(quantities);
        equations = List.copyOf(equations);
    }

    /** What an arrow shows, which decides how it is drawn. */
    public enum Role {
        /** The update itself, from θ_{k−1} to θ_k. */
        UPDATE,
        /** One term of the update, such as αv or −εg, drawn where the update adds it. */
        TERM,
        /** The update's part along one axis, labelled with the learning rate of that coordinate. */
        COORDINATE,
        /** What the update would have been otherwise, such as Adam's without bias correction, for comparison. */
        ALTERNATIVE
    }

    /**
     * A vector drawn as an arrow in θ space.
     *
     * @param name   what it is, in words, such as "velocity after the update"
     * @param symbol its short label on the plot, such as "αv" or "−εg"
     * @param from   where its tail is
     * @param vector how far and where it goes
     */
    public record Arrow(String name, String symbol, Vec2 from, Vec2 vector, Role role) {

        /** Where its head is. */
        public Vec2 tip() {
            return from.plus(vector);
        }

        /** Its length in θ space. */
        public double length() {
            return vector.norm();
        }
    }

    /**
     * A point of the update, such as θ_{k−1} or the look-ahead point.
     *
     * @param symbol its short label on the plot, such as "θ₁₁" or "θ̃ = θ + αv"
     */
    public record Mark(String name, String symbol, Vec2 at) {
    }

    /**
     * A named number of the update: a scalar, such as ε or ε_k, or a 2-vector, such as g or r.
     *
     * @param vector its value when it is a vector, or null for a scalar
     * @param number its value when it is a scalar, NaN for a vector
     */
    public record Quantity(String name, String symbol, Vec2 vector, double number) {

        public static Quantity of(String name, String symbol, double value) {
            return new Quantity(name, symbol, null, value);
        }

        public static Quantity of(String name, String symbol, Vec2 value) {
            return new Quantity(name, symbol, value, Double.NaN);
        }

        public boolean isVector() {
            return vector != null;
        }

        /** Its value at four significant digits: 0.05, or (2.41, -1.63) for a vector. */
        public String text() {
            return isVector() ? "(" + Numbers.fourDigits(vector.x()) + ", " + Numbers.fourDigits(vector.y()) + ")"
                    : Numbers.fourDigits(number);
        }
    }

    /** The change Δθ = θ_k − θ_{k−1}. */
    public Vec2 change() {
        return after.minus(before);
    }

    /** Whether the gradient was taken somewhere else than at θ_{k−1}: at a look-ahead point that moved. */
    public boolean looksAhead() {
        return !gradientPoint.equals(before);
    }

    /** Whether the rule says what learning rate it applied to each coordinate. */
    public boolean hasRate() {
        return rate != null;
    }

    /** The equations on one line, as a formula view shows the update. */
    public String latex() {
        return String.join(";\\quad ", equations);
    }

    /** The quantity with that symbol, if the update has one. */
    public java.util.Optional<Quantity> quantity(String symbol) {
        return quantities.stream().filter(q -> q.symbol().equals(symbol)).findFirst();
    }

    /**
     * The explanation of this rule's update from {@code before}: its own where it gives one, and otherwise θ, g and
     * the step Δθ with the update written as θ_k = θ_{k−1} + Δθ.
     */
    public static <S extends OptimizerState> StepExplanation of(UpdateRule<S> rule, S before, Gradient gradient,
            long k) {
        if (rule instanceof ExplainedRule<S> explained) {
            return explained.explain(before, gradient, k);
        }
        GradientProbe probe = new GradientProbe(gradient);
        S after = rule.step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        Vec2 change = e.change();
        e.theta0().gradient().quantity("step", "Δθ", change).theta1();
        e.update("Δθ", change);
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " + \\Delta\\theta = " + Tex.vec(e.before()) + " + "
                + Tex.vec(change) + " = " + Tex.vec(e.after()));
        return e.build(null);
    }
}
