package descent.optim;

import descent.surface.Vec2;

/** Stochastic gradient descent: θ ← θ − εg. */
public record Sgd(double learningRate) implements UpdateRule<Sgd.State> {

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
