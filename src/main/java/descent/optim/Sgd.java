package descent.optim;

import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** Stochastic gradient descent: θ ← θ − εg. */
public record Sgd(double learningRate) implements ExplainedRule<Sgd.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("sgd", "SGD", "SGD", Rule.Family.LECTURE,
            "θ ← θ − εg",
            "\\theta \\leftarrow \\theta - \\epsilon g",
            List.of(Setting.global(LEARNING_RATE)),
            v -> new Sgd(v.get(LEARNING_RATE)));

    /** SGD remembers nothing but θ. */
    public record State(Vec2 theta) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 g = gradient.at(theta);
        return new State(new Vec2(theta.x() - learningRate * g.x(), theta.y() - learningRate * g.y()));
    }

    @Override
    public StepExplanation explain(State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        e.theta0().gradient().quantity("learning rate", "ε", learningRate)
                .quantity("step against the gradient", "−εg", e.g().times(-learningRate)).theta1();
        e.update("−εg", e.change());
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " - \\epsilon g = " + Tex.vec(e.before()) + " - "
                + Tex.num(learningRate) + "\\," + Tex.vec(e.g()) + " = " + Tex.vec(e.after()));
        return e.build(effectiveRate(after));
    }

    /** ε in both coordinates, at every step. */
    @Override
    public Vec2 effectiveRate(State after) {
        return new Vec2(learningRate, learningRate);
    }
}
