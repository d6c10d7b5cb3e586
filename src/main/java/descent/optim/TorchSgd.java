package descent.optim;

import static descent.optim.TorchHyperparameters.DAMPENING;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.MOMENTUM;
import static descent.optim.TorchHyperparameters.NESTEROV;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;
import static descent.optim.TorchOps.add;
import static descent.optim.TorchOps.mul;

import descent.math.Vec2;
import java.util.List;

/**
 * PyTorch's SGD (torch.optim.SGD): g ← g + λθ; b ← μb + (1 − τ)g, with b ← g on the first update;
 * θ ← θ − ε(g + μb if nesterov, else b). With μ = 0 there is no buffer: θ ← θ − εg.
 */
public record TorchSgd(double learningRate, double momentum, double dampening, double weightDecay,
        boolean nesterov) implements UpdateRule<TorchSgd.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-sgd", "torch SGD", "torch SGD", Rule.Family.PYTORCH,
            "g ← g + λθ; b ← μb + (1 − τ)g (b ← g on the first update); θ ← θ − ε(g + μb if nesterov, else b)",
            "g \\leftarrow g + \\lambda\\theta;\\; b \\leftarrow \\mu b + (1-\\tau)\\, g\\; (b_1 = g_1);\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon\\,(g + \\mu b \\text{ if nesterov, else } b)",
            List.of(TorchHyperparameters.learningRate(), Setting.linked(MOMENTUM, 0, Hyperparameter.MOMENTUM),
                    Setting.own(DAMPENING, 0), Setting.own(WEIGHT_DECAY, 0), Setting.own(NESTEROV, 0)),
            v -> new TorchSgd(v.get(LR), v.get(MOMENTUM), v.get(DAMPENING), v.get(WEIGHT_DECAY),
                    v.flag(NESTEROV)));

    /**
     * θ and the momentum buffer b, a running sum of gradients; b is null until the first update sets it to g, as
     * PyTorch's is None.
     */
    public record State(Vec2 theta, Vec2 momentumBuffer) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, null);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 g = gradient.at(theta);
        if (weightDecay != 0) {
            g = add(g, theta, weightDecay);
        }
        if (momentum == 0) {
            return new State(add(theta, g, -learningRate), null);
        }
        Vec2 b0 = state.momentumBuffer();
        // PyTorch starts the buffer at g itself, undamped, rather than at 0.
        Vec2 b = b0 == null ? g : add(mul(b0, momentum), g, 1 - dampening);
        Vec2 direction = nesterov ? add(g, b, momentum) : b;
        return new State(add(theta, direction, -learningRate), b);
    }
}
