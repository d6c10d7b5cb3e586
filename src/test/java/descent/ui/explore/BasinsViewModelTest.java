package descent.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.explore.Finish;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.ui.race.RaceModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The basins' state with a worker the test drives by hand: passes coarse to fine, a change that cancels the runs
 * under way, and a click that moves the race's start without recomputing any basin.
 */
class BasinsViewModelTest {

    /** Work waits here until the test runs it, as it would wait for the window's worker thread. */
    private final Deque<Runnable> worker = new ArrayDeque<>();

    private RaceModel race;
    private BasinsViewModel vm;
    private final List<BasinsViewModel.Picture> published = new ArrayList<>();

    private void open(String surface, int side) {
        Scenario s = Scenario.defaults(surface).with(sim -> sim.withSteps(200)
                .withRacers(List.of(Racer.of(Momentum.RULE, 3))));
        race = new RaceModel(s, Runnable::run, Runnable::run);
        vm = new BasinsViewModel(race, new SimpleObjectProperty<>(ColorMap.VIRIDIS), worker::add, Runnable::run);
        vm.sideProperty().set(side);
        vm.pictureProperty().addListener((obs, was, now) -> published.add(now));
        vm.setCanvas(640, 480, 14);
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void theBasinsComeCoarseThenFineAndNothingIsComputedOnTheCallersThread() {
        open("wells", 64);
        // Asked for, not computed: the work waits for the worker.
        assertThat(worker).hasSize(1);
        assertThat(vm.pictureProperty().get()).isNull();
        assertThat(vm.computingProperty().get()).isTrue();
        runWorker();
        // 64 starts across: every 4th first (16 across), then all.
        assertThat(published).extracting(p -> p.basins().grid().stride()).containsExactly(4, 1);
        int rows = published.get(0).map().rows();
        assertThat(published.get(0).basins().grid().computedCount()).isEqualTo(16 * ((rows + 3) / 4));
        assertThat(vm.computingProperty().get()).isFalse();
        // Each start's run is the race's own run of momentum from there.
        BasinsViewModel.Picture p = vm.pictureProperty().get();
        Vec2 start = p.map().start(10, 20);
        Finish byHand = Finish.of(race.scenario().simulation().withStart(start)
                .withRacers(List.of(race.racer(3))), race.racer(3));
        assertThat(p.basins().grid().computed(10, 20)).isEqualTo(byHand);
    }

    @Test
    void aChangeToTheRaceCancelsTheRunsUnderWayAndOnlyTheNewestArePublished() {
        open("wells", 64);
        race.setHyperparameter(Hyperparameter.MOMENTUM, 0.5);
        assertThat(worker).hasSize(2);
        runWorker();
        // The first request found itself cancelled and published nothing.
        assertThat(published).extracting(p -> p.basins().grid().stride()).containsExactly(4, 1);
        assertThat(vm.pictureProperty().get().map().racer().values(race.scenario().simulation().hyperparameters(),
                0.1).get(Hyperparameter.MOMENTUM)).isEqualTo(0.5);
    }

    @Test
    void aClickStartsTheRaceAtThatStartAndTheBasinsStay() {
        open("wells", 16);
        runWorker();
        BasinsViewModel.Picture before = vm.pictureProperty().get();
        vm.pick(5, 9);
        assertThat(race.scenario().simulation().start()).isEqualTo(before.map().start(5, 9));
        assertThat(race.trajectories().get(0).point(0)).isEqualTo(before.map().start(5, 9));
        // The start is each cell's own: nothing to compute again.
        assertThat(worker).isEmpty();
        assertThat(vm.pictureProperty().get()).isSameAs(before);
        assertThat(vm.describe(5, 9)).startsWith("from (").contains("reaches the").endsWith(
                "click to start the race here");
    }

    @Test
    void onTheBowlEveryStartReachesItsOneMinimum() {
        open("quadratic", 16);
        runWorker();
        assertThat(vm.pictureProperty().get().basins().share(0)).isEqualTo(1.0);
        assertThat(vm.describe(0, 0)).contains("reaches the global minimum at (0, 0)");
    }

    @Test
    void aClosedWindowsModelStopsFollowingTheRaceAndDropsItsWork() {
        open("wells", 16);
        vm.dispose();
        runWorker();
        assertThat(published).isEmpty();
        race.setHyperparameter(Hyperparameter.MOMENTUM, 0.5);
        assertThat(worker).isEmpty();
    }
}
