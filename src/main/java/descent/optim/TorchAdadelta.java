package descent.optim;

import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.RHO;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.div;
import static descent.optim.TorchOps.mul;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's Adadelta (torch.optim.Adadelta): g ← g + λθ; r ← ρr + (1 − ρ)g⊙g; Δ = √(u + δ)/√(r + δ) ⊙ g;
 * u ← ρu + (1 − ρ)Δ⊙Δ; θ ← θ − εΔ. Its steps carry their own units, so PyTorch's default lr is 1; here lr
 * follows ε as every torch rule's does.
 */
public record TorchAdadelta(double learningRate, double rho, double eps, double weightDecay)
        implements UpdateRule<TorchAdadelta.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-adadelta", "torch Adadelta", "torch Adadelta",
            Rule.Family.PYTORCH,
            "g ← g + λθ; r ← ρr + (1 − ρ)g⊙g; Δ = √(u + δ)/√(r + δ) ⊙ g; u ← ρu + (1 − ρ)Δ⊙Δ; θ ← θ − εΔ",
            "g \\leftarrow g + \\lambda\\theta;\\; r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\;"
                    + " \\Delta = \\frac{\\sqrt{u + \\delta}}{\\sqrt{r + \\delta}} \\odot g;\\;"
                    + " u \\leftarrow \\rho u + (1-\\rho)\\, \\Delta \\odot \\Delta;\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon\\Delta",
            List.of(TorchHyperparameters.learningRate(), Setting.linked(RHO, 0.9, Hyperparameter.DECAY_RATE),
                    Setting.linked(EPS, 1e-6, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, 0)),
            v -> new TorchAdadelta(v.get(LR), v.get(RHO), v.get(EPS), v.get(WEIGHT_DECAY)));

    /** θ, r, the moving average of squared gradients, and u, the moving average of squared updates. */
    public record State(Vec2 theta, Vec2 squaredGradientAverage, Vec2 squaredUpdateAverage)
            implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        Vec2 r = addcmul(mul(state.squaredGradientAverage(), rho), g, g, 1 - rho);
        Vec2 std = sqrt(add(r, eps));
        Vec2 delta = mul(div(sqrt(add(state.squaredUpdateAverage(), eps)), std), g);
        Vec2 u = addcmul(mul(state.squaredUpdateAverage(), rho), delta, delta, 1 - rho);
        return new State(add(theta, delta, -learningRate), r, u);
    }
}
