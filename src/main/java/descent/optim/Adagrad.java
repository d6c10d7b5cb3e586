package descent.optim;

import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/** AdaGrad (Algorithm 8.4): r ← r + g⊙g; θ ← θ − ε/(δ + √r) ⊙ g. */
public record Adagrad(double learningRate, double delta) implements UpdateRule<Adagrad.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("adagrad", "AdaGrad", "AdaGrad", Rule.Family.LECTURE,
            "r ← r + g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow r + g \\odot g;\\; \\theta \\leftarrow \\theta - \\frac{\\epsilon}{\\delta + \\sqrt{r}}"
                    + " \\odot g",
            List.of(Setting.global(LEARNING_RATE), Setting.global(DELTA)),
            v -> new Adagrad(v.get(LEARNING_RATE), v.get(DELTA)));

    /** θ and r, the sum of all squared gradients so far. */
    public record State(Vec2 theta, Vec2 squaredGradientSum) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 r0 = state.squaredGradientSum();
        Vec2 g = gradient.at(theta);
        Vec2 r = new Vec2(r0.x() + g.x() * g.x(), r0.y() + g.y() * g.y());
        return new State(new Vec2(theta.x() - learningRate / (delta + Math.sqrt(r.x())) * g.x(),
                theta.y() - learningRate / (delta + Math.sqrt(r.y())) * g.y()), r);
    }
}
