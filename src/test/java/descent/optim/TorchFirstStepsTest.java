package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import org.junit.jupiter.api.Test;

/** The first updates of PyTorch's rules, worked out by hand on the bowl f = ½(x² + 4y²), where g = (x, 4y). */
class TorchFirstStepsTest {

    private static final Gradient BOWL = theta -> new Vec2(theta.x(), 4 * theta.y());
    private static final Vec2 START = new Vec2(1, 0.5); // g = (1, 2)

    private static <S extends OptimizerState> S state(UpdateRule<S> rule, int steps) {
        S s = rule.init(START);
        for (int i = 0; i < steps; i++) {
            s = rule.step(s, BOWL);
        }
        return s;
    }

    private static <S extends OptimizerState> Vec2 after(UpdateRule<S> rule, int steps) {
        return state(rule, steps).theta();
    }

    private static void assertPoint(Vec2 actual, double x, double y, double tolerance) {
        assertThat(actual.x()).isCloseTo(x, within(tolerance));
        assertThat(actual.y()).isCloseTo(y, within(tolerance));
    }

    @Test
    void sgdWithNesterovStepsAlongTheGradientPlusMomentumTimesTheBuffer() {
        TorchSgd rule = new TorchSgd(0.1, 0.9, 0, 0, true);
        // b₁ = g₀ = (1, 2); θ₁ = θ₀ − 0.1·(g₀ + 0.9·b₁) = (1, 0.5) − 0.1·(1.9, 3.8)
        assertPoint(after(rule, 1), 0.81, 0.12, 1e-15);
        // g₁ = (0.81, 0.48); b₂ = 0.9·(1, 2) + g₁ = (1.71, 2.28); θ₂ = θ₁ − 0.1·(g₁ + 0.9·b₂) = θ₁ − 0.1·(2.349, 2.532)
        assertPoint(after(rule, 2), 0.5751, -0.1332, 1e-15);
    }

    @Test
    void sgdMomentumStartsItsBufferAtTheFirstGradientUndamped() {
        TorchSgd rule = new TorchSgd(0.1, 0.9, 0.5, 0, false);
        // b₁ = g₀, not (1 − τ)g₀: the first step is plain SGD's.
        assertPoint(after(rule, 1), 0.9, 0.3, 1e-15);
        // g₁ = (0.9, 1.2); b₂ = 0.9·(1, 2) + 0.5·g₁ = (1.35, 2.4); θ₂ = θ₁ − 0.1·b₂
        assertPoint(after(rule, 2), 0.765, 0.06, 1e-15);
    }

    @Test
    void sgdWithoutMomentumIgnoresDampening() {
        // As PyTorch: with μ = 0 there is no buffer for τ to damp.
        assertPoint(after(new TorchSgd(0.1, 0, 0.5, 0, false), 2), 0.81, 0.18, 1e-15);
    }

    @Test
    void adamWithAmsgradDividesByTheLargestSecondMomentSoFar() {
        // β₂ = 0.5 forgets fast: g falls from (1, 2) to about (0.7, 0.8), so r shrinks and AMSGrad keeps r₁.
        TorchAdam amsgrad = new TorchAdam(0.3, 0.9, 0.5, 1e-8, 0, true, false);
        TorchAdam plain = new TorchAdam(0.3, 0.9, 0.5, 1e-8, 0, false, false);
        // After bias correction the first step is ε·g/(|g| + δ): ε against the sign of g.
        Vec2 t1 = after(amsgrad, 1);
        assertPoint(t1, 0.7, 0.2, 1e-8);
        assertThat(after(plain, 1)).isEqualTo(t1);
        double g1x = t1.x();
        double s2 = 0.9 * (0.1 * 1) + 0.1 * g1x;
        double r1 = 0.5 * 1;
        double r2 = 0.5 * r1 + 0.5 * g1x * g1x;
        assertThat(r2).isLessThan(r1);
        double stepSize = 0.3 / (1 - 0.9 * 0.9);
        double bias2 = Math.sqrt(1 - 0.5 * 0.5);
        assertThat(after(amsgrad, 2).x()).isCloseTo(t1.x() - stepSize * s2 / (Math.sqrt(r1) / bias2 + 1e-8),
                within(1e-15));
        assertThat(after(plain, 2).x()).isCloseTo(t1.x() - stepSize * s2 / (Math.sqrt(r2) / bias2 + 1e-8),
                within(1e-15));
        assertThat(state(amsgrad, 2).maxSecondMoment().x()).isEqualTo(state(amsgrad, 1).secondMoment().x());
    }

    @Test
    void centeredRmspropFirstStepIsEpsilonOverTheRootOfAlphaTimesOneMinusAlpha() {
        // r₁ = 0.1·g², s₁ = 0.1·g: r₁ − s₁² = 0.09·g², so the step is 0.03/√0.09 = 0.1 against the sign of g;
        // uncentered it is 0.03/√0.1.
        TorchRmsProp centered = new TorchRmsProp(0.03, 0.9, 1e-8, 0, 0, true);
        Vec2 t1 = after(centered, 1);
        assertPoint(t1, 0.9, 0.4, 1e-8);
        double uncentered = 0.03 / Math.sqrt(0.1);
        assertPoint(after(new TorchRmsProp(0.03, 0.9, 1e-8, 0, 0, false), 1), 1 - uncentered, 0.5 - uncentered, 1e-8);
        // g₁ = (0.9, 1.6): r₂ = 0.9·r₁ + 0.1·g₁², s₂ = 0.9·s₁ + 0.1·g₁; θ₂ = θ₁ − 0.03·g₁/(√(r₂ − s₂²) + δ)
        double g1y = 4 * t1.y();
        double r2 = 0.9 * (0.1 * 4) + 0.1 * g1y * g1y;
        double s2 = 0.9 * (0.1 * 2) + 0.1 * g1y;
        assertThat(after(centered, 2).y()).isCloseTo(t1.y() - 0.03 * g1y / (Math.sqrt(r2 - s2 * s2) + 1e-8),
                within(1e-15));
    }

    @Test
    void rmspropMomentumStartsFromTheSameStep() {
        // b₁ = 0·μ + g/d: with momentum the first step is the plain one.
        assertThat(after(new TorchRmsProp(0.03, 0.9, 1e-8, 0, 0.9, true), 1))
                .isEqualTo(after(new TorchRmsProp(0.03, 0.9, 1e-8, 0, 0, true), 1));
    }

    @Test
    void nadamKeepsTheProductOfItsMomentaInFloat32AndCountsTheFirstTwice() {
        TorchNAdam rule = new TorchNAdam(0.1, 0.9, 0.999, 1e-8, 0, 4e-3);
        double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 1 * 4e-3));
        double mu2 = 0.9 * (1 - 0.5 * Math.pow(0.96, 2 * 4e-3));
        float product = (float) mu1;
        assertThat(state(rule, 1).muProduct()).isEqualTo(product);
        // PyTorch 1.13: Π₁ = μ₁ (in float32), and the second term divides by 1 − Π₁·μ₁·μ₂, μ₁ taken twice.
        float productNext = product * (float) mu1 * (float) mu2;
        // s₁ = 0.1·g, r₁ = 0.001·g², so d = √(r₁/0.001) + δ = |g| + δ.
        double gx = 1;
        double d = Math.abs(gx) + 1e-8;
        double expected = 1 - 0.1 * (1 - mu1) / (1 - (double) product) * gx / d
                - 0.1 * mu2 / (1 - (double) productNext) * (0.1 * gx) / d;
        assertThat(after(rule, 1).x()).isCloseTo(expected, within(1e-14));
    }

    @Test
    void stepsDoNotChangeTheStateTheyAreGiven() {
        TorchAdam rule = new TorchAdam(0.1, 0.9, 0.999, 1e-8, 0, true, false);
        TorchAdam.State s0 = rule.init(START);
        TorchAdam.State s1 = rule.step(s0, BOWL);
        assertThat(s0).isEqualTo(rule.init(START));
        assertThat(rule.step(s0, BOWL)).isEqualTo(s1);
    }
}
