package descent.optim;

import descent.math.Vec2;
import descent.optim.StepExplanation.Role;

/**
 * The working the momentum rules share: the velocity before the update, the interim point θ̃ = θ + αv where the
 * Nesterov rules take the gradient, the new velocity as αv plus the gradient's push, and θ ← θ + v.
 */
final class Velocity {

    private Velocity() {
    }

    /** θ_{k−1}, v_{k−1} and α, then for the Nesterov rules θ̃ and the gradient there, and g. */
    static void start(Explanation e, long k, Vec2 v0, double alpha, boolean nesterov) {
        e.theta0().quantity("velocity before the update", e.indexed("v", 1), v0).quantity("momentum", "α", alpha);
        if (nesterov) {
            Vec2 ahead = e.gradientPoint();
            e.quantity("interim point, where the gradient is taken", "θ̃", ahead);
            if (!ahead.equals(e.before())) {
                e.mark("interim point, where the gradient is taken", "θ̃ = θ + αv", ahead);
            }
            e.equation("\\tilde\\theta = " + e.theta(k - 1) + " + \\alpha " + Tex.indexed("v", k - 1) + " = "
                    + Tex.vec(e.before()) + " + " + Tex.num(alpha) + "\\," + Tex.vec(v0) + " = " + Tex.vec(ahead));
            e.equation("g = \\nabla f(\\tilde\\theta) = " + Tex.vec(e.g()));
        }
        e.gradient();
    }

    /**
     * The new velocity v_k = αv_{k−1} + push and θ_k = θ_{k−1} + v_k: v_k drawn from θ_{k−1} to θ_k, αv_{k−1} from
     * θ_{k−1}, and the push from where the gradient was taken, so that for the Nesterov rules the two terms end where
     * v_k does.
     *
     * @param push        the gradient's term of the new velocity, such as −εg
     * @param pushSymbol  its label, such as "−εg"
     * @param pushTex     its term in LaTeX with its sign, such as "- \epsilon g"
     * @param pushNumbers the same with the numbers of step k
     */
    static void finish(Explanation e, long k, Vec2 v0, Vec2 v, double alpha, Vec2 push, String pushSymbol,
            String pushTex, String pushNumbers) {
        String carried = "α" + e.indexed("v", 1);
        String vk = e.indexed("v", 0);
        e.quantity("what is left of the old velocity", carried, v0.times(alpha))
                .quantity("the gradient's push", pushSymbol, push).quantity("velocity after the update", vk, v)
                .theta1();
        e.update(vk, v);
        e.arrow("what is left of the old velocity", carried, e.before(), v0.times(alpha), Role.TERM);
        e.arrow("the gradient's push", pushSymbol, e.gradientPoint(), push, Role.TERM);
        e.equation(Tex.indexed("v", k) + " = \\alpha " + Tex.indexed("v", k - 1) + " " + pushTex + " = "
                + Tex.num(alpha) + "\\," + Tex.vec(v0) + " " + pushNumbers + " = " + Tex.vec(v));
        e.equation(e.theta(k) + " = " + e.theta(k - 1) + " + " + Tex.indexed("v", k) + " = " + Tex.vec(e.before())
                + " + " + Tex.vec(v) + " = " + Tex.vec(e.after()));
    }
}
