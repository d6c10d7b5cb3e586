package descent.optim;

import static descent.optim.Hyperparameter.DECAY_RATE;
import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.MOMENTUM;

import descent.math.Vec2;
import java.util.List;

/**
 * RMSProp with Nesterov momentum (Algorithm 8.6, as the lecture writes it): g taken at θ + αv;
 * r ← ρr + (1 − ρ)g⊙g; v ← αv − ε/(δ + √r) ⊙ g; θ ← θ + v.
 */
public record RmsPropNesterov(double learningRate, double momentum, double decayRate, double delta)
        implements ExplainedRule<RmsPropNesterov.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("rmsprop-nesterov", "RMSProp + Nesterov", "RMSProp+N", Rule.Family.LECTURE,
            "g taken at θ + αv; r ← ρr + (1 − ρ)g⊙g; v ← αv − ε/(δ + √r) ⊙ g; θ ← θ + v",
            "g = \\nabla f(\\theta + \\alpha v);\\; r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\;"
                    + " v \\leftarrow \\alpha v - \\frac{\\epsilon}{\\delta + \\sqrt{r}} \\odot g;\\;"
                    + " \\theta \\leftarrow \\theta + v",
            List.of(Setting.global(LEARNING_RATE), Setting.global(MOMENTUM), Setting.global(DECAY_RATE),
                    Setting.global(DELTA)),
            v -> new RmsPropNesterov(v.get(LEARNING_RATE), v.get(MOMENTUM), v.get(DECAY_RATE),
                    v.get(DELTA)));

    /** θ, the velocity v and r, the moving average of squared gradients. */
    public record State(Vec2 theta, Vec2 velocity, Vec2 squaredGradientAverage) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 v = state.velocity();
        Vec2 r0 = state.squaredGradientAverage();
        Vec2 g = gradient.at(new Vec2(theta.x() + momentum * v.x(), theta.y() + momentum * v.y()));
        Vec2 r = new Vec2(decayRate * r0.x() + (1 - decayRate) * g.x() * g.x(),
                decayRate * r0.y() + (1 - decayRate) * g.y() * g.y());
        Vec2 rate = Adaptive.rate(learningRate, delta, r);
        Vec2 velocity = new Vec2(momentum * v.x() - rate.x() * g.x(), momentum * v.y() - rate.y() * g.y());
        return new State(new Vec2(theta.x() + velocity.x(), theta.y() + velocity.y()), velocity, r);
    }

    /**
     * Nesterov's interim point θ̃ = θ + αv and the gradient there, then RMSProp's rate per coordinate: αv is drawn
     * from θ to θ̃, the gradient's push −ε/(δ + √r) ⊙ g from θ̃, split along the axes at each coordinate's rate.
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
        Velocity.start(e, k, before.velocity(), momentum, true);
        e.quantity("decay rate", "ρ", decayRate)
                .quantity("average of squared gradients before", e.indexed("r", 1), r0)
                .quantity("average of squared gradients after", e.indexed("r", 0), r);
        e.equation(RmsProp.averageEquation(k, decayRate, r0, e.g(), r));
        Adaptive.explainRate(e, k, learningRate, delta, r, rate);
        Velocity.finish(e, k, before.velocity(), after.velocity(), momentum, push, "−ε/(δ+√r)⊙g",
                "- \\frac{\\epsilon}{\\delta + \\sqrt{" + Tex.indexed("r", k) + "}} \\odot g",
                "- " + Tex.vec(rate) + " \\odot " + Tex.vec(e.g()));
        e.coordinates(e.gradientPoint(), push, rate, "ε/(δ+√r)");
        return e.build(rate);
    }

    /** ε/(δ + √r) in each coordinate, with r as the update that reached this state left it. */
    @Override
    public Vec2 effectiveRate(State after) {
        return Adaptive.rate(learningRate, delta, after.squaredGradientAverage());
    }
}
