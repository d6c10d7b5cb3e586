package descent.optim;

import static descent.optim.TorchHyperparameters.AMSGRAD;
import static descent.optim.TorchHyperparameters.BETA1;
import static descent.optim.TorchHyperparameters.BETA2;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcdiv;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.div;
import static descent.optim.TorchOps.maximum;
import static descent.optim.TorchOps.mul;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's Adam (torch.optim.Adam): t ← t + 1; g ← g + λθ; s ← β₁s + (1 − β₁)g; r ← β₂r + (1 − β₂)g⊙g;
 * θ ← θ − ε/(1 − β₁ᵗ) · s/(√r/√(1 − β₂ᵗ) + δ), with r replaced by the largest r so far under AMSGrad. As AdamW,
 * it shrinks θ by ελθ before the step instead of adding λθ to g.
 */
public record TorchAdam(double learningRate, double beta1, double beta2, double eps, double weightDecay,
        boolean amsgrad, boolean decoupledWeightDecay) implements UpdateRule<TorchAdam.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-adam", "torch Adam", "torch Adam", Rule.Family.PYTORCH,
            "t ← t + 1; g ← g + λθ; s ← β₁s + (1 − β₁)g; r ← β₂r + (1 − β₂)g⊙g; with amsgrad r̄ ← max(r̄, r) in place"
                    + " of r below; θ ← θ − ε/(1 − β₁ᵗ) · s/(√r/√(1 − β₂ᵗ) + δ)",
            "g \\leftarrow g + \\lambda\\theta;\\; s \\leftarrow \\beta_1 s + (1-\\beta_1) g;\\;"
                    + " r \\leftarrow \\beta_2 r + (1-\\beta_2)\\, g \\odot g;\\; \\bar r \\leftarrow \\max(\\bar r, r)"
                    + " \\text{ if amsgrad};\\; \\theta \\leftarrow \\theta - \\frac{\\epsilon}{1-\\beta_1^t}"
                    + " \\cdot \\frac{s}{\\sqrt{r}/\\sqrt{1-\\beta_2^t} + \\delta}",
            settings(0),
            v -> new TorchAdam(v.get(LR), v.get(BETA1), v.get(BETA2), v.get(EPS), v.get(WEIGHT_DECAY),
                    v.flag(AMSGRAD), false));

    /** Adam's settings in PyTorch's order, with PyTorch's defaults; AdamW's differ only in λ's. */
    static List<Setting> settings(double weightDecay) {
        return List.of(TorchHyperparameters.learningRate(),
                Setting.linked(BETA1, 0.9, Hyperparameter.FIRST_MOMENT_DECAY),
                Setting.linked(BETA2, 0.999, Hyperparameter.SECOND_MOMENT_DECAY),
                Setting.linked(EPS, 1e-8, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, weightDecay),
                Setting.own(AMSGRAD, 0));
    }

    /**
     * θ, s and r, the moving averages of gradients and of squared gradients, r̄, the largest r so far (for
     * AMSGrad), and t, the number of updates, counted in float32 as PyTorch counts it.
     */
    public record State(Vec2 theta, Vec2 firstMoment, Vec2 secondMoment, Vec2 maxSecondMoment, float t)
            implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        float t = state.t() + 1f;
        Vec2 g = gradient.at(theta);
        if (decoupledWeightDecay) {
            theta = mul(theta, 1 - learningRate * weightDecay);
        } else if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        Vec2 s = add(mul(state.firstMoment(), beta1), g, 1 - beta1);
        Vec2 r = addcmul(mul(state.secondMoment(), beta2), g, g, 1 - beta2);
        double biasCorrection1 = 1 - Math.pow(beta1, t);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        double stepSize = learningRate / biasCorrection1;
        Vec2 rMax = state.maxSecondMoment();
        Vec2 denominator;
        if (amsgrad) {
            rMax = maximum(rMax, r);
            denominator = add(div(sqrt(rMax), Math.sqrt(biasCorrection2)), eps);
        } else {
            denominator = add(div(sqrt(r), Math.sqrt(biasCorrection2)), eps);
        }
        return new State(addcdiv(theta, s, denominator, -stepSize), s, r, rMax, t);
    }
}
