package descent.optim;

import static descent.optim.Hyperparameter.DECAY_RATE;
import static descent.optim.Hyperparameter.DECAY_STEPS;
import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.FINAL_LEARNING_RATE;
import static descent.optim.Hyperparameter.FIRST_MOMENT_DECAY;
import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.MOMENTUM;
import static descent.optim.Hyperparameter.SECOND_MOMENT_DECAY;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The optimizers of the lecture, in the order of its table, with their update rules and hyperparameters. */
public enum Optimizer {

    SGD("sgd", "SGD", "θ ← θ − εg",
            "\\theta \\leftarrow \\theta - \\epsilon g",
            List.of(LEARNING_RATE), v -> new Sgd(v.learningRate())),
    SGD_DECAY("sgd-decay", "SGD, decaying ε",
            "as SGD with ε_k = (1 − k/τ)ε + (k/τ)ε_τ for k < τ, ε_τ from then on",
            "\\epsilon_k = (1-\\tfrac{k}{\\tau})\\,\\epsilon + \\tfrac{k}{\\tau}\\,\\epsilon_\\tau;\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon_k g",
            List.of(LEARNING_RATE, DECAY_STEPS, FINAL_LEARNING_RATE),
            v -> new SgdDecay(v.learningRate(), v.finalLearningRate(), v.decaySteps())),
    MOMENTUM("momentum", "Momentum", "v ← αv − εg; θ ← θ + v",
            "v \\leftarrow \\alpha v - \\epsilon g;\\; \\theta \\leftarrow \\theta + v",
            List.of(LEARNING_RATE, Hyperparameter.MOMENTUM), v -> new Momentum(v.learningRate(), v.momentum())),
    NESTEROV("nesterov", "Nesterov", "g taken at θ + αv; v ← αv − εg; θ ← θ + v",
            "g = \\nabla f(\\theta + \\alpha v);\\; v \\leftarrow \\alpha v - \\epsilon g;\\;"
                    + " \\theta \\leftarrow \\theta + v",
            List.of(LEARNING_RATE, Hyperparameter.MOMENTUM), v -> new Nesterov(v.learningRate(), v.momentum())),
    ADAGRAD("adagrad", "AdaGrad", "r ← r + g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow r + g \\odot g;\\; \\theta \\leftarrow \\theta - \\frac{\\epsilon}{\\delta + \\sqrt{r}}"
                    + " \\odot g",
            List.of(LEARNING_RATE, DELTA), v -> new Adagrad(v.learningRate(), v.delta())),
    RMSPROP("rmsprop", "RMSProp", "r ← ρr + (1 − ρ)g⊙g; θ ← θ − ε/(δ + √r) ⊙ g",
            "r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\; \\theta \\leftarrow \\theta"
                    + " - \\frac{\\epsilon}{\\delta + \\sqrt{r}} \\odot g",
            List.of(LEARNING_RATE, DECAY_RATE, DELTA),
            v -> new RmsProp(v.learningRate(), v.decayRate(), v.delta())),
    RMSPROP_NESTEROV("rmsprop-nesterov", "RMSProp + Nesterov",
            "g taken at θ + αv; r ← ρr + (1 − ρ)g⊙g; v ← αv − ε/(δ + √r) ⊙ g; θ ← θ + v",
            "g = \\nabla f(\\theta + \\alpha v);\\; r \\leftarrow \\rho r + (1-\\rho)\\, g \\odot g;\\;"
                    + " v \\leftarrow \\alpha v - \\frac{\\epsilon}{\\delta + \\sqrt{r}} \\odot g;\\;"
                    + " \\theta \\leftarrow \\theta + v",
            List.of(LEARNING_RATE, Hyperparameter.MOMENTUM, DECAY_RATE, DELTA),
            v -> new RmsPropNesterov(v.learningRate(), v.momentum(), v.decayRate(), v.delta())),
    ADAM("adam", "Adam",
            "t ← t + 1; s ← ρ₁s + (1 − ρ₁)g; r ← ρ₂r + (1 − ρ₂)g⊙g; ŝ = s/(1 − ρ₁ᵗ); r̂ = r/(1 − ρ₂ᵗ);"
                    + " θ ← θ − ε ŝ/(δ + √r̂)",
            "s \\leftarrow \\rho_1 s + (1-\\rho_1) g;\\; r \\leftarrow \\rho_2 r + (1-\\rho_2)\\, g \\odot g;\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon \\frac{s/(1-\\rho_1^t)}{\\delta + \\sqrt{r/(1-\\rho_2^t)}}",
            List.of(LEARNING_RATE, FIRST_MOMENT_DECAY, SECOND_MOMENT_DECAY, DELTA),
            v -> new Adam(v.learningRate(), v.firstMomentDecay(), v.secondMomentDecay(), v.delta()));

    private final String key;
    private final String title;
    private final String rule;
    private final String latex;
    private final List<Hyperparameter> hyperparameters;
    private final Function<HyperparameterValues, UpdateRule<?>> factory;

    Optimizer(String key, String title, String rule, String latex, List<Hyperparameter> hyperparameters,
            Function<HyperparameterValues, UpdateRule<?>> factory) {
        this.key = key;
        this.title = title;
        this.rule = rule;
        this.latex = latex;
        this.hyperparameters = hyperparameters;
        this.factory = factory;
    }

    /** The name on the command line and in files, such as {@code rmsprop-nesterov}. */
    public String key() {
        return key;
    }

    /** The name for legends, such as "RMSProp + Nesterov". */
    public String title() {
        return title;
    }

    /** A name short enough for a table column, such as "RMSProp+N". */
    public String shortTitle() {
        return switch (this) {
            case SGD_DECAY -> "SGD decay";
            case RMSPROP_NESTEROV -> "RMSProp+N";
            default -> title;
        };
    }

    /** The update rule as the lecture writes it, in plain text. */
    public String rule() {
        return rule;
    }

    /** The update rule in LaTeX. */
    public String latex() {
        return latex;
    }

    /** The hyperparameters this rule reads, in the order the lecture introduces them. */
    public List<Hyperparameter> hyperparameters() {
        return hyperparameters;
    }

    public boolean uses(Hyperparameter h) {
        return hyperparameters.contains(h);
    }

    /** The update rule with these values. */
    public UpdateRule<?> rule(HyperparameterValues values) {
        return factory.apply(values);
    }

    /** The optimizer with that key, or an exception whose message lists the keys accepted. */
    public static Optimizer byKey(String key) {
        for (Optimizer o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + key + "': use all or one of " + keys());
    }

    /** The keys, comma separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Optimizer::key).collect(Collectors.joining(", "));
    }
}
