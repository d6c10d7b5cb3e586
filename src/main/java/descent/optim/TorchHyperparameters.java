package descent.optim;

import descent.math.Range;

/**
 * The values PyTorch's rules read, declared once under PyTorch's own names and shared by every torch rule that reads
 * them; each rule gives its own default, which is PyTorch's.
 *
 * <p>Symbols are PyTorch's except where the book already uses the letter for something else: PyTorch's lr is the
 * book's ε, its eps is written δ and RMSprop's alpha ρ, as the lecture's sliders they follow are.
 */
public final class TorchHyperparameters {

    /** The learning rate, which always follows the lecture's ε. */
    public static final Hyperparameter LR = new Hyperparameter("lr", "ε", "learning rate",
            "PyTorch's lr: how far each update moves. It follows the lecture's ε unless the racer sets its own.",
            Range.openClosed(0, 10), Hyperparameter.Scale.LOG, 1e-5, 10);
    public static final Hyperparameter MOMENTUM = new Hyperparameter("momentum", "μ", "momentum",
            "How much of the momentum buffer b each update keeps. PyTorch's b sums gradients (RMSprop's, scaled"
                    + " ones), not steps: ε multiplies it afterwards. 0 turns the buffer off.",
            Range.closedOpen(0, 1), Hyperparameter.Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter DAMPENING = new Hyperparameter("dampening", "τ", "dampening",
            "How much less of each new gradient goes into the momentum buffer: b ← μb + (1 − τ)g.",
            Range.closed(0, 1), Hyperparameter.Scale.LINEAR, 0, 1);
    public static final Hyperparameter NESTEROV = Hyperparameter.flag("nesterov", "Nesterov momentum",
            "Step along g + μb instead of b: PyTorch's reformulation of Nesterov's look-ahead, with the gradient"
                    + " taken at θ. PyTorch refuses it with μ = 0 or τ ≠ 0; here the formula is followed as written.");
    public static final Hyperparameter WEIGHT_DECAY = new Hyperparameter("weight_decay", "λ", "weight decay",
            "Pulls θ towards 0: λθ is added to the gradient (AdamW instead shrinks θ by ελθ before its step).",
            Range.closed(0, 10), Hyperparameter.Scale.LOG, 1e-5, 1);
    public static final Hyperparameter LR_DECAY = new Hyperparameter("lr_decay", "η", "learning rate decay",
            "Adagrad's step t uses ε/(1 + (t − 1)η): the learning rate falls like 1/t.",
            Range.closed(0, 10), Hyperparameter.Scale.LOG, 1e-5, 1);
    public static final Hyperparameter INITIAL_ACCUMULATOR_VALUE = new Hyperparameter("initial_accumulator_value",
            "r₀", "initial accumulator",
            "Where Adagrad's sum of squared gradients r starts: above 0, the first steps are shorter.",
            Range.closed(0, 1000), Hyperparameter.Scale.LINEAR, 0, 1);
    public static final Hyperparameter EPS = new Hyperparameter("eps", "δ", "small constant",
            "PyTorch's eps, added to the root of the second moment before dividing (inside the root for Adadelta,"
                    + " to |g| for Adamax), for numerical stability where the gradient is tiny.",
            Range.openClosed(0, 1), Hyperparameter.Scale.LOG, 1e-12, 1);
    public static final Hyperparameter ALPHA = new Hyperparameter("alpha", "ρ", "smoothing constant",
            "RMSprop's decay rate for r, its moving average of squared gradients (the lecture's ρ, not its α).",
            Range.closedOpen(0, 1), Hyperparameter.Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter CENTERED = Hyperparameter.flag("centered", "centered",
            "Divide by an estimate of the gradient's standard deviation, √(r − s⊙s) with s the moving average of g,"
                    + " instead of by √r.");
    public static final Hyperparameter BETA1 = new Hyperparameter("beta1", "β₁", "1st-moment decay",
            "The decay rate of s, the moving average of gradients (the lecture's ρ₁); PyTorch's betas[0].",
            Range.closedOpen(0, 1), Hyperparameter.Scale.ONE_MINUS_LOG, 0, 0.999);
    public static final Hyperparameter BETA2 = new Hyperparameter("beta2", "β₂", "2nd-moment decay",
            "The decay rate of r, the moving average of squared gradients (the lecture's ρ₂); PyTorch's betas[1]."
                    + " Adamax decays its running maximum of |g| by it.",
            Range.closedOpen(0, 1), Hyperparameter.Scale.ONE_MINUS_LOG, 0, 0.99999);
    public static final Hyperparameter AMSGRAD = Hyperparameter.flag("amsgrad", "AMSGrad",
            "Divide by the largest r seen so far instead of the current one, so that a step never grows because"
                    + " r shrank.");
    public static final Hyperparameter MOMENTUM_DECAY = new Hyperparameter("momentum_decay", "ψ", "momentum decay",
            "NAdam's momentum schedule: step t uses μₜ = β₁(1 − ½·0.96^(tψ)), warming up towards β₁.",
            Range.closed(0, 1), Hyperparameter.Scale.LOG, 1e-4, 1);
    public static final Hyperparameter RHO = new Hyperparameter("rho", "ρ", "decay rate",
            "Adadelta's decay rate for both of its moving averages: of squared gradients and of squared updates.",
            Range.closedOpen(0, 1), Hyperparameter.Scale.ONE_MINUS_LOG, 0, 0.999);

    private TorchHyperparameters() {
    }

    /** The learning rate of every torch rule: its own lr if the racer sets one, else the lecture's ε. */
    static Setting learningRate() {
        return Setting.following(LR, Hyperparameter.LEARNING_RATE);
    }
}
