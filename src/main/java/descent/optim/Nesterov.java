package descent.optim;

import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.MOMENTUM;

import descent.math.Vec2;
import java.util.List;

/** SGD with Nesterov momentum (Algorithm 8.3): g taken at θ + αv; v ← αv − εg; θ ← θ + v. */
public record Nesterov(double learningRate, double momentum) implements ExplainedRule<Momentum.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("nesterov", "Nesterov", "Nesterov", Rule.Family.LECTURE,
            "g taken at θ + αv; v ← αv − εg; θ ← θ + v",
            "g = \\nabla f(\\theta + \\alpha v);\\; v \\leftarrow \\alpha v - \\epsilon g;\\;"
                    + " \\theta \\leftarrow \\theta + v",
            List.of(Setting.global(LEARNING_RATE), Setting.global(MOMENTUM)),
            v -> new Nesterov(v.get(LEARNING_RATE), v.get(MOMENTUM)));

    @Override
    public Momentum.State init(Vec2 theta) {
        return new Momentum.State(theta, Vec2.ZERO);
    }

    @Override
    public Momentum.State step(Momentum.State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 v = state.velocity();
        Vec2 g = gradient.at(new Vec2(theta.x() + momentum * v.x(), theta.y() + momentum * v.y()));
        Vec2 velocity = new Vec2(momentum * v.x() - learningRate * g.x(), momentum * v.y() - learningRate * g.y());
        return new Momentum.State(new Vec2(theta.x() + velocity.x(), theta.y() + velocity.y()), velocity);
    }

    /**
     * The interim point θ̃ = θ + αv first, then the gradient taken there: αv is drawn from θ to θ̃ and −εg from θ̃,
     * so that the two end where the new velocity takes θ.
     */
    @Override
    public StepExplanation explain(Momentum.State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        Momentum.State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        Velocity.start(e, k, before.velocity(), momentum, true);
        e.quantity("learning rate", "ε", learningRate);
        Velocity.finish(e, k, before.velocity(), after.velocity(), momentum, e.g().times(-learningRate), "−εg",
                "- \\epsilon g", "- " + Tex.num(learningRate) + "\\," + Tex.vec(e.g()));
        return e.build(effectiveRate(after));
    }

    /** ε in both coordinates, at every step. */
    @Override
    public Vec2 effectiveRate(Momentum.State after) {
        return new Vec2(learningRate, learningRate);
    }
}
