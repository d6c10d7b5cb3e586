package descent.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import descent.explore.Finish;
import descent.explore.HyperparameterMap;
import descent.explore.RunGrid;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.ui.race.RaceModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's state, computed on the calling thread: what it maps, what a pick does, what recomputes it. */
class MapViewModelTest {

    private static RaceModel race(Racer... racers) {
        Scenario s = Scenario.defaults("quadratic").with(sim -> sim.withSteps(60).withRacers(List.of(racers)));
        return new RaceModel(s, Runnable::run, Runnable::run);
    }

    private static MapViewModel model(RaceModel race) {
        MapViewModel vm = new MapViewModel(race, Runnable::run, Runnable::run);
        vm.sideProperty().set(8);
        return vm;
    }

    @Test
    void itMapsTheFirstRacerWithTwoValuesOverItsFirstTwoAboutTheirValuesNow() {
        RaceModel race = race(Racer.of(Sgd.RULE, 0), Racer.of(Adam.RULE, 7));
        MapViewModel vm = model(race);
        // SGD reads ε alone: no map of it.
        assertThat(vm.racers()).extracting(r -> r.rule().id()).containsExactly("adam");
        assertThat(vm.racerProperty().get()).isEqualTo(7);
        assertThat(vm.xParameterProperty().get()).isEqualTo(Hyperparameter.LEARNING_RATE);
        assertThat(vm.yParameterProperty().get()).isEqualTo(Hyperparameter.FIRST_MOMENT_DECAY);
        // Two decades either side of ε = 0.05 and of 1 − ρ₁ = 0.1, within the sliders.
        assertThat(vm.xRangeProperty().get()).containsExactly(5e-4, 5.0);
        assertThat(vm.yRangeProperty().get()[0]).isEqualTo(0.0);
        assertThat(vm.yRangeProperty().get()[1]).isEqualTo(0.999, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(vm.gridProperty().get().isComplete()).isTrue();
        assertThat(vm.gridProperty().get().columns()).isEqualTo(8);
    }

    @Test
    void aPickGivesTheRacerTheCellsValuesAndKeepsTheMap() {
        RaceModel race = race(Racer.of(Momentum.RULE, 2));
        MapViewModel vm = model(race);
        HyperparameterMap before = vm.mapProperty().get();
        var grid = vm.gridProperty().get();
        vm.pick(5, 3);
        Racer r = race.racer(2);
        assertThat(r.own()).containsEntry(Hyperparameter.LEARNING_RATE, before.x().value(5))
                .containsEntry(Hyperparameter.MOMENTUM, before.y().value(3));
        // The race ran again with them...
        assertThat(race.trajectories().get(0).racer()).isEqualTo(r);
        // ...and the map, whose two values they are, was not computed again.
        assertThat(vm.mapProperty().get()).isSameAs(before);
        assertThat(vm.gridProperty().get()).isSameAs(grid);
        assertThat(vm.marker()).containsExactly(before.x().value(5), before.y().value(3));
    }

    @Test
    void anotherValueOfTheRaceRecomputesTheMap() {
        RaceModel race = race(Racer.of(Adam.RULE, 7));
        MapViewModel vm = model(race);
        HyperparameterMap before = vm.mapProperty().get();
        race.setHyperparameter(Hyperparameter.SECOND_MOMENT_DECAY, 0.99);
        assertThat(vm.mapProperty().get()).isNotEqualTo(before);
        assertThat(vm.mapProperty().get().racer().values(vm.mapProperty().get().simulation().hyperparameters(),
                0.05).get(Hyperparameter.SECOND_MOMENT_DECAY)).isEqualTo(0.99);
        race.setSteps(30);
        assertThat(vm.mapProperty().get().simulation().steps()).isEqualTo(30);
        assertThat(vm.gridProperty().get().steps()).isLessThanOrEqualTo(8L * 8 * 30);
    }

    @Test
    void aRangeTheHyperparameterRefusesChangesNothingAndSaysWhy() {
        MapViewModel vm = model(race(Racer.of(Momentum.RULE, 2)));
        HyperparameterMap before = vm.mapProperty().get();
        assertThat(vm.setRange(true, "0.1", "20")).contains("eps must be a number > 0 and <= 10 (got 0.1 to 20)");
        assertThat(vm.messageProperty().get()).isEqualTo("eps must be a number > 0 and <= 10 (got 0.1 to 20)");
        assertThat(vm.mapProperty().get()).isSameAs(before);
        assertThat(vm.setRange(false, "0.5", "x")).contains("α: the range must be two numbers");
        assertThat(vm.setRange(true, "0.01", "0.1")).isEmpty();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.mapProperty().get().x().from()).isEqualTo(0.01);
        assertThat(vm.mapProperty().get().x().to()).isEqualTo(0.1);
    }

    @Test
    void choosingTheOtherAxissHyperparameterSwapsRatherThanMapsOneAgainstItself() {
        MapViewModel vm = model(race(Racer.of(Adam.RULE, 7)));
        vm.xParameterProperty().set(Hyperparameter.FIRST_MOMENT_DECAY);
        assertThat(vm.yParameterProperty().get()).isNotEqualTo(Hyperparameter.FIRST_MOMENT_DECAY);
        assertThat(vm.mapProperty().get().x().parameter()).isEqualTo(Hyperparameter.FIRST_MOMENT_DECAY);
    }

    @Test
    void itOpensOnMomentumWhenItRacesMappingEpsilonAgainstAlpha() {
        // The lecture's eight: the first with two values is SGD with a decaying ε (ε against τ); momentum's map
        // of ε against α is the one the lecture draws.
        RaceModel race = race(Racer.of(Sgd.RULE, 0), Racer.of(Adam.RULE, 7), Racer.of(Momentum.RULE, 2));
        MapViewModel vm = model(race);
        assertThat(vm.racer().orElseThrow().rule()).isEqualTo(Momentum.RULE);
        assertThat(vm.xParameterProperty().get()).isEqualTo(Hyperparameter.LEARNING_RATE);
        assertThat(vm.yParameterProperty().get()).isEqualTo(Hyperparameter.MOMENTUM);
    }

    @Test
    void withNoRacerToMapItSaysWhy() {
        RaceModel race = race(Racer.of(Sgd.RULE, 0));
        MapViewModel vm = model(race);
        assertThat(vm.mapProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("SGD reads ε alone");
        race.addRacer(Momentum.RULE);
        assertThat(vm.mapProperty().get()).isNotNull();
        assertThat(vm.racer().orElseThrow().rule()).isEqualTo(Momentum.RULE);
    }

    @Test
    void aClosedWindowsModelNoLongerFollowsTheRace() {
        RaceModel race = race(Racer.of(Adam.RULE, 7));
        MapViewModel vm = model(race);
        HyperparameterMap before = vm.mapProperty().get();
        vm.dispose();
        race.setHyperparameter(Hyperparameter.SECOND_MOMENT_DECAY, 0.99);
        assertThat(vm.mapProperty().get()).isSameAs(before);
    }

    @Test
    void theMapComesCoarseThenFineOffTheCallersThreadAndAChangeCancelsTheOlderOne() {
        RaceModel race = race(Racer.of(Adam.RULE, 7));
        Deque<Runnable> worker = new ArrayDeque<>();
        MapViewModel vm = new MapViewModel(race, worker::add, Runnable::run);
        List<RunGrid> published = new ArrayList<>();
        vm.gridProperty().addListener((obs, was, now) -> published.add(now));
        // Asked for (64 cells a side), computed not yet: the work waits for the worker.
        assertThat(worker).hasSize(1);
        assertThat(vm.computingProperty().get()).isTrue();
        race.setHyperparameter(Hyperparameter.SECOND_MOMENT_DECAY, 0.99);
        assertThat(worker).hasSize(2);
        HyperparameterMap newest = vm.mapProperty().get();
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        // Only the newest request published: every 4th cell first (16 across), then all 64.
        assertThat(published).extracting(RunGrid::stride).containsExactly(4, 1);
        assertThat(published.get(0).computedCount()).isEqualTo(16 * 16);
        assertThat(vm.computingProperty().get()).isFalse();
        // A cell is the race's run with the cell's two values as the racer's own.
        Racer cell = race.racer(7).with(newest.x().parameter(), newest.x().value(9))
                .with(newest.y().parameter(), newest.y().value(50));
        assertThat(vm.gridProperty().get().computed(9, 50)).isEqualTo(Finish.of(race.scenario().simulation()
                .withRacers(List.of(cell)), cell));
        assertThat(vm.describe(9, 50)).startsWith("ε = ").contains("ρ₁ = ").endsWith("these values");
    }

    @Test
    void untilANewMapsFirstPassIsInTheOldOneIsShownWithItsOwnAxes() {
        RaceModel race = race(Racer.of(Momentum.RULE, 2));
        Deque<Runnable> worker = new ArrayDeque<>();
        MapViewModel vm = new MapViewModel(race, worker::add, Runnable::run);
        vm.sideProperty().set(8);
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        HyperparameterMap small = vm.mapProperty().get();
        vm.sideProperty().set(32);
        vm.setRange(true, "0.01", "0.1");
        // Asked for, not in yet: the picture, the readout and a click keep to the 8 × 8 map and its values.
        assertThat(vm.mapProperty().get().x().count()).isEqualTo(32);
        assertThat(vm.shownMap()).isSameAs(small);
        assertThat(vm.gridProperty().get().columns()).isEqualTo(8);
        assertThat(vm.describe(20, 20)).isEmpty();
        assertThat(vm.describe(7, 7)).startsWith("ε = " + descent.math.Numbers.fourDigits(small.x().value(7)));
        vm.pick(7, 0);
        assertThat(race.racer(2).own()).containsEntry(Hyperparameter.LEARNING_RATE, small.x().value(7));
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
        assertThat(vm.shownMap()).isSameAs(vm.mapProperty().get());
        assertThat(vm.shownMap().x().from()).isEqualTo(0.01);
        assertThat(vm.gridProperty().get().columns()).isEqualTo(32);
    }
}
