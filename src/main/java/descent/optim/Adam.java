package descent.optim;

import static descent.optim.Hyperparameter.DELTA;
import static descent.optim.Hyperparameter.FIRST_MOMENT_DECAY;
import static descent.optim.Hyperparameter.LEARNING_RATE;
import static descent.optim.Hyperparameter.SECOND_MOMENT_DECAY;

import descent.math.Vec2;
import java.util.List;

/**
 * Adam (Algorithm 8.7): t ← t + 1; s ← ρ₁s + (1 − ρ₁)g; r ← ρ₂r + (1 − ρ₂)g⊙g; ŝ = s/(1 − ρ₁ᵗ);
 * r̂ = r/(1 − ρ₂ᵗ); θ ← θ − ε ŝ/(δ + √r̂). Without bias correction ŝ = s and r̂ = r, which the lecture uses to show
 * why the correction is there: with s and r starting at 0 the first step is (1 − ρ₁)/√(1 − ρ₂) times as long as
 * it should be.
 */
public record Adam(double learningRate, double firstMomentDecay, double secondMomentDecay, double delta,
        boolean biasCorrection) implements UpdateRule<Adam.State> {

    /** Whether Adam divides its moments by 1 − ρᵗ. */
    public static final Hyperparameter BIAS_CORRECTION = Hyperparameter.flag("bias_correction", "bias correction",
            "Divide s and r by 1 − ρ₁ᵗ and 1 − ρ₂ᵗ, so that moments that start at 0 are not underestimated in the"
                    + " first steps. Off, the first step is (1 − ρ₁)/√(1 − ρ₂) times ε: about 3 times too long with"
                    + " ρ₁ = 0.9 and ρ₂ = 0.999, far too short when both are 0.999.");

    /** The rule as the catalogue lists it. */
    public static final Rule RULE = new Rule("adam", "Adam", "Adam", Rule.Family.LECTURE,
            "t ← t + 1; s ← ρ₁s + (1 − ρ₁)g; r ← ρ₂r + (1 − ρ₂)g⊙g; ŝ = s/(1 − ρ₁ᵗ); r̂ = r/(1 − ρ₂ᵗ);"
                    + " θ ← θ − ε ŝ/(δ + √r̂)",
            "s \\leftarrow \\rho_1 s + (1-\\rho_1) g;\\; r \\leftarrow \\rho_2 r + (1-\\rho_2)\\, g \\odot g;\\;"
                    + " \\theta \\leftarrow \\theta"
                    + " - \\epsilon \\frac{s/(1-\\rho_1^t)}{\\delta + \\sqrt{r/(1-\\rho_2^t)}}",
            List.of(Setting.global(LEARNING_RATE), Setting.global(FIRST_MOMENT_DECAY),
                    Setting.global(SECOND_MOMENT_DECAY), Setting.global(DELTA), Setting.own(BIAS_CORRECTION, 1)),
            v -> new Adam(v.get(LEARNING_RATE), v.get(FIRST_MOMENT_DECAY), v.get(SECOND_MOMENT_DECAY), v.get(DELTA),
                    v.flag(BIAS_CORRECTION)));

    /**
     * θ, the biased moment estimates s and r, the step count t, and ρ₁ᵗ and ρ₂ᵗ, carried so that the bias
     * correction costs a multiplication rather than a power.
     */
    public record State(Vec2 theta, Vec2 firstMoment, Vec2 secondMoment, long t, double firstDecayPower,
            double secondDecayPower) implements OptimizerState {
    }

    @Override
    public State init(Vec2 theta) {
        return new State(theta, Vec2.ZERO, Vec2.ZERO, 0, 1, 1);
    }

    @Override
    public State step(State state, Gradient gradient) {
        Vec2 theta = state.theta();
        Vec2 s0 = state.firstMoment();
        Vec2 r0 = state.secondMoment();
        Vec2 g = gradient.at(theta);
        double p1 = state.firstDecayPower() * firstMomentDecay;
        double p2 = state.secondDecayPower() * secondMomentDecay;
        Vec2 s = new Vec2(firstMomentDecay * s0.x() + (1 - firstMomentDecay) * g.x(),
                firstMomentDecay * s0.y() + (1 - firstMomentDecay) * g.y());
        Vec2 r = new Vec2(secondMomentDecay * r0.x() + (1 - secondMomentDecay) * g.x() * g.x(),
                secondMomentDecay * r0.y() + (1 - secondMomentDecay) * g.y() * g.y());
        double c1 = biasCorrection ? 1 - p1 : 1;
        double c2 = biasCorrection ? 1 - p2 : 1;
        double sx = s.x() / c1;
        double sy = s.y() / c1;
        double rx = r.x() / c2;
        double ry = r.y() / c2;
        Vec2 next = new Vec2(theta.x() - learningRate * sx / (delta + Math.sqrt(rx)),
                theta.y() - learningRate * sy / (delta + Math.sqrt(ry)));
        return new State(next, s, r, state.t() + 1, p1, p2);
    }
}
