package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Adagrad;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.RmsProp;
import descent.optim.RmsPropNesterov;
import descent.optim.Sgd;
import descent.optim.SgdDecay;
import descent.surface.Quadratic;
import descent.surface.Rosenbrock;
import descent.surface.Surface;
import org.junit.jupiter.api.Test;

/** Every optimizer reaches the minimum of the quadratic and of Rosenbrock's valley with suitable settings. */
class ConvergenceTest {

    private static Simulation quadratic() {
        return Simulation.of(Quadratic.TYPE.create()).withSteps(5000).withTolerance(1e-8)
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.05))
                .withOwnValue(SgdDecay.RULE, Hyperparameter.FINAL_LEARNING_RATE, 0.02)
                .withOwnValue(Adagrad.RULE, Hyperparameter.LEARNING_RATE, 1)
                .withOwnValue(RmsPropNesterov.RULE, Hyperparameter.LEARNING_RATE, 0.01);
    }

    private static Simulation rosenbrock(Surface r) {
        return Simulation.of(r).withSteps(100_000).withTolerance(1e-8)
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.001))
                .withOwnValue(Sgd.RULE, Hyperparameter.LEARNING_RATE, 0.0015)
                .withOwnValue(SgdDecay.RULE, Hyperparameter.LEARNING_RATE, 0.0015)
                .withOwnValue(SgdDecay.RULE, Hyperparameter.DECAY_STEPS, 20_000)
                .withOwnValue(SgdDecay.RULE, Hyperparameter.FINAL_LEARNING_RATE, 0.0005)
                .withOwnValue(Adagrad.RULE, Hyperparameter.LEARNING_RATE, 0.5)
                .withOwnValue(RmsProp.RULE, Hyperparameter.LEARNING_RATE, 1e-4)
                .withOwnValue(RmsPropNesterov.RULE, Hyperparameter.LEARNING_RATE, 1e-4);
    }

    @Test
    void everyOptimizerConvergesToTheQuadraticsMinimum() {
        Simulation sim = quadratic();
        for (Trajectory t : sim.run()) {
            assertThat(t.outcome().isConverged()).as("%s", t).isTrue();
            assertThat(t.point(t.lastStep()).norm()).as("%s", t).isLessThan(1e-7);
        }
    }

    @Test
    void everyOptimizerReachesRosenbrocksMinimum() {
        Surface r = Rosenbrock.TYPE.create();
        Simulation sim = rosenbrock(r);
        for (Trajectory t : sim.run()) {
            double distance = t.point(t.lastStep()).minus(new Vec2(1, 1)).norm();
            if (t.racer().rule() == RmsProp.RULE || t.racer().rule() == RmsPropNesterov.RULE) {
                // With a constant ε, RMSProp's normalised steps keep it circling within about ε of the minimum.
                assertThat(t.outcome().isMoving()).isTrue();
                assertThat(distance).as("%s", t).isLessThan(1e-4);
            } else {
                assertThat(t.outcome().isConverged()).as("%s", t).isTrue();
                assertThat(distance).as("%s", t).isLessThan(1e-7);
            }
        }
    }
}
