package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Rules;
import descent.optim.Sgd;
import descent.surface.Cliff;
import descent.surface.Logistic;
import descent.surface.Quadratic;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RacerTest {

    @Test
    void theSameRuleRacesThreeTimesWithItsOwnLearningRates() {
        // Too small, about right, too large on the quadratic with κ = 10: ε·λ_max = 0.1, 1.5 and 2.5.
        List<Racer> three = List.of(Racer.of(Sgd.RULE, 0).with(Hyperparameter.LEARNING_RATE, 0.01),
                Racer.of(Sgd.RULE, 1).with(Hyperparameter.LEARNING_RATE, 0.15),
                Racer.of(Sgd.RULE, 2).with(Hyperparameter.LEARNING_RATE, 0.25));
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withRacers(three).withSteps(100);
        List<Trajectory> paths = sim.run();
        assertThat(paths).hasSize(3);
        // θ₁ = θ₀ − εg₀: each takes its own ε, by hand from g₀ = (x, 10y) at (-2.5, 1.5).
        double[] eps = {0.01, 0.15, 0.25};
        for (int i = 0; i < 3; i++) {
            assertThat(paths.get(i).x(1)).isEqualTo(-2.5 - eps[i] * -2.5);
            assertThat(paths.get(i).y(1)).isEqualTo(1.5 - eps[i] * 15);
        }
        assertThat(paths.get(0).outcome().isMoving()).isTrue();
        assertThat(paths.get(2).outcome().isDiverged()).isTrue();
    }

    @Test
    void aValueTheRuleDoesNotReadOrOutOfRangeIsRefusedWithItsName() {
        Racer sgd = Racer.of(Sgd.RULE);
        assertThatThrownBy(() -> sgd.with(Hyperparameter.MOMENTUM, 0.5))
                .hasMessage("sgd has no value alpha; it takes eps");
        assertThatThrownBy(() -> sgd.with(Hyperparameter.LEARNING_RATE, -1)).hasMessageContaining("eps (ε) must be");
        assertThatThrownBy(() -> Racer.of(Adam.RULE).with(Adam.BIAS_CORRECTION, 0.5))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> Racer.of(Sgd.RULE, 16)).hasMessageContaining("slot must be 0 to 15");
    }

    @Test
    void aRaceHasAtMostSixteenRacersInSlotsOfTheirOwn() {
        List<Racer> sixteen = new ArrayList<>();
        for (int s = 0; s < 16; s++) {
            sixteen.add(Racer.of(Sgd.RULE, s));
        }
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withRacers(sixteen);
        assertThat(sim.freeSlot()).isEqualTo(-1);
        assertThat(sim.run()).hasSize(16);
        assertThatThrownBy(() -> sim.withRacers(List.of(Racer.of(Sgd.RULE, 3), Racer.of(Adam.RULE, 3))))
                .hasMessageContaining("two racers in slot 3");
        List<Racer> seventeen = new ArrayList<>(sixteen);
        seventeen.add(Racer.of(Sgd.RULE, 0));
        assertThatThrownBy(() -> sim.withRacers(seventeen)).hasMessageContaining("at most 16 racers");
    }

    @Test
    void theLecturesRulesRacingOnceKeepTheirHomeSlotsAndOthersTakeTheFirstFree() {
        List<Racer> racers = Simulation.racersOf(List.of(Adam.RULE, Sgd.RULE));
        assertThat(racers).extracting(Racer::slot).containsExactly(Rules.home(Adam.RULE), Rules.home(Sgd.RULE));
        assertThat(Simulation.of(Quadratic.TYPE.create()).racers()).extracting(Racer::slot)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aRulesKinTakesItsFamilysVariantSlotSoTorchAdamRacesInAdamsHueDashed() {
        // Torch Adam took slot 11, Nesterov's blue dashed; now the slot eight after Adam's.
        assertThat(Rules.home(descent.optim.TorchAdam.RULE)).isEqualTo(Rules.home(Adam.RULE) + Racer.FAMILIES);
        assertThat(Rules.home(descent.optim.TorchSgd.RULE)).isEqualTo(Rules.home(Sgd.RULE) + Racer.FAMILIES);
        assertThat(Rules.kin(descent.optim.TorchAdamW.RULE)).isEqualTo(Adam.RULE);
        for (descent.optim.Rule r : Rules.ALL) {
            assertThat(Racer.of(r).slot()).as(r.id()).isBetween(0, Racer.MAX_SLOTS - 1);
            assertThat(Rules.home(r) % Racer.FAMILIES).as(r.id()).isEqualTo(Rules.home(Rules.kin(r)));
        }
        Simulation lecture = Simulation.of(Quadratic.TYPE.create());
        assertThat(lecture.slotFor(descent.optim.TorchAdam.RULE)).isEqualTo(Rules.home(Adam.RULE) + 8);
        // A lecture rule's second racer takes its variant; a third, with that taken, the first free slot.
        assertThat(lecture.slotFor(Sgd.RULE)).isEqualTo(8);
        Simulation twoSgd = lecture.withRacers(append(lecture.racers(), Racer.of(Sgd.RULE, 8)));
        assertThat(twoSgd.slotFor(Sgd.RULE)).isEqualTo(9);
        assertThat(Simulation.racersOf(List.of(Sgd.RULE, Sgd.RULE, Adam.RULE))).extracting(Racer::slot)
                .containsExactly(0, 8, 7);
        // A full race has no slot to give.
        List<Racer> sixteen = new ArrayList<>();
        for (int slot = 0; slot < Racer.MAX_SLOTS; slot++) {
            sixteen.add(Racer.of(Sgd.RULE, slot));
        }
        assertThat(lecture.withRacers(sixteen).slotFor(Adam.RULE)).isEqualTo(-1);
    }

    private static List<Racer> append(List<Racer> racers, Racer r) {
        List<Racer> out = new ArrayList<>(racers);
        out.add(r);
        return out;
    }

    @Test
    void eachRacerTakesItsOwnBatchSizeOnLogistic() {
        // Online, mini-batch and full batch on the same data: m = N is the full batch, the same as no batching.
        Logistic data = new Logistic(200, 1);
        List<Racer> racers = List.of(Racer.of(Sgd.RULE, 0).withBatchSize(OptionalInt.of(1)),
                Racer.of(Sgd.RULE, 1).withBatchSize(OptionalInt.of(20)),
                Racer.of(Sgd.RULE, 2).withBatchSize(OptionalInt.of(200)), Racer.of(Sgd.RULE, 3));
        List<Trajectory> paths = Simulation.of(data).withRacers(racers).withSteps(50).run();
        assertThat(paths.get(2).point(50)).isEqualTo(paths.get(3).point(50));
        assertThat(paths.get(0).point(50)).isNotEqualTo(paths.get(1).point(50));
        assertThat(paths.get(1).point(50)).isNotEqualTo(paths.get(2).point(50));
    }

    @Test
    void clippingOnOneRacerOnlyBoundsItsStepOnTheCliff() {
        Simulation sim = Simulation.of(Cliff.TYPE.create()).withSteps(300).withTolerance(0);
        Racer momentum = Racer.of(descent.optim.Momentum.RULE, 0);
        List<Trajectory> paths = sim.withRacers(List.of(momentum, momentum.withSlot(1)
                .withClipNorm(OptionalDouble.of(1)))).run();
        double eps = Cliff.TYPE.create().defaults().learningRate();
        assertThat(largestStep(paths.get(0))).isGreaterThan(1);
        // With ‖g‖ ≤ 1 and momentum α = 0.9 the velocity stays below ε/(1 − α).
        assertThat(largestStep(paths.get(1))).isLessThanOrEqualTo(eps / (1 - 0.9) + 1e-9);
    }

    private static double largestStep(Trajectory t) {
        double max = 0;
        for (int k = 1; k < t.size(); k++) {
            max = Math.max(max, t.point(k).minus(t.point(k - 1)).norm());
        }
        return max;
    }
}
