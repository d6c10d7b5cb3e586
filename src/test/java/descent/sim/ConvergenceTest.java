package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Optimizer;
import descent.surface.Quadratic;
import descent.surface.Rosenbrock;
import descent.surface.Surface;
import descent.surface.Vec2;
import org.junit.jupiter.api.Test;

/** Every optimizer reaches the minimum of the quadratic and of Rosenbrock's valley with suitable settings. */
class ConvergenceTest {

    private static final Hyperparameters QUADRATIC = Hyperparameters.defaults()
            .with(Hyperparameter.LEARNING_RATE, 0.05)
            .withOverride(Optimizer.SGD_DECAY, Hyperparameter.FINAL_LEARNING_RATE, 0.02)
            .withOverride(Optimizer.ADAGRAD, Hyperparameter.LEARNING_RATE, 1)
            .withOverride(Optimizer.RMSPROP_NESTEROV, Hyperparameter.LEARNING_RATE, 0.01);

    private static final Hyperparameters ROSENBROCK = Hyperparameters.defaults()
            .with(Hyperparameter.LEARNING_RATE, 0.001)
            .withOverride(Optimizer.SGD, Hyperparameter.LEARNING_RATE, 0.0015)
            .withOverride(Optimizer.SGD_DECAY, Hyperparameter.LEARNING_RATE, 0.0015)
            .withOverride(Optimizer.SGD_DECAY, Hyperparameter.DECAY_STEPS, 20_000)
            .withOverride(Optimizer.SGD_DECAY, Hyperparameter.FINAL_LEARNING_RATE, 0.0005)
            .withOverride(Optimizer.ADAGRAD, Hyperparameter.LEARNING_RATE, 0.5)
            .withOverride(Optimizer.RMSPROP, Hyperparameter.LEARNING_RATE, 1e-4)
            .withOverride(Optimizer.RMSPROP_NESTEROV, Hyperparameter.LEARNING_RATE, 1e-4);

    @Test
    void everyOptimizerConvergesToTheQuadraticsMinimum() {
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withSteps(5000).withTolerance(1e-8)
                .withHyperparameters(QUADRATIC);
        for (Trajectory t : sim.run()) {
            assertThat(t.outcome().isConverged()).as("%s", t).isTrue();
            assertThat(t.point(t.lastStep()).norm()).as("%s", t).isLessThan(1e-7);
        }
    }

    @Test
    void everyOptimizerReachesRosenbrocksMinimum() {
        Surface r = Rosenbrock.TYPE.create();
        Simulation sim = Simulation.of(r).withSteps(100_000).withTolerance(1e-8).withHyperparameters(ROSENBROCK);
        for (Trajectory t : sim.run()) {
            double distance = t.point(t.lastStep()).minus(new Vec2(1, 1)).norm();
            if (t.optimizer() == Optimizer.RMSPROP || t.optimizer() == Optimizer.RMSPROP_NESTEROV) {
                // With a constant ε, RMSProp's normalised steps keep it circling within about ε of the minimum.
                assertThat(t.outcome().isRunning()).isTrue();
                assertThat(distance).as("%s", t).isLessThan(1e-4);
            } else {
                assertThat(t.outcome().isConverged()).as("%s", t).isTrue();
                assertThat(distance).as("%s", t).isLessThan(1e-7);
            }
        }
    }
}
