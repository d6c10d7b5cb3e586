package descent.optim;

import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** AdaGrad (Algorithm 8.4): r ← r + g⊙g; θ ← θ − ε/(δ + √r) ⊙ g. */
public record Adagrad(double learningRate, double delta) implements ExplainedRule<Adagrad.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("adagrad", "AdaGrad", "AdaGrad", Rule.Family.LECTURE,
            "r ← r + g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow r + g \\odot g;\\; \\theta \\leftarrow \\theta - \\frac{\\epsilon}{\\delta + \\sqrt{r}}"
                    + " \\odot g",
            List.of(Setting.global(LEARNING_RATE), Setting.global(DELTA)),
            v -> new Adagrad(v.get(LEARNING_RATE), v.get(DELTA)));

    /** θ and r, the sum of all squared gradients so far. */
    public record State(Vec2 theta, Vec2 squaredGradientSum) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 r0 = state.squaredGradientSum();
        Vec2 g = gradient.at(theta);
        Vec2 r = new Vec2(r0.x() + g.x() * g.x(), r0.y() + g.y() * g.y());
        Vec2 rate = Adaptive.rate(learningRate, delta, r);
        return new State(new Vec2(theta.x() - rate.x() * g.x(), theta.y() - rate.y() * g.y()), r);
    }

    /**
     * The update along each axis at that coordinate's own learning rate ε/(δ + √r): the coordinate whose gradients
     * have been larger takes the shorter step.
     */
    @Override
    public StepExplanation explain(State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        Vec2 r0 = before.squaredGradientSum();
        Vec2 r = after.squaredGradientSum();
        Vec2 rate = effectiveRate(after);
        Vec2 push = Adaptive.push(rate, e.g());
        e.theta0().gradient();
        e.quantity("sum of squared gradients before", e.indexed("r", 1), r0)
                .quantity("sum of squared gradients after", e.indexed("r", 0), r);
        e.equation(Tex.indexed("r", k) + " = " + Tex.indexed("r", k - 1) + " + g \\odot g = " + Tex.vec(r0) + " + "
                + Tex.vec(e.g()) + " \\odot " + Tex.vec(e.g()) + " = " + Tex.vec(r));
        Adaptive.explainRate(e, k, learningRate, delta, r, rate);
        e.quantity("step", "Δθ", push).theta1();
        e.update("−ε/(δ+√r)⊙g", e.change());
        e.coordinates(e.before(), e.change(), rate, "ε/(δ+√r)");
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " - \\frac{\\epsilon}{\\delta + \\sqrt{"
                + Tex.indexed("r", k) + "}} \\odot g = " + Tex.vec(e.before()) + " - " + Tex.vec(rate) + " \\odot "
                + Tex.vec(e.g()) + " = " + Tex.vec(e.after()));
        return e.build(rate);
    }

    /** ε/(δ + √r) in each coordinate, with r as the update that reached this state left it. */
    @Override
    public Vec2 effectiveRate(State after) {
        return Adaptive.rate(learningRate, delta, after.squaredGradientSum());
    }
}
