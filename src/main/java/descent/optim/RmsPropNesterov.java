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
        implements UpdateRule<RmsPropNesterov.State> {

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
        Vec2 velocity = new Vec2(momentum * v.x() - learningRate / (delta + Math.sqrt(r.x())) * g.x(),
                momentum * v.y() - learningRate / (delta + Math.sqrt(r.y())) * g.y());
        return new State(new Vec2(theta.x() + velocity.x(), theta.y() + velocity.y()), velocity, r);
    }
}
