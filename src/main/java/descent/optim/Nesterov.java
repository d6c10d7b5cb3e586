package descent.optim;

import descent.surface.Vec2;

/** SGD with Nesterov momentum (Algorithm 8.3): g taken at θ + αv; v ← αv − εg; θ ← θ + v. */
public record Nesterov(double learningRate, double momentum) implements UpdateRule<Momentum.State> {

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
}
