package descent.optim;

import static descent.optim.TorchHyperparameters.BETA1;
import static descent.optim.TorchHyperparameters.BETA2;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.abs;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcdiv;
import static descent.optim.TorchOps.maximum;
import static descent.optim.TorchOps.mul;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's Adamax (torch.optim.Adamax): Adam with the root of r replaced by a decaying maximum of |g|:
 * t ← t + 1; g ← g + λθ; s ← β₁s + (1 − β₁)g; u ← max(β₂u, |g| + δ); θ ← θ − ε/(1 − β₁ᵗ) · s/u.
 */
public record TorchAdamax(double learningRate, double beta1, double beta2, double eps, double weightDecay)
        implements UpdateRule<TorchAdamax.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-adamax", "torch Adamax", "torch Adamax", Rule.Family.PYTORCH,
            "t ← t + 1; g ← g + λθ; s ← β₁s + (1 − β₁)g; u ← max(β₂u, |g| + δ); θ ← θ − ε/(1 − β₁ᵗ) · s/u",
            "g \\leftarrow g + \\lambda\\theta;\\; s \\leftarrow \\beta_1 s + (1-\\beta_1) g;\\;"
                    + " u \\leftarrow \\max(\\beta_2 u, |g| + \\delta);\\;"
                    + " \\theta \\leftarrow \\theta - \\frac{\\epsilon}{1-\\beta_1^t} \\cdot \\frac{s}{u}",
            List.of(TorchHyperparameters.learningRate(),
                    Setting.linked(BETA1, 0.9, Hyperparameter.FIRST_MOMENT_DECAY),
                    Setting.linked(BETA2, 0.999, Hyperparameter.SECOND_MOMENT_DECAY),
                    Setting.linked(EPS, 1e-8, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, 0)),
            v -> new TorchAdamax(v.get(LR), v.get(BETA1), v.get(BETA2), v.get(EPS), v.get(WEIGHT_DECAY)));

    /**
     * θ, s, the moving average of gradients, u, the decaying maximum of |g|, and t, the number of updates,
     * counted in float32 as PyTorch counts it.
     */
    public record State(Vec2 theta, Vec2 firstMoment, Vec2 infinityNorm, float t) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        float t = state.t() + 1f;
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        Vec2 s = add(mul(state.firstMoment(), beta1), g, 1 - beta1);
        Vec2 u = maximum(mul(state.infinityNorm(), beta2), add(abs(g), eps));
        double clr = learningRate / (1 - Math.pow(beta1, t));
        return new State(addcdiv(theta, s, u, -clr), s, u, t);
    }
}
