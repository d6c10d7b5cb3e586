package descent.optim;

import static descent.optim.Hyperparameter.DECAY_STEPS;
import static descent.optim.Hyperparameter.FINAL_LEARNING_RATE;
import static descent.optim.Hyperparameter.LEARNING_RATE;

import descent.math.Vec2;
import java.util.List;

/**
 * SGD whose learning rate decays linearly (Algorithm 8.1): the k-th update uses
 * ε_k = (1 − k/τ)ε + (k/τ)ε_τ for k &lt; τ, and ε_τ from then on.
 */
public record SgdDecay(double learningRate, double finalLearningRate, long decaySteps)
        implements ExplainedRule<SgdDecay.State> {

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("sgd-decay", "SGD, decaying ε", "SGD decay", Rule.Family.LECTURE,
            "as SGD with ε_k = (1 − k/τ)ε + (k/τ)ε_τ for k < τ, ε_τ from then on",
            "\\epsilon_k = (1-\\tfrac{k}{\\tau})\\,\\epsilon + \\tfrac{k}{\\tau}\\,\\epsilon_\\tau;\\;"
                    + " \\theta \\leftarrow \\theta - \\epsilon_k g",
            List.of(Setting.global(LEARNING_RATE), Setting.global(DECAY_STEPS), Setting.global(FINAL_LEARNING_RATE)),
            v -> new SgdDecay(v.get(LEARNING_RATE), v.get(FINAL_LEARNING_RATE), v.whole(DECAY_STEPS)));

    /** θ and k, the number of updates made so far. */
    public record State(Vec2 theta, long k) implements OptimizerState {
    }

    /** The learning rate ε_k of the k-th update, k = 1 for the first. */
    public double rate(long k) {
        if (k < decaySteps) {
            double a = (double) k / decaySteps;
            return (1 - a) * learningRate + a * finalLearningRate;
        }
        return finalLearningRate;
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, 0);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 g = gradient.at(theta);
        long k = state.k() + 1;
        double eps = rate(k);
        return new State(new Vec2(theta.x() - eps * g.x(), theta.y() - eps * g.y()), k);
    }

    /**
     * The update with ε_k worked out from the schedule, and beside it, dashed, the update the undecayed ε would
     * have made, which shows how far the decay has shortened the steps.
     */
    @Override
    public StepExplanation explain(State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        long n = after.k();
        double eps = rate(n);
        String epsK = e.indexed("ε", 0);
        e.theta0().gradient().quantity("initial learning rate", "ε", learningRate)
                .quantity("final learning rate", "ε_τ", finalLearningRate).quantity("decay steps", "τ", decaySteps)
                .quantity("learning rate of this update", epsK, eps)
                .quantity("step against the gradient", "−" + epsK + "g", e.g().times(-eps)).theta1();
        e.update("−" + epsK + "g", e.change());
        e.arrow("the update at the undecayed ε", "−εg, undecayed", e.before(), e.g().times(-learningRate),
                StepExplanation.Role.ALTERNATIVE);
        String epsilon = Tex.indexed("\\epsilon", k);
        if (n < decaySteps) {
            String a = "\\tfrac{" + n + "}{" + decaySteps + "}";
            e.equation(epsilon + " = (1 - " + a + ")\\,\\epsilon + " + a + "\\,\\epsilon_\\tau = (1 - "
                    + Tex.num((double) n / decaySteps) + ")\\," + Tex.num(learningRate) + " + "
                    + Tex.num((double) n / decaySteps) + "\\," + Tex.num(finalLearningRate) + " = " + Tex.num(eps));
        } else {
            e.equation(epsilon + " = \\epsilon_\\tau = " + Tex.num(eps) + "\\quad(k \\ge \\tau = " + decaySteps
                    + ")");
        }
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " - " + epsilon + " g = " + Tex.vec(e.before()) + " - "
                + Tex.num(eps) + "\\," + Tex.vec(e.g()) + " = " + Tex.vec(e.after()));
        return e.build(effectiveRate(after));
    }

    /** ε_k in both coordinates. */
    @Override
    public Vec2 effectiveRate(State after) {
        double eps = rate(after.k());
        return new Vec2(eps, eps);
    }
}
