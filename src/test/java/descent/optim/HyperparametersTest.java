package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HyperparametersTest {

    private static final double SURFACE_EPS = 0.05;

    @Test
    void defaultsAreTheLecturesAndEpsilonComesFromTheSurface() {
        HyperparameterValues v = Hyperparameters.defaults().resolve(Optimizer.ADAM, SURFACE_EPS);
        assertThat(v.learningRate()).isEqualTo(0.05);
        assertThat(v.momentum()).isEqualTo(0.9);
        assertThat(v.decayRate()).isEqualTo(0.9);
        assertThat(v.delta()).isEqualTo(1e-7);
        assertThat(v.firstMomentDecay()).isEqualTo(0.9);
        assertThat(v.secondMomentDecay()).isEqualTo(0.999);
        assertThat(v.decaySteps()).isEqualTo(100);
        assertThat(v.finalLearningRate()).isEqualTo(0.05 / 100);
    }

    @Test
    void aGlobalValueAppliesToEveryOptimizerAndAnOverrideToOneOnly() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.02)
                .withOverride(Optimizer.ADAM, Hyperparameter.LEARNING_RATE, 0.1);
        assertThat(h.resolve(Optimizer.SGD, SURFACE_EPS).learningRate()).isEqualTo(0.02);
        assertThat(h.resolve(Optimizer.MOMENTUM, SURFACE_EPS).learningRate()).isEqualTo(0.02);
        assertThat(h.resolve(Optimizer.ADAM, SURFACE_EPS).learningRate()).isEqualTo(0.1);
        assertThat(h.withoutOverride(Optimizer.ADAM, Hyperparameter.LEARNING_RATE)
                .resolve(Optimizer.ADAM, SURFACE_EPS).learningRate()).isEqualTo(0.02);
        assertThat(h.withoutOverrides(Optimizer.ADAM)).isEqualTo(
                Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.02));
    }

    @Test
    void finalLearningRateFollowsTheOptimizersOwnEpsilonUnlessSet() {
        Hyperparameters h = Hyperparameters.defaults()
                .withOverride(Optimizer.SGD_DECAY, Hyperparameter.LEARNING_RATE, 0.3);
        assertThat(h.resolve(Optimizer.SGD_DECAY, SURFACE_EPS).finalLearningRate()).isEqualTo(0.003);
        assertThat(h.with(Hyperparameter.FINAL_LEARNING_RATE, 1e-4).resolve(Optimizer.SGD_DECAY, SURFACE_EPS)
                .finalLearningRate()).isEqualTo(1e-4);
    }

    @Test
    void valuesOutOfRangeAreRefusedWithTheirName() {
        Hyperparameters h = Hyperparameters.defaults();
        assertThatThrownBy(() -> h.with(Hyperparameter.DECAY_RATE, 1)).hasMessageContaining("rho")
                .hasMessageContaining("< 1");
        assertThatThrownBy(() -> h.with(Hyperparameter.LEARNING_RATE, 0)).hasMessageContaining("eps")
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> h.with(Hyperparameter.LEARNING_RATE, Double.NaN)).hasMessageContaining("eps");
        assertThatThrownBy(() -> h.with(Hyperparameter.DECAY_STEPS, 2.5)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> h.withOverride(Optimizer.ADAM, Hyperparameter.MOMENTUM, 0.5))
                .hasMessageContaining("adam has no hyperparameter alpha");
    }

    @Test
    void theSecondMomentDecayRangeReachesTheLecturesSuggestion() {
        assertThat(Hyperparameter.SECOND_MOMENT_DECAY.range().contains(0.99)).isTrue();
        assertThat(Hyperparameter.SECOND_MOMENT_DECAY.range().contains(0.999)).isTrue();
    }

    @Test
    void changesLeaveTheOriginalUntouched() {
        Hyperparameters before = Hyperparameters.defaults();
        before.with(Hyperparameter.MOMENTUM, 0.5).withOverride(Optimizer.SGD, Hyperparameter.LEARNING_RATE, 1);
        assertThat(before.globals()).isEmpty();
        assertThat(before.overrides()).isEmpty();
    }
}
