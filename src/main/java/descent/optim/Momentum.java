package descent.optim;

import descent.surface.Vec2;

/** SGD with momentum (Algorithm 8.2): v ← αv − εg; θ ← θ + v. */
public record Momentum(double learningRate, double momentum) implements UpdateRule<Momentum.State> {

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
}
