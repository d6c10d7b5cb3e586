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
        boolean biasCorrection) implements ExplainedRule<Adam.State> {

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

    /**
     * The moments and their bias-corrected estimates ŝ = s/(1 − ρ₁ᵗ) and r̂ = r/(1 − ρ₂ᵗ), the update along each axis
     * at that coordinate's rate ε/(δ + √r̂), and beside it, dashed, the update the other choice of bias correction
     * would have made: what the correction changes, largest in the first steps.
     */
    @Override
    public StepExplanation explain(State before, Gradient gradient, long k) {
        GradientProbe probe = new GradientProbe(gradient);
        State after = step(before, probe);
        Explanation e = new Explanation(k, before.theta(), probe, after.theta());
        Vec2 s = after.firstMoment();
        Vec2 r = after.secondMoment();
        double c1 = 1 - after.firstDecayPower();
        double c2 = 1 - after.secondDecayPower();
        Vec2 sHat = new Vec2(s.x() / c1, s.y() / c1);
        Vec2 rHat = new Vec2(r.x() / c2, r.y() / c2);
        Vec2 rate = effectiveRate(after);
        Vec2 corrected = direction(sHat, rHat);
        Vec2 uncorrected = direction(s, r);
        long t = after.t();
        e.theta0().gradient().quantity("step count", "t", t).quantity("1st-moment decay", "ρ₁", firstMomentDecay)
                .quantity("2nd-moment decay", "ρ₂", secondMomentDecay)
                .quantity("1st moment before", e.indexed("s", 1), before.firstMoment())
                .quantity("2nd moment before", e.indexed("r", 1), before.secondMoment())
                .quantity("1st moment after", e.indexed("s", 0), s).quantity("2nd moment after", e.indexed("r", 0), r)
                .quantity("1st-moment correction", "1 − ρ₁ᵗ", c1).quantity("2nd-moment correction", "1 − ρ₂ᵗ", c2)
                .quantity("bias-corrected 1st moment", "ŝ", sHat).quantity("bias-corrected 2nd moment", "r̂", rHat)
                .quantity("learning rate", "ε", learningRate).quantity("small constant", "δ", delta)
                .quantity(biasCorrection ? "learning rate per coordinate, applied to ŝ"
                        : "learning rate per coordinate, applied to s", biasCorrection ? "ε/(δ + √r̂)" : "ε/(δ + √r)",
                        rate)
                .quantity("step", "Δθ", biasCorrection ? corrected : uncorrected).theta1();
        String used = biasCorrection ? "−εŝ/(δ+√r̂)" : "−εs/(δ+√r)";
        e.update(used, e.change());
        e.coordinates(e.before(), e.change(), rate, biasCorrection ? "ε/(δ+√r̂)" : "ε/(δ+√r)");
        if (biasCorrection) {
            e.arrow("the update without bias correction", "−εs/(δ+√r), uncorrected", e.before(), uncorrected,
                    StepExplanation.Role.ALTERNATIVE);
        } else {
            e.arrow("the update with bias correction", "−εŝ/(δ+√r̂), corrected", e.before(), corrected,
                    StepExplanation.Role.ALTERNATIVE);
        }
        Vec2 s0 = before.firstMoment();
        Vec2 r0 = before.secondMoment();
        e.equation("t = " + t);
        e.equation(Tex.indexed("s", k) + " = \\rho_1 " + Tex.indexed("s", k - 1) + " + (1-\\rho_1)\\, g = "
                + Tex.num(firstMomentDecay) + "\\," + Tex.vec(s0) + " + " + Tex.num(1 - firstMomentDecay) + "\\,"
                + Tex.vec(e.g()) + " = " + Tex.vec(s));
        e.equation(Tex.indexed("r", k) + " = \\rho_2 " + Tex.indexed("r", k - 1)
                + " + (1-\\rho_2)\\, g \\odot g = " + Tex.num(secondMomentDecay) + "\\," + Tex.vec(r0) + " + "
                + Tex.num(1 - secondMomentDecay) + "\\," + Tex.vec(e.g()) + " \\odot " + Tex.vec(e.g()) + " = "
                + Tex.vec(r));
        e.equation("\\hat s = \\frac{" + Tex.indexed("s", k) + "}{1-\\rho_1^{" + t + "}} = \\frac{" + Tex.vec(s)
                + "}{" + Tex.num(c1) + "} = " + Tex.vec(sHat));
        e.equation("\\hat r = \\frac{" + Tex.indexed("r", k) + "}{1-\\rho_2^{" + t + "}} = \\frac{" + Tex.vec(r)
                + "}{" + Tex.num(c2) + "} = " + Tex.vec(rHat));
        String m = biasCorrection ? "\\hat s" : Tex.indexed("s", k);
        String v = biasCorrection ? "\\hat r" : Tex.indexed("r", k);
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " - \\epsilon\\, \\frac{" + m + "}{\\delta + \\sqrt{"
                + v + "}}" + (biasCorrection ? "" : "\\;(\\text{no bias correction})") + " = "
                + Tex.vec(e.before()) + " - " + Tex.num(learningRate) + "\\, \\frac{"
                + Tex.vec(biasCorrection ? sHat : s) + "}{" + Tex.num(delta) + " + \\sqrt{"
                + Tex.vec(biasCorrection ? rHat : r) + "}} = " + Tex.vec(e.after()));
        return e.build(rate);
    }

    /** −ε m/(δ + √v) in each coordinate: the update made from these moment estimates. */
    private Vec2 direction(Vec2 m, Vec2 v) {
        return new Vec2(-learningRate * m.x() / (delta + Math.sqrt(v.x())),
                -learningRate * m.y() / (delta + Math.sqrt(v.y())));
    }

    /** ε/(δ + √r̂) in each coordinate, the rate applied to ŝ; ε/(δ + √r), applied to s, without bias correction. */
    @Override
    public Vec2 effectiveRate(State after) {
        double c2 = biasCorrection ? 1 - after.secondDecayPower() : 1;
        return Adaptive.rate(learningRate, delta, new Vec2(after.secondMoment().x() / c2,
                after.secondMoment().y() / c2));
    }
}
