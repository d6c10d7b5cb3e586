package descent.optim;

import static descent.optim.TorchHyperparameters.ALPHA;
import static descent.optim.TorchHyperparameters.CENTERED;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.MOMENTUM;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.addcdiv;
import static descent.optim.TorchOps.addcmul;
import static descent.optim.TorchOps.mul;
import static descent.optim.TorchOps.sqrt;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's RMSprop (torch.optim.RMSprop): g ← g + λθ; r ← ρr + (1 − ρ)g⊙g; d = √r + δ, or √(r − s⊙s) + δ when
 * centered with s ← ρs + (1 − ρ)g; θ ← θ − εg/d, or with μ &gt; 0: b ← μb + g/d, θ ← θ − εb.
 */
public record TorchRmsProp(double learningRate, double alpha, double eps, double weightDecay, double momentum,
        boolean centered) implements UpdateRule<TorchRmsProp.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-rmsprop", "torch RMSprop", "torch RMSprop", Rule.Family.PYTORCH,
            "g ← g + λθ; r ← ρr + (1 − ρ)g⊙g; d = √r + δ, or if centered s ← ρs + (1 − ρ)g, d = √(r − s⊙s) + δ;"
                    + " θ ← θ − εg/d, or if μ > 0 b ← μb + g/d, θ ← θ − εb",
            "g \\leftarrow g + \\lambda\\theta;\\; r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\;"
                    + " d = \\sqrt{r} + \\delta \\text{ or, centered, } \\sqrt{r - s \\odot s} + \\delta,\\;"
                    + " s \\leftarrow \\rho s + (1-\\rho) g;\\; b \\leftarrow \\mu b + g/d;\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon b",
            List.of(TorchHyperparameters.learningRate(), Setting.linked(ALPHA, 0.99, Hyperparameter.DECAY_RATE),
                    Setting.linked(EPS, 1e-8, Hyperparameter.DELTA), Setting.own(WEIGHT_DECAY, 0),
                    Setting.linked(MOMENTUM, 0, Hyperparameter.MOMENTUM), Setting.own(CENTERED, 0)),
            v -> new TorchRmsProp(v.get(LR), v.get(ALPHA), v.get(EPS), v.get(WEIGHT_DECAY), v.get(MOMENTUM),
                    v.flag(CENTERED)));

    /** θ, r and s, the moving averages of squared gradients and of gradients, and the momentum buffer b. */
    public record State(Vec2 theta, Vec2 squaredGradientAverage, Vec2 gradientAverage, Vec2 momentumBuffer)
            implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        Vec2 r = addcmul(mul(state.squaredGradientAverage(), alpha), g, g, 1 - alpha);
        Vec2 s = state.gradientAverage();
        Vec2 avg;
        if (centered) {
            s = add(mul(s, alpha), g, 1 - alpha);
            avg = sqrt(addcmul(r, s, s, -1));
        } else {
            avg = sqrt(r);
        }
        avg = add(avg, eps);
        if (momentum > 0) {
            Vec2 b = addcdiv(mul(state.momentumBuffer(), momentum), g, avg, 1);
            return new State(add(theta, b, -learningRate), r, s, b);
        }
        return new State(addcdiv(theta, g, avg, -learningRate), r, s, state.momentumBuffer());
    }
}
