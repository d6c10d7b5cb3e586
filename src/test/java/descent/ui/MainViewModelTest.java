package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.scenario.Scenario;
import descent.sim.StartSpread.Distribution;
import descent.surface.ViewBox;
import descent.ui.race.RacerRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view-model on its own, with work run on the calling thread: no toolkit, no waiting. */
class MainViewModelTest {

    /** The slots of SGD and Adam in the default race: their rows in the lecture's table. */
    private static final int SGD = 0;
    private static final int ADAM = 7;

    private final MainViewModel vm = new MainViewModel(Scenario.defaults("quadratic"), Runnable::run, Runnable::run);

    @Test
    void opensWithEveryOptimizerComputedAndTheContourReady() {
        vm.viewport().setCanvasSize(900, 700);
        assertThat(vm.race().trajectoriesProperty().get()).hasSize(8);
        assertThat(vm.viewport().contourProperty().get()).isNotNull();
        assertThat(vm.viewport().computingProperty().get()).isFalse();
        assertThat(vm.viewport().contourProperty().get().width())
                .isEqualTo(vm.viewport().layoutProperty().get().imageWidth());
    }

    @Test
    void aRefusedValueLeavesTheScenarioAsItWas() {
        Scenario before = vm.scenario();
        assertThat(vm.race().setHyperparameter(Hyperparameter.DECAY_RATE, 1)).hasValueSatisfying(m -> assertThat(m)
                .contains("ρ"));
        assertThat(vm.race().setParameter("kappa", 0.5)).isPresent();
        assertThat(vm.race().setSteps(0)).isPresent();
        assertThat(vm.race().setBatchSize(3)).hasValueSatisfying(m -> assertThat(m).contains("logistic"));
        assertThat(vm.race().setStart(new Vec2(Double.NaN, 1))).isPresent();
        assertThat(vm.scenario()).isSameAs(before);
    }

    @Test
    void playingAdvancesBySpeedTimesTimeAndStopsAtTheEnd() {
        vm.playback().speedProperty().set(100);
        vm.playback().play();
        vm.advance(0.05);
        assertThat(vm.playback().step()).isEqualTo(5);
        vm.advance(0.005);
        vm.advance(0.005);
        assertThat(vm.playback().step()).isEqualTo(6);
        for (int i = 0; i < 100; i++) {
            vm.advance(0.1);
        }
        assertThat(vm.playback().step()).isEqualTo(vm.race().totalSteps());
        assertThat(vm.playback().playingProperty().get()).isFalse();
        vm.playback().play();
        assertThat(vm.playback().step()).as("play at the end starts over").isZero();
    }

    @Test
    void fewerStepsPullTheCurrentStepBack() {
        vm.playback().setStep(150);
        vm.race().setSteps(100);
        assertThat(vm.playback().step()).isEqualTo(100);
        assertThat(vm.race().trajectoriesProperty().get().get(0).lastStep()).isLessThanOrEqualTo(100);
    }

    @Test
    void onlyTheNewestComputationIsPublished() {
        List<Runnable> queued = new ArrayList<>();
        MainViewModel slow = new MainViewModel(Scenario.defaults("wells"), queued::add, Runnable::run);
        slow.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.01);
        slow.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.02);
        // Run everything that was queued, oldest first, as a worker thread would.
        new ArrayList<>(queued).forEach(Runnable::run);
        double eps = slow.race().trajectoriesProperty().get().get(0).x(1) - slow.scenario().simulation().start().x();
        double g = slow.scenario().surface().gradient(slow.scenario().simulation().start()).x();
        assertThat(eps / -g).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void zoomKeepsThePointUnderThePointerInPlace() {
        ViewBox before = vm.scenario().view();
        vm.viewport().zoom(0.5, 1, 1);
        ViewBox after = vm.scenario().view();
        assertThat(after.width()).isEqualTo(before.width() / 2);
        assertThat((1 - after.xMin()) / after.width()).isEqualTo((1 - before.xMin()) / before.width());
        vm.viewport().resetView();
        assertThat(vm.scenario().view()).isEqualTo(before);
    }

    @Test
    void xavierStartsFallWithinTheirBoundAndGaussianOnesVary() {
        double bound = Math.sqrt(6.0 / (3 + 5));
        for (int i = 0; i < 50; i++) {
            assertThat(vm.race().randomStart(descent.sim.StartSpread.Distribution.XAVIER, 1, 3, 5)).isEmpty();
            Vec2 p = vm.scenario().simulation().start();
            assertThat(Math.abs(p.x())).isLessThanOrEqualTo(bound);
            assertThat(Math.abs(p.y())).isLessThanOrEqualTo(bound);
        }
        vm.race().randomStart(descent.sim.StartSpread.Distribution.GAUSSIAN, 2, 1, 1);
        Vec2 a = vm.scenario().simulation().start();
        vm.race().randomStart(descent.sim.StartSpread.Distribution.GAUSSIAN, 2, 1, 1);
        assertThat(vm.scenario().simulation().start()).isNotEqualTo(a);
        assertThat(vm.race().randomStart(descent.sim.StartSpread.Distribution.GAUSSIAN, -1, 1, 1)).isPresent();
    }

    @Test
    void anOverrideChangesOneOptimizerOnlyAndShowsInItsRow() {
        var sgdBefore = vm.race().trajectoriesProperty().get().get(0).point(5);
        vm.race().setOwnValue(ADAM, Hyperparameter.LEARNING_RATE, 0.3);
        assertThat(vm.race().value(ADAM, Hyperparameter.LEARNING_RATE)).isEqualTo(0.3);
        assertThat(vm.race().value(SGD, Hyperparameter.LEARNING_RATE)).isEqualTo(0.05);
        assertThat(vm.race().trajectoriesProperty().get().get(0).point(5)).isEqualTo(sgdBefore);
        assertThat(vm.table().rows().get(ADAM).overridesProperty().get()).isEqualTo("ε=0.3");
        // A global value moved leaves the row's own values as they are; a new own value shows.
        vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.07);
        assertThat(vm.table().rows().get(ADAM).overridesProperty().get()).isEqualTo("ε=0.3");
        vm.race().setOwnValue(ADAM, Hyperparameter.SECOND_MOMENT_DECAY, 0.99);
        assertThat(vm.table().rows().get(ADAM).overridesProperty().get()).isEqualTo("ε=0.3, ρ₂=0.99");
        vm.race().clearOwnValues(ADAM);
        assertThat(vm.table().rows().get(ADAM).overridesProperty().get()).isEmpty();
    }

    @Test
    void rowsShowEachOptimizersStateAtTheStepShownFromTheNextFrameOn() {
        vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.5);
        vm.playback().setStep(100);
        vm.advance(0.2);
        RacerRow sgd = vm.table().rows().get(SGD);
        assertThat(sgd.outcomeProperty().get()).isEqualTo("diverged at 4");
        // k is the steps taken: the update that threw it off, whose loss the row shows.
        assertThat(sgd.stepProperty().get()).isEqualTo(4);
        assertThat(sgd.lossProperty().get()).isEqualTo(vm.race().trajectoriesProperty().get().get(SGD).loss(4));
        assertThat(sgd.outcomeDetailProperty().get()).startsWith("diverged at 4: update 4 threw θ");
        // A new step reaches the table in the next frame, however soon it comes: the title and the counter show it.
        vm.playback().setStep(2);
        vm.advance(0.001);
        assertThat(sgd.outcomeProperty().get()).isEqualTo("running");
        assertThat(sgd.stepProperty().get()).isEqualTo(2);
        // At the race's end a racer that has not converged says so, not "running".
        vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.05);
        vm.playback().setStep(vm.race().totalSteps());
        vm.advance(0.2);
        RacerRow adam = vm.table().rows().get(ADAM);
        assertThat(adam.outcomeProperty().get()).matches("converged at \\d+|still moving");
        if (adam.outcomeProperty().get().equals("still moving")) {
            // k says after how many steps.
            assertThat(adam.stepProperty().get()).isEqualTo(vm.race().totalSteps());
        }
        assertThat(vm.table().rows()).extracting(r -> r.outcomeProperty().get()).doesNotContain("running");
    }

    @Test
    void aStartWithNoFiniteLossShowsInTheRowsAndTheFrameWithoutAPoint() {
        // ½(x² + κy²) overflows at (1e300, 1e300).
        assertThat(vm.race().setStart(new Vec2(1e300, 1e300))).isEmpty();
        vm.viewport().setCanvasSize(900, 700);
        vm.playback().setStep(10);
        vm.advance(0.2);
        RacerRow sgd = vm.table().rows().get(SGD);
        assertThat(sgd.outcomeProperty().get()).isEqualTo("no finite loss at θ₀");
        assertThat(sgd.lossProperty().get()).isNaN();
        assertThat(vm.frame().tracks()).allMatch(t -> t.trajectory().isEmpty());
    }

    @Test
    void whilePlayingTheRowsFollowEveryFrame() {
        vm.playback().speedProperty().set(100);
        vm.playback().play();
        RacerRow adam = vm.table().rows().get(ADAM);
        for (int frame = 1; frame <= 10; frame++) {
            vm.advance(0.02);
            assertThat(vm.playback().step()).isEqualTo(2 * frame);
            assertThat(adam.stepProperty().get()).isEqualTo(2 * frame);
        }
    }

    @Test
    void whileThePathsKeepChangingTheTableWaitsForAPauseOrHalfASecond() {
        vm.playback().setStep(50);
        vm.advance(1);
        RacerRow sgd = vm.table().rows().get(SGD);
        double first = sgd.lossProperty().get();
        // A slider dragged at 50 changes a second: the paths follow every one, the table does not.
        for (int i = 1; i <= 5; i++) {
            vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.05 - 0.004 * i);
            vm.advance(0.02);
        }
        assertThat(sgd.lossProperty().get()).isEqualTo(first);
        // The hand rests: the table catches up.
        vm.advance(0.15);
        double rested = sgd.lossProperty().get();
        assertThat(rested).isNotEqualTo(first);
        // A long drag still shows the numbers twice a second.
        int refreshes = 0;
        double shown = rested;
        for (int i = 1; i <= 50; i++) {
            vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.03 + 0.0002 * i);
            vm.advance(0.02);
            if (sgd.lossProperty().get() != shown) {
                shown = sgd.lossProperty().get();
                refreshes++;
            }
        }
        assertThat(refreshes).isBetween(1, 2);
    }
}
