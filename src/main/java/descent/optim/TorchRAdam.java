package descent.optim;

import static descent.optim.TorchHyperparameters.BETA1;
import static descent.optim.TorchHyperparameters.BETA2;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.div;
import static descent.optim.TorchOps.mul;
import static descent.optim.TorchOps.reciprocalTimes;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's RAdam (torch.optim.RAdam): Adam's moments, with ŝ = s/(1 − β₁ᵗ); while the estimated length ρₜ of
 * the moving average is at most 5 the step is plain momentum, θ ← θ − εŝ; after, Adam's step scaled by the
 * variance rectification √((ρₜ − 4)(ρₜ − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρₜ)).
 */
public record TorchRAdam(double learningRate, double beta1, double beta2, double eps, double weightDecay)
        implements UpdateRule<TorchRAdam.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-radam", "torch RAdam", "torch RAdam", Rule.Family.PYTORCH,
            "t ← t + 1; g ← g + λθ; s ← β₁s + (1 − β₁)g; r ← β₂r + (1 − β₂)g⊙g; ŝ = s/(1 − β₁ᵗ);"
                    + " ρ∞ = 2/(1 − β₂) − 1; ρₜ = ρ∞ − 2tβ₂ᵗ/(1 − β₂ᵗ); if ρₜ > 5:"
                    + " θ ← θ − εŝ · √(1 − β₂ᵗ)/(√r + δ) · √((ρₜ − 4)(ρₜ − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρₜ)),"
                    + " else θ ← θ − εŝ",
            "\\hat s = \\frac{s}{1-\\beta_1^t};\\; \\rho_t = \\rho_\\infty - \\frac{2t\\beta_2^t}{1-\\beta_2^t};\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon\\hat s \\cdot \\frac{\\sqrt{1-\\beta_2^t}}{\\sqrt{r}"
                    + " + \\delta} \\sqrt{\\frac{(\\rho_t-4)(\\rho_t-2)\\rho_\\infty}{(\\rho_\\infty-4)"
                    + "(\\rho_\\infty-2)\\rho_t}} \\text{ if } \\rho_t > 5, \\text{ else } \\theta - \\epsilon\\hat s",
            List.of(TorchHyperparameters.learningRate(),
                    Setting.linked(BETA1, 0.9, Hyperparameter.FIRST_MOMENT_DECAY),
                    Setting.linked(BETA2, 0.999, Hyperparameter.SECOND_MOMENT_DECAY),
                    Setting.linked(EPS, 1e-8, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, 0)),
            v -> new TorchRAdam(v.get(LR), v.get(BETA1), v.get(BETA2), v.get(EPS), v.get(WEIGHT_DECAY)));

    /**
     * θ, s and r, the moving averages of gradients and of squared gradients, and t, the number of updates,
     * counted in float32 as PyTorch counts it.
     */
    public record State(Vec2 theta, Vec2 firstMoment, Vec2 secondMoment, float t) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        float t = state.t() + 1f;
        double biasCorrection1 = 1 - Math.pow(beta1, t);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        Vec2 s = add(mul(state.firstMoment(), beta1), g, 1 - beta1);
        Vec2 r = addcmul(mul(state.secondMoment(), beta2), g, g, 1 - beta2);
        Vec2 corrected = div(s, biasCorrection1);
        double rhoInf = 2 / (1 - beta2) - 1;
        double rhoT = rhoInf - 2.0 * t * Math.pow(beta2, t) / biasCorrection2;
        Vec2 step;
        if (rhoT > 5) {
            double rect = Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
            Vec2 adaptiveLearningRate = reciprocalTimes(add(sqrt(r), eps), Math.sqrt(biasCorrection2));
            step = mul(mul(mul(corrected, learningRate), adaptiveLearningRate), rect);
        } else {
            step = mul(corrected, learningRate);
        }
        return new State(add(theta, step, -1), s, r, t);
    }
}
