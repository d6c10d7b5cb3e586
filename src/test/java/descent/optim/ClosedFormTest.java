package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.surface.Quadratic;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Closed forms of the rules on the quadratic, and the identities between rules. */
class ClosedFormTest {

    @Test
    void sgdOnTheQuadraticShrinksEachEigenDirectionByOneMinusEpsilonLambda() {
        double kappa = 25;
        double angle = 30;
        double eps = 0.02;
        Surface q = Quadratic.TYPE.create(Map.of("kappa", kappa, "angle", angle));
        Vec2 start = new Vec2(-2.2, 1.3);
        Trajectory t = Simulation.of(q).withStart(start).withSteps(80).withTolerance(0)
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, eps))
                .trajectory(Sgd.RULE);
        double c = Math.cos(Math.toRadians(angle));
        double s = Math.sin(Math.toRadians(angle));
        double u0 = c * start.x() + s * start.y();
        double v0 = -s * start.x() + c * start.y();
        for (int k = 0; k <= 80; k += 10) {
            double u = u0 * Math.pow(1 - eps, k);
            double v = v0 * Math.pow(1 - eps * kappa, k);
            assertThat(t.x(k)).as("x at step %d", k).isCloseTo(c * u - s * v, within(1e-12));
            assertThat(t.y(k)).as("y at step %d", k).isCloseTo(s * u + c * v, within(1e-12));
        }
    }

    @Test
    void momentumAndNesterovOnTheQuadraticFollowTheirLinearRecurrences() {
        double eps = 0.05;
        double alpha = 0.9;
        int n = 50;
        Surface q = Quadratic.TYPE.create(Map.of("kappa", 10.0));
        Vec2 start = new Vec2(-2.5, 1.5);
        Simulation sim = Simulation.of(q).withStart(start).withSteps(n).withTolerance(0)
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, eps));
        double[] lambda = {1, 10};
        double[] theta0 = {start.x(), start.y()};
        for (Rule o : List.of(Momentum.RULE, Nesterov.RULE)) {
            Trajectory t = sim.trajectory(o);
            for (int i = 0; i < 2; i++) {
                // (θ, v) per coordinate: momentum v' = αv − ελθ; Nesterov v' = αv − ελ(θ + αv); θ' = θ + v'.
                double theta = theta0[i];
                double v = 0;
                for (int k = 0; k < n; k++) {
                    double look = o == Nesterov.RULE ? theta + alpha * v : theta;
                    v = alpha * v - eps * lambda[i] * look;
                    theta = theta + v;
                }
                assertThat(i == 0 ? t.x(n) : t.y(n)).as("%s coordinate %d", o, i).isCloseTo(theta, within(1e-12));
            }
        }
    }

    @Test
    void alphaZeroTurnsMomentumAndNesterovIntoSgdAndRmspropNesterovIntoRmsprop() {
        Hyperparameters noMomentum = Hyperparameters.defaults().with(Hyperparameter.MOMENTUM, 0);
        for (SurfaceType type : Surfaces.ALL) {
            Simulation sim = Simulation.of(type.create()).withSteps(150).withHyperparameters(noMomentum);
            assertSamePath(sim.trajectory(Momentum.RULE), sim.trajectory(Sgd.RULE));
            assertSamePath(sim.trajectory(Nesterov.RULE), sim.trajectory(Sgd.RULE));
            assertSamePath(sim.trajectory(RmsPropNesterov.RULE), sim.trajectory(RmsProp.RULE));
        }
    }

    private static void assertSamePath(Trajectory a, Trajectory b) {
        assertThat(a.size()).as("%s vs %s", a, b).isEqualTo(b.size());
        assertThat(a.outcome()).isEqualTo(b.outcome());
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.x(k)).isEqualTo(b.x(k));
            assertThat(a.y(k)).isEqualTo(b.y(k));
        }
    }

    @Test
    void decayScheduleStartsAtEpsilonReachesEpsilonTauAtTauAndStaysThere() {
        SgdDecay rule = new SgdDecay(0.1, 0.001, 10);
        assertThat(rule.rate(0)).isEqualTo(0.1);
        assertThat(rule.rate(5)).isCloseTo((0.1 + 0.001) / 2, within(1e-17));
        assertThat(rule.rate(10)).isEqualTo(0.001);
        assertThat(rule.rate(11)).isEqualTo(0.001);
        assertThat(rule.rate(1_000_000)).isEqualTo(0.001);
        for (int k = 0; k < 10; k++) {
            assertThat(rule.rate(k)).isGreaterThan(rule.rate(k + 1));
        }
    }

    @Test
    void decayWithEqualRatesIsSgd() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.05)
                .with(Hyperparameter.FINAL_LEARNING_RATE, 0.05);
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withHyperparameters(h);
        Trajectory decay = sim.trajectory(SgdDecay.RULE);
        Trajectory sgd = sim.trajectory(Sgd.RULE);
        assertThat(decay.size()).isEqualTo(sgd.size());
        for (int k = 0; k < sgd.size(); k++) {
            // (1 − k/τ)ε + (k/τ)ε may differ from ε in the last bit.
            assertThat(decay.x(k)).isCloseTo(sgd.x(k), within(1e-13));
            assertThat(decay.y(k)).isCloseTo(sgd.y(k), within(1e-13));
        }
    }
}
