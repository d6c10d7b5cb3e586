package descent.optim;

import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** Stochastic gradient descent: θ ← θ − εg. */
public record Sgd(double learningRate) implements UpdateRule<Sgd.State> {

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
}
