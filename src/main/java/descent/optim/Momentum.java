package descent.optim;

import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.MOMENTUM;

import descent.math.Vec2;
import java.util.List;

/** SGD with momentum (Algorithm 8.2): v ← αv − εg; θ ← θ + v. */
public record Momentum(double learningRate, double momentum) implements ExplainedRule<Momentum.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("momentum", "Momentum", "Momentum", Rule.Family.LECTURE,
            "v ← αv − εg; θ ← θ + v",
            "v \\leftarrow \\alpha v - \\epsilon g;\\; \\theta \\leftarrow \\theta + v",
            List.of(Setting.global(LEARNING_RATE), Setting.global(MOMENTUM)),
            v -> new Momentum(v.get(LEARNING_RATE), v.get(MOMENTUM)));

    /** θ and the velocity v. */
    public record State(Vec2 theta, Vec2 velocity) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 v = state.velocity();
        Vec2 g = gradient.at(theta);
        Vec2 velocity = new Vec2(momentum * v.x() - learningRate * g.x(), momentum * v.y() - learningRate * g.y());
        return new State(new Vec2(theta.x() + velocity.x(), theta.y() + velocity.y()), velocity);
    }

    /**
     * The new velocity as the sum of its two terms, both drawn from θ as the book's parallelogram has them: αv, what
     * is left of the old velocity, and −εg, the push of the gradient taken at θ.
     */
    @Override
    public StepExplanation explain(State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        Velocity.start(e, k, before.velocity(), momentum, false);
        e.quantity("learning rate", "ε", learningRate);
        Velocity.finish(e, k, before.velocity(), after.velocity(), momentum, e.g().times(-learningRate), "−εg",
                "- \\epsilon g", "- " + Tex.num(learningRate) + "\\," + Tex.vec(e.g()));
        return e.build(effectiveRate(after));
    }

    /** ε in both coordinates, at every step: momentum changes the direction of the steps, not the rate. */
    @Override
    public Vec2 effectiveRate(State after) {
        return new Vec2(learningRate, learningRate);
    }
}
