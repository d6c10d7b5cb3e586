package descent.optim;

import descent.surface.Vec2;

/**
 * RMSProp with Nesterov momentum (Algorithm 8.6, as the lecture writes it): g taken at θ + αv;
 * r ← ρr + (1 − ρ)g⊙g; v ← αv − ε/(δ + √r) ⊙ g; θ ← θ + v.
 */
public record RmsPropNesterov(double learningRate, double momentum, double decayRate, double delta)
        implements UpdateRule<RmsPropNesterov.State> {

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
        Vec2 velocity = new Vec2(momentum * v.x() - learningRate / (delta + Math.sqrt(r.x())) * g.x(),
                momentum * v.y() - learningRate / (delta + Math.sqrt(r.y())) * g.y());
        return new State(new Vec2(theta.x() + velocity.x(), theta.y() + velocity.y()), velocity, r);
    }
}
