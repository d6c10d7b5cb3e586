package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

    private static final double SURFACE_EPS = 0.05;

    private static Values resolve(Hyperparameters h, Rule rule, Map<Hyperparameter, Double> own) {
        return h.resolve(rule, own, false, SURFACE_EPS);
    }

    @Test
    void defaultsAreTheLecturesAndEpsilonComesFromTheSurface() {
        Values adam = resolve(Hyperparameters.defaults(), Adam.RULE, Map.of());
        assertThat(adam.get(Hyperparameter.LEARNING_RATE)).isEqualTo(0.05);
        assertThat(adam.get(Hyperparameter.FIRST_MOMENT_DECAY)).isEqualTo(0.9);
        assertThat(adam.get(Hyperparameter.SECOND_MOMENT_DECAY)).isEqualTo(0.999);
        assertThat(adam.get(Hyperparameter.DELTA)).isEqualTo(1e-7);
        assertThat(adam.flag(Adam.BIAS_CORRECTION)).isTrue();
        Values rms = resolve(Hyperparameters.defaults(), RmsPropNesterov.RULE, Map.of());
        assertThat(rms.get(Hyperparameter.MOMENTUM)).isEqualTo(0.9);
        assertThat(rms.get(Hyperparameter.DECAY_RATE)).isEqualTo(0.9);
        Values decay = resolve(Hyperparameters.defaults(), SgdDecay.RULE, Map.of());
        assertThat(decay.whole(Hyperparameter.DECAY_STEPS)).isEqualTo(100);
        assertThat(decay.get(Hyperparameter.FINAL_LEARNING_RATE)).isEqualTo(0.05 / 100);
    }

    @Test
    void aGlobalValueAppliesToEveryRacerAndAnOwnValueToItsRacerOnly() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.02);
        assertThat(resolve(h, Sgd.RULE, Map.of()).get(Hyperparameter.LEARNING_RATE)).isEqualTo(0.02);
        assertThat(resolve(h, Momentum.RULE, Map.of()).get(Hyperparameter.LEARNING_RATE)).isEqualTo(0.02);
        assertThat(resolve(h, Adam.RULE, Map.of(Hyperparameter.LEARNING_RATE, 0.1))
                .get(Hyperparameter.LEARNING_RATE)).isEqualTo(0.1);
        assertThat(h.without(Hyperparameter.LEARNING_RATE)).isEqualTo(Hyperparameters.defaults());
    }

    @Test
    void finalLearningRateFollowsTheRacersOwnEpsilonUnlessSet() {
        Map<Hyperparameter, Double> own = Map.of(Hyperparameter.LEARNING_RATE, 0.3);
        assertThat(resolve(Hyperparameters.defaults(), SgdDecay.RULE, own).get(Hyperparameter.FINAL_LEARNING_RATE))
                .isEqualTo(0.003);
        assertThat(resolve(Hyperparameters.defaults().with(Hyperparameter.FINAL_LEARNING_RATE, 1e-4), SgdDecay.RULE,
                own).get(Hyperparameter.FINAL_LEARNING_RATE)).isEqualTo(1e-4);
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
        assertThatThrownBy(() -> h.with(Adam.BIAS_CORRECTION, 1)).hasMessageContaining("not one of the lecture's");
        assertThatThrownBy(() -> Adam.BIAS_CORRECTION.check(0.5)).hasMessageContaining("true or false");
    }

    @Test
    void theSecondMomentDecayRangeReachesTheLecturesSuggestion() {
        assertThat(Hyperparameter.SECOND_MOMENT_DECAY.range().contains(0.99)).isTrue();
        assertThat(Hyperparameter.SECOND_MOMENT_DECAY.range().contains(0.999)).isTrue();
    }

    @Test
    void changesLeaveTheOriginalUntouched() {
        Hyperparameters before = Hyperparameters.defaults();
        before.with(Hyperparameter.MOMENTUM, 0.5);
        assertThat(before.globals()).isEmpty();
    }

    @Test
    void everyRuleIsRegisteredOnceWithItsOwnIdAndReadsEachValueOnce() {
        assertThat(Rules.ALL.stream().map(Rule::id).distinct().count()).isEqualTo(Rules.ALL.size());
        for (Rule r : Rules.ALL) {
            assertThat(r.settings().stream().map(s -> s.parameter().key()).distinct().count()).as(r.id())
                    .isEqualTo(r.settings().size());
            assertThat(Rules.byId(r.id())).isSameAs(r);
        }
        assertThatThrownBy(() -> Rules.byId("adamw")).hasMessageContaining("unknown rule 'adamw'")
                .hasMessageContaining("sgd");
    }
}
