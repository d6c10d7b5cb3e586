package descent.optim;

import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.MOMENTUM;

import descent.math.Vec2;
import java.util.List;

/** SGD with Nesterov momentum (Algorithm 8.3): g taken at θ + αv; v ← αv − εg; θ ← θ + v. */
public record Nesterov(double learningRate, double momentum) implements UpdateRule<Momentum.State> {

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
}
