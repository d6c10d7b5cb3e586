package descent.optim;

import static descent.optim.Hyperparameter.DECAY_RATE;
import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** RMSProp (Algorithm 8.5, as the lecture writes it): r ← ρr + (1 − ρ)g⊙g; θ ← θ − ε/(δ + √r) ⊙ g. */
public record RmsProp(double learningRate, double decayRate, double delta) implements ExplainedRule<RmsProp.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("rmsprop", "RMSProp", "RMSProp", Rule.Family.LECTURE,
            "r ← ρr + (1 − ρ)g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\; \\theta \\leftarrow \\theta"
                    + " - \\frac{\\epsilon}{\\delta + \\sqrt{r}} \\odot g",
            List.of(Setting.global(LEARNING_RATE), Setting.global(DECAY_RATE), Setting.global(DELTA)),
            v -> new RmsProp(v.get(LEARNING_RATE), v.get(DECAY_RATE), v.get(DELTA)));

    /** θ and r, the moving average of squared gradients. */
    public record State(Vec2 theta, Vec2 squaredGradientAverage) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 r0 = state.squaredGradientAverage();
        Vec2 g = gradient.at(theta);
        Vec2 r = new Vec2(decayRate * r0.x() + (1 - decayRate) * g.x() * g.x(),
                decayRate * r0.y() + (1 - decayRate) * g.y() * g.y());
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
        Vec2 r0 = before.squaredGradientAverage();
        Vec2 r = after.squaredGradientAverage();
        Vec2 rate = effectiveRate(after);
        Vec2 push = Adaptive.push(rate, e.g());
        e.theta0().gradient();
        e.quantity("decay rate", "ρ", decayRate)
                .quantity("average of squared gradients before", e.indexed("r", 1), r0)
                .quantity("average of squared gradients after", e.indexed("r", 0), r);
        e.equation(RmsProp.averageEquation(k, decayRate, r0, e.g(), r));
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
        return Adaptive.rate(learningRate, delta, after.squaredGradientAverage());
    }

    /** r_k = ρr_{k−1} + (1 − ρ)g⊙g with the numbers of step k, in LaTeX. */
    static String averageEquation(long k, double decayRate, Vec2 r0, Vec2 g, Vec2 r) {
        return Tex.indexed("r", k) + " = \\rho " + Tex.indexed("r", k - 1) + " + (1-\\rho)\\, g \\odot g = "
                + Tex.num(decayRate) + "\\," + Tex.vec(r0) + " + " + Tex.num(1 - decayRate) + "\\," + Tex.vec(g)
                + " \\odot " + Tex.vec(g) + " = " + Tex.vec(r);
    }
}
