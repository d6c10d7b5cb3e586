package descent.optim;

import static descent.optim.TorchHyperparameters.AMSGRAD;
import static descent.optim.TorchHyperparameters.BETA1;
import static descent.optim.TorchHyperparameters.BETA2;
import static descent.optim.TorchHyperparameters.EPS;
import static descent.optim.TorchHyperparameters.LR;
import static descent.optim.TorchHyperparameters.WEIGHT_DECAY;

/**
 * PyTorch's AdamW (torch.optim.AdamW): Adam whose weight decay shrinks θ ← θ(1 − ελ) before the step instead of
 * adding λθ to the gradient, so that the decay is not divided by √r; λ is 0.01 by default.
 */
public final class TorchAdamW {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("torch-adamw", "torch AdamW", "torch AdamW", Rule.Family.PYTORCH,
            "t ← t + 1; θ ← θ(1 − ελ); s ← β₁s + (1 − β₁)g; r ← β₂r + (1 − β₂)g⊙g; with amsgrad r̄ ← max(r̄, r) in"
                    + " place of r below; θ ← θ − ε/(1 − β₁ᵗ) · s/(√r/√(1 − β₂ᵗ) + δ)",
            "\\theta \\leftarrow \\theta\\,(1 - \\epsilon\\lambda);\\; s \\leftarrow \\beta_1 s + (1-\\beta_1) g;\\;"
                    + " r \\leftarrow \\beta_2 r + (1-\\beta_2)\\, g \\odot g;\\; \\bar r \\leftarrow \\max(\\bar r, r)"
                    + " \\text{ if amsgrad};\\; \\theta \\leftarrow \\theta - \\frac{\\epsilon}{1-\\beta_1^t}"
                    + " \\cdot \\frac{s}{\\sqrt{r}/\\sqrt{1-\\beta_2^t} + \\delta}",
            TorchAdam.settings(1e-2),
            v -> new TorchAdam(v.get(LR), v.get(BETA1), v.get(BETA2), v.get(EPS), v.get(WEIGHT_DECAY),
                    v.flag(AMSGRAD), true));

    private TorchAdamW() {
    }
}
