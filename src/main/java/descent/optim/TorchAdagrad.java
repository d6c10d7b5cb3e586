package descent.optim;

import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.INITIAL_ACCUMULATOR_VALUE;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.LR_DECAY;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcdiv;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's Adagrad (torch.optim.Adagrad): t ← t + 1; g ← g + λθ; r ← r + g⊙g, r starting at r₀;
 * θ ← θ − ε/(1 + (t − 1)η) · g/(√r + δ).
 */
public record TorchAdagrad(double learningRate, double learningRateDecay, double weightDecay,
        double initialAccumulatorValue, double eps) implements UpdateRule<TorchAdagrad.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-adagrad", "torch Adagrad", "torch Adagrad", Rule.Family.PYTORCH,
            "t ← t + 1; g ← g + λθ; r ← r + g⊙g (r starts at r₀); θ ← θ − ε/(1 + (t − 1)η) · g/(√r + δ)",
            "g \\leftarrow g + \\lambda\\theta;\\; r \\leftarrow r + g \\odot g\\; (r_0 \\text{ at first});\\;"
                    + " \\theta \\leftarrow \\theta - \\frac{\\epsilon}{1 + (t-1)\\eta} \\cdot \\frac{g}{\\sqrt{r}"
                    + " + \\delta}",
            List.of(TorchHyperparameters.learningRate(), Setting.own(LR_DECAY, 0), Setting.own(WEIGHT_DECAY, 0),
                    Setting.own(INITIAL_ACCUMULATOR_VALUE, 0), Setting.linked(EPS, 1e-10, Hyperparameter.DELTA)),
            v -> new TorchAdagrad(v.get(LR), v.get(LR_DECAY), v.get(WEIGHT_DECAY), v.get(INITIAL_ACCUMULATOR_VALUE),
                    v.get(EPS)));

    /**
     * θ, r, the sum of squared gradients, and t, the number of updates, counted in float32 as PyTorch counts it
     * (exact up to 2²⁴, where PyTorch's count stops).
     */
    public record State(Vec2 theta, Vec2 squaredGradientSum, float t) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, new Vec2(initialAccumulatorValue, initialAccumulatorValue), 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        float t = state.t() + 1f;
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        double clr = learningRate / (1 + (t - 1.0) * learningRateDecay);
        Vec2 r = addcmul(state.squaredGradientSum(), g, g, 1);
        Vec2 std = add(sqrt(r), eps);
        return new State(addcdiv(theta, g, std, -clr), r, t);
    }
}
