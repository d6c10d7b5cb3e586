package descent.optim;

import static descent.optim.TorchHyperparameters.BETA1;
import static descent.optim.TorchHyperparameters.BETA2;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.MOMENTUM_DECAY;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcdiv;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.div;
import static descent.optim.TorchOps.mul;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's NAdam (torch.optim.NAdam, 1.13): Adam with Nesterov momentum on a warming-up schedule
 * μₜ = β₁(1 − ½·0.96^(tψ)); with Π the product μ₁⋯μₜ and d = √(r/(1 − β₂ᵗ)) + δ,
 * θ ← θ − ε(1 − μₜ)/(1 − Π) · g/d − εμₜ₊₁/(1 − Πμₜμₜ₊₁) · s/d.
 */
public record TorchNAdam(double learningRate, double beta1, double beta2, double eps, double weightDecay,
        double momentumDecay) implements UpdateRule<TorchNAdam.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-nadam", "torch NAdam", "torch NAdam", Rule.Family.PYTORCH,
            "t ← t + 1; g ← g + λθ; μₜ = β₁(1 − ½·0.96^(tψ)); Π ← Πμₜ; s ← β₁s + (1 − β₁)g;"
                    + " r ← β₂r + (1 − β₂)g⊙g; d = √(r/(1 − β₂ᵗ)) + δ;"
                    + " θ ← θ − ε(1 − μₜ)/(1 − Π) · g/d − εμₜ₊₁/(1 − Πμₜμₜ₊₁) · s/d",
            "\\mu_t = \\beta_1\\,(1 - \\tfrac12\\, 0.96^{t\\psi});\\; \\Pi \\leftarrow \\Pi\\mu_t;\\;"
                    + " s \\leftarrow \\beta_1 s + (1-\\beta_1) g;\\; r \\leftarrow \\beta_2 r + (1-\\beta_2)\\,"
                    + " g \\odot g;\\; d = \\sqrt{r/(1-\\beta_2^t)} + \\delta;\\;"
                    + " \\theta \\leftarrow \\theta - \\frac{\\epsilon(1-\\mu_t)}{1-\\Pi}\\,\\frac{g}{d}"
                    + " - \\frac{\\epsilon\\mu_{t+1}}{1-\\Pi\\mu_t\\mu_{t+1}}\\,\\frac{s}{d}",
            List.of(TorchHyperparameters.learningRate(),
                    Setting.linked(BETA1, 0.9, Hyperparameter.FIRST_MOMENT_DECAY),
                    Setting.linked(BETA2, 0.999, Hyperparameter.SECOND_MOMENT_DECAY),
                    Setting.linked(EPS, 1e-8, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, 0),
                    Setting.own(MOMENTUM_DECAY, 4e-3)),
            v -> new TorchNAdam(v.get(LR), v.get(BETA1), v.get(BETA2), v.get(EPS), v.get(WEIGHT_DECAY),
                    v.get(MOMENTUM_DECAY)));

    /**
     * θ, s and r, the moving averages of gradients and of squared gradients, Π, the product of the momenta so
     * far, and t, the number of updates. PyTorch keeps t and Π in float32 tensors whatever θ's precision, and so do
     * we: Π is rounded to float after each product.
     */
    public record State(Vec2 theta, Vec2 firstMoment, Vec2 secondMoment, float muProduct, float t)
            implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, 1f, 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        float t = state.t() + 1f;
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1.0) * momentumDecay));
        float muProduct = state.muProduct() * (float) mu;
        // PyTorch 1.13 multiplies μₜ in twice here (fixed in 2.0, pytorch/pytorch#92699); so do we.
        float muProductNext = muProduct * (float) mu * (float) muNext;
        Vec2 s = add(mul(state.firstMoment(), beta1), g, 1 - beta1);
        Vec2 r = addcmul(mul(state.secondMoment(), beta2), g, g, 1 - beta2);
        Vec2 denominator = add(sqrt(div(r, biasCorrection2)), eps);
        Vec2 next = addcdiv(theta, g, denominator, -learningRate * (1 - mu) / (1 - (double) muProduct));
        next = addcdiv(next, s, denominator, -learningRate * muNext / (1 - (double) muProductNext));
        return new State(next, s, r, muProduct, t);
    }
}
