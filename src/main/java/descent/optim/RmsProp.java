package descent.optim;

import static descent.optim.Hyperparameter.DECAY_RATE;
import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** RMSProp (Algorithm 8.5, as the lecture writes it): r ← ρr + (1 − ρ)g⊙g; θ ← θ − ε/(δ + √r) ⊙ g. */
public record RmsProp(double learningRate, double decayRate, double delta) implements UpdateRule<RmsProp.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("rmsprop", "RMSProp", "RMSProp", Rule.Family.LECTURE,
            "r ← ρr + (1 − ρ)g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\; \\theta \\leftarrow \\theta"
                    + " - \\frac{\\epsilon}{\\delta + \\sqrt{r}} \\odot g",
            List.of(Setting.global(LEARNING_RATE), Setting.global(DECAY_RATE), Setting.global(DELTA)),
            v -> new RmsProp(v.get(LEARNING_RATE), v.get(DECAY_RATE), v.get(DELTA)));

    /** θ and r, the moving average of squared gradients. */
    public record State(Vec2 theta, Vec2 squaredGradientAverage) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 r0 = state.squaredGradientAverage();
        Vec2 g = gradient.at(theta);
        Vec2 r = new Vec2(decayRate * r0.x() + (1 - decayRate) * g.x() * g.x(),
                decayRate * r0.y() + (1 - decayRate) * g.y() * g.y());
        return new State(new Vec2(theta.x() - learningRate / (delta + Math.sqrt(r.x())) * g.x(),
                theta.y() - learningRate / (delta + Math.sqrt(r.y())) * g.y()), r);
    }
}
