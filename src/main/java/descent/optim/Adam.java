package descent.optim;

import descent.surface.Vec2;

/**
 * Adam (Algorithm 8.7): t ← t + 1; s ← ρ₁s + (1 − ρ₁)g; r ← ρ₂r + (1 − ρ₂)g⊙g; ŝ = s/(1 − ρ₁ᵗ);
 * r̂ = r/(1 − ρ₂ᵗ); θ ← θ − ε ŝ/(δ + √r̂).
 */
public record Adam(double learningRate, double firstMomentDecay, double secondMomentDecay, double delta)
        implements UpdateRule<Adam.State> {

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
        double sx = s.x() / (1 - p1);
        double sy = s.y() / (1 - p1);
        double rx = r.x() / (1 - p2);
        double ry = r.y() / (1 - p2);
        Vec2 next = new Vec2(theta.x() - learningRate * sx / (delta + Math.sqrt(rx)),
                theta.y() - learningRate * sy / (delta + Math.sqrt(ry)));
        return new State(next, s, r, state.t() + 1, p1, p2);
    }
}
