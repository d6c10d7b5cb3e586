package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.surface.Saddle;
import org.junit.jupiter.api.Test;

/** The first two updates of every rule, worked out by hand on the saddle f = x² − y², where g = (2x, −2y). */
class FirstStepsTest {

    private static final Gradient SADDLE = theta -> new Saddle().gradient(theta);
    private static final Vec2 START = new Vec2(1, 2); // g = (2, −4)
    private static final double EPS = 0.1;
    private static final double TOL = 1e-15;

    private static <S extends OptimizerState> Vec2 after(UpdateRule<S> rule, int steps) {
        S s = rule.init(START);
        for (int i = 0; i < steps; i++) {
            s = rule.step(s, SADDLE);
        }
        return s.theta();
    }

    private static void assertPoint(Vec2 actual, double x, double y) {
        assertThat(actual.x()).isCloseTo(x, within(TOL));
        assertThat(actual.y()).isCloseTo(y, within(TOL));
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        assertPoint(after(new Sgd(EPS), 1), 1 - 0.1 * 2, 2 + 0.1 * 4); // (0.8, 2.4)
        assertPoint(after(new Sgd(EPS), 2), 0.8 - 0.1 * 1.6, 2.4 + 0.1 * 4.8);
    }

    @Test
    void sgdDecayUsesEpsilonOneOnTheFirstUpdate() {
        SgdDecay rule = new SgdDecay(EPS, 0.001, 10);
        double eps1 = 0.9 * 0.1 + 0.1 * 0.001;
        assertPoint(after(rule, 1), 1 - eps1 * 2, 2 + eps1 * 4);
    }

    @Test
    void momentumAccumulatesAVelocity() {
        Momentum rule = new Momentum(EPS, 0.9);
        // v₁ = −0.1·(2, −4) = (−0.2, 0.4); θ₁ = (0.8, 2.4); g₁ = (1.6, −4.8)
        assertPoint(after(rule, 1), 0.8, 2.4);
        // v₂ = 0.9·(−0.2, 0.4) − 0.1·(1.6, −4.8) = (−0.34, 0.84)
        assertPoint(after(rule, 2), 0.8 - 0.34, 2.4 + 0.84);
    }

    @Test
    void nesterovTakesTheGradientAtTheLookAheadPoint() {
        Nesterov rule = new Nesterov(EPS, 0.9);
        assertPoint(after(rule, 1), 0.8, 2.4);
        // Look-ahead θ₁ + 0.9·v₁ = (0.62, 2.76), where g = (1.24, −5.52); v₂ = (−0.18 − 0.124, 0.36 + 0.552)
        assertPoint(after(rule, 2), 0.8 - 0.304, 2.4 + 0.912);
    }

    @Test
    void adagradDividesBySquareRootOfTheSumOfSquares() {
        Adagrad rule = new Adagrad(EPS, 1e-7);
        // r₁ = (4, 16): θ₁ = θ₀ − 0.1·g/(δ + √r₁) = (1 − 0.1·2/2, 2 + 0.1·4/4), up to δ
        assertThat(after(rule, 1).x()).isCloseTo(0.9, within(1e-8));
        assertThat(after(rule, 1).y()).isCloseTo(2.1, within(1e-8));
        Vec2 theta1 = after(rule, 1);
        double gx = 2 * theta1.x();
        double gy = -2 * theta1.y();
        double x2 = theta1.x() - EPS / (1e-7 + Math.sqrt(4 + gx * gx)) * gx;
        double y2 = theta1.y() - EPS / (1e-7 + Math.sqrt(16 + gy * gy)) * gy;
        assertPoint(after(rule, 2), x2, y2);
    }

    @Test
    void rmspropFirstStepIsEpsilonOverSquareRootOfOneMinusRho() {
        RmsProp rule = new RmsProp(EPS, 0.9, 1e-7);
        // r₁ = 0.1·g², so the step is ε·g/√(0.1 g²) = ε/√0.1 in each coordinate, against the gradient.
        double step = EPS / Math.sqrt(0.1);
        assertThat(after(rule, 1).x()).isCloseTo(1 - step, within(1e-7));
        assertThat(after(rule, 1).y()).isCloseTo(2 + step, within(1e-7));
    }

    @Test
    void rmspropNesterovFirstStepEqualsRmsprop() {
        // With v₀ = 0 the look-ahead point is θ₀ and the velocity is the RMSProp step.
        assertPoint(after(new RmsPropNesterov(EPS, 0.9, 0.9, 1e-7), 1), after(new RmsProp(EPS, 0.9, 1e-7), 1).x(),
                after(new RmsProp(EPS, 0.9, 1e-7), 1).y());
    }

    @Test
    void adamAndAdagradFirstStepIsMinusEpsilonTimesTheSignOfTheGradient() {
        Vec2 adam = after(new Adam(EPS, 0.9, 0.999, 1e-7, true), 1);
        Vec2 adagrad = after(new Adagrad(EPS, 1e-7), 1);
        // g = (2, −4): sign(g) = (1, −1)
        for (Vec2 p : new Vec2[] {adam, adagrad}) {
            assertThat(p.x()).isCloseTo(1 - EPS, within(1e-7));
            assertThat(p.y()).isCloseTo(2 + EPS, within(1e-7));
        }
    }

    @Test
    void adamSecondStepCorrectsTheBiasOfBothMoments() {
        Adam rule = new Adam(EPS, 0.9, 0.999, 1e-7, true);
        Vec2 t1 = after(rule, 1);
        double g1x = 2;
        double g2x = 2 * t1.x();
        double s = 0.9 * (0.1 * g1x) + 0.1 * g2x;
        double r = 0.999 * (0.001 * g1x * g1x) + 0.001 * g2x * g2x;
        double expected = t1.x() - EPS * (s / (1 - 0.81)) / (1e-7 + Math.sqrt(r / (1 - 0.999 * 0.999)));
        assertThat(after(rule, 2).x()).isCloseTo(expected, within(1e-14));
    }

    @Test
    void stepsDoNotChangeTheStateTheyAreGiven() {
        Momentum rule = new Momentum(EPS, 0.9);
        Momentum.State s0 = rule.init(START);
        Momentum.State s1 = rule.step(s0, SADDLE);
        assertThat(s0.theta()).isEqualTo(START);
        assertThat(s0.velocity()).isEqualTo(Vec2.ZERO);
        assertThat(rule.step(s0, SADDLE)).isEqualTo(s1);
    }
}
