package descent.optim;

import descent.math.Vec2;

/**
 * The learning rate per coordinate that AdaGrad and the RMSProp rules share, ε/(δ + √r), computed once here for
 * their updates and their explanations alike.
 */
final class Adaptive {

    private Adaptive() {
    }

    /** ε/(δ + √r) in each coordinate. */
    static Vec2 rate(double learningRate, double delta, Vec2 r) {
        return new Vec2(learningRate / (delta + Math.sqrt(r.x())), learningRate / (delta + Math.sqrt(r.y())));
    }

    /** −rate ⊙ g: the gradient's term of the update. */
    static Vec2 push(Vec2 rate, Vec2 g) {
        return new Vec2(-rate.x() * g.x(), -rate.y() * g.y());
    }

    /** ε, δ and the rate, with the equation that computes the rate from r_k. */
    static void explainRate(Explanation e, long k, double learningRate, double delta, Vec2 r, Vec2 rate) {
        e.quantity("learning rate", "ε", learningRate).quantity("small constant", "δ", delta)
                .quantity("learning rate per coordinate", "ε/(δ + √r)", rate);
        e.equation("\\frac{\\epsilon}{\\delta + \\sqrt{" + Tex.indexed("r", k) + "}} = \\frac{" + Tex.num(learningRate)
                + "}{" + Tex.num(delta) + " + \\sqrt{" + Tex.vec(r) + "}} = " + Tex.vec(rate));
    }
}
