package descent.optim;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.optim.StepExplanation.Arrow;
import descent.optim.StepExplanation.Mark;
import descent.optim.StepExplanation.Quantity;
import descent.optim.StepExplanation.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * An explanation being written by a rule: the numbers, arrows, marks and equations of one update, in the order the
 * rule adds them. θ_{k−1} and θ_k are marked on their own.
 */
final class Explanation {

    private final long k;
    private final Vec2 before;
    private final GradientProbe probe;
    private final Vec2 after;
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<String> equations = new ArrayList<>();

    /**
     * @param probe the gradient the rule's step was given, which remembers what it answered
     * @param after θ_k as the rule's step computed it
     */
    Explanation(long k, Vec2 before, GradientProbe probe, Vec2 after) {
        this.k = k;
        this.before = before;
        this.probe = probe;
        this.after = after;
    }

    Vec2 before() {
        return before;
    }

    Vec2 after() {
        return after;
    }

    /** θ_k − θ_{k−1}. */
    Vec2 change() {
        return after.minus(before);
    }

    /** The gradient the rule used. */
    Vec2 g() {
        return probe.value();
    }

    /** Where the rule took it. */
    Vec2 gradientPoint() {
        return probe.point();
    }

    /** θ with a step's number, in LaTeX: \theta_{11}. */
    String theta(long i) {
        return Tex.indexed("\\theta", i);
    }

    /** A symbol with the number of this update (or the one before, {@code back} = 1) as a subscript on the plot. */
    String indexed(String symbol, int back) {
        return symbol + Tex.subscript(k - back);
    }

    Explanation theta0() {
        return quantity("θ before the update", indexed("θ", 1), before);
    }

    Explanation theta1() {
        return quantity("θ after the update", indexed("θ", 0), after);
    }

    Explanation gradient() {
        return quantity(probe.point().equals(before) ? "gradient at θ" : "gradient at the look-ahead point", "g",
                probe.value());
    }

    Explanation quantity(String name, String symbol, Vec2 value) {
        quantities.add(Quantity.of(name, symbol, value));
        return this;
    }

    Explanation quantity(String name, String symbol, double value) {
        quantities.add(Quantity.of(name, symbol, value));
        return this;
    }

    /** The update itself as an arrow from θ_{k−1} to θ_k. */
    Explanation update(String symbol, Vec2 vector) {
        return arrow("the update", symbol, before, vector, Role.UPDATE);
    }

    Explanation arrow(String name, String symbol, Vec2 from, Vec2 vector, Role role) {
        arrows.add(new Arrow(name, symbol, from, vector, role));
        return this;
    }

    /**
     * A part of the update, from {@code from}, split along the two axes, each labelled with its coordinate's
     * learning rate, such as "x: ε/(δ+√r) = 0.0316".
     */
    Explanation coordinates(Vec2 from, Vec2 part, Vec2 rate, String rateSymbol) {
        arrow("the update along x, at x's learning rate", "x: " + rateSymbol + " = " + Numbers.brief(rate.x()), from,
                new Vec2(part.x(), 0), Role.COORDINATE);
        return arrow("the update along y, at y's learning rate", "y: " + rateSymbol + " = " + Numbers.brief(rate.y()),
                from, new Vec2(0, part.y()), Role.COORDINATE);
    }

    Explanation mark(String name, String symbol, Vec2 at) {
        marks.add(new Mark(name, symbol, at));
        return this;
    }

    Explanation equation(String latex) {
        equations.add(latex);
        return this;
    }

    /** The explanation, with the rate per coordinate the update applied (null if the rule does not say). */
    StepExplanation build(Vec2 rate) {
        List<Mark> all = new ArrayList<>();
        all.add(new Mark("θ before the update", indexed("θ", 1), before));
        all.add(new Mark("θ after the update", indexed("θ", 0), after));
        all.addAll(marks);
        return new StepExplanation(k, before, probe.point(), probe.value(), after, rate, arrows, all, quantities,
                equations);
    }
}
