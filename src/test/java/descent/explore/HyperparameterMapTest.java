package descent.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.math.Vec2;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameter.Scale;
import descent.optim.Momentum;
import descent.optim.Sgd;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.surface.Quadratic;
import descent.surface.Rosenbrock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HyperparameterMapTest {

    /** The bowl ½(x² + 10y²): the Hessian's eigenvalues are 1 and λ_max = 10. */
    private static final Simulation BOWL = Simulation.of(Quadratic.of(10, 0)).withSteps(500)
            .withRacers(List.of(Racer.of(Momentum.RULE)));

    private static HyperparameterMap momentumMap() {
        Axis eps = new Axis(Hyperparameter.LEARNING_RATE, 0.1, 0.45, 3, Scale.LINEAR);
        Axis alpha = new Axis(Hyperparameter.MOMENTUM, 0, 0.9, 3, Scale.LINEAR);
        return new HyperparameterMap(BOWL, BOWL.racers().get(0), eps, alpha);
    }

    @Test
    void momentumDivergesOnTheBowlExactlyWhereTheClosedFormSays() {
        // Heavy-ball momentum on a quadratic is stable if and only if 0 < ελ < 2(1 + α) for every eigenvalue λ: with
        // λ_max = 10, ε must stay below (1 + α)/5. The cells: ε = 0.1, 0.275, 0.45 against α = 0, 0.45, 0.9, whose
        // limits are 0.2, 0.29 and 0.38.
        HyperparameterMap map = momentumMap();
        RunGrid grid = map.compute();
        assertThat(grid.isComplete()).isTrue();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                double eps = map.x().value(column);
                double alpha = map.y().value(row);
                Outcome o = grid.computed(column, row).outcome();
                if (eps * 10 >= 2 * (1 + alpha)) {
                    assertThat(o.isDiverged()).as("ε=%s α=%s: %s", eps, alpha, o).isTrue();
                } else {
                    assertThat(o.isConverged()).as("ε=%s α=%s: %s", eps, alpha, o).isTrue();
                }
            }
        }
        assertThat(grid.computed(0, 0).outcome().isConverged()).isTrue();
        assertThat(grid.computed(1, 0).outcome().isDiverged()).isTrue();
        assertThat(grid.computed(1, 1).outcome().isConverged()).isTrue();
        assertThat(grid.computed(2, 2).outcome().isDiverged()).isTrue();
    }

    @Test
    void eachCellIsTheRaceRunWithTheCellsValues() {
        HyperparameterMap map = momentumMap();
        RunGrid grid = map.compute();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                Racer racer = Racer.of(Momentum.RULE).with(Hyperparameter.LEARNING_RATE, map.x().value(column))
                        .with(Hyperparameter.MOMENTUM, map.y().value(row));
                Trajectory t = BOWL.withRacers(List.of(racer)).trajectory(racer);
                Finish f = grid.computed(column, row);
                assertThat(f.outcome()).isEqualTo(t.outcome());
                int last = t.lastStep();
                assertThat(f.x()).isEqualTo(t.x(last));
                assertThat(f.y()).isEqualTo(t.y(last));
                assertThat(f.loss()).isEqualTo(t.loss(last));
            }
        }
    }

    @Test
    void aCellKeepsWhatTheRacerSetsItselfAndWhatTheRaceSets() {
        // Adam with its own ρ₁ and no bias correction, on a race with noise: the map changes ε and ρ₂ only.
        Simulation noisy = Simulation.of(new Rosenbrock(1, 100)).withSteps(50).withNoise(0.5).withSeed(7);
        Racer adam = Racer.of(Adam.RULE).with(Hyperparameter.FIRST_MOMENT_DECAY, 0.8)
                .with(Adam.BIAS_CORRECTION, 0).withSlot(3);
        HyperparameterMap map = new HyperparameterMap(noisy, adam,
                Axis.of(Hyperparameter.LEARNING_RATE, 1e-3, 1e-1, 3), Axis.of(Hyperparameter.SECOND_MOMENT_DECAY,
                0.9, 0.999, 3));
        Racer cell = map.racerAt(2, 1);
        assertThat(cell.own()).containsEntry(Hyperparameter.FIRST_MOMENT_DECAY, 0.8)
                .containsEntry(Adam.BIAS_CORRECTION, 0.0).containsEntry(Hyperparameter.LEARNING_RATE, 1e-1);
        assertThat(cell.own().get(Hyperparameter.SECOND_MOMENT_DECAY)).isCloseTo(0.99, within(1e-12));
        assertThat(cell.slot()).isEqualTo(3);
        Trajectory t = noisy.withRacers(List.of(cell)).trajectory(cell);
        Finish f = map.run(2, 1);
        assertThat(f.x()).isEqualTo(t.x(t.lastStep()));
        assertThat(f.y()).isEqualTo(t.y(t.lastStep()));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @Test
    void theMapComesCoarseThenFine() {
        Simulation short4 = BOWL.withSteps(4);
        HyperparameterMap map = new HyperparameterMap(short4, short4.racers().get(0),
                Axis.of(Hyperparameter.LEARNING_RATE, 0.01, 0.1, 64), Axis.of(Hyperparameter.MOMENTUM, 0, 0.9, 64));
        List<RunGrid> passes = new ArrayList<>();
        RunGrid last = map.compute(() -> false, passes::add);
        assertThat(passes).hasSize(2);
        RunGrid coarse = passes.get(0);
        assertThat(coarse.stride()).isEqualTo(4);
        assertThat(coarse.computedCount()).isEqualTo(16 * 16);
        assertThat(coarse.computed(4, 8)).isNotNull();
        assertThat(coarse.computed(5, 8)).isNull();
        // Until its own run is in, a cell shows its block's corner.
        assertThat(coarse.shown(7, 9)).isSameAs(coarse.computed(4, 8));
        assertThat(passes.get(1)).isSameAs(last);
        assertThat(last.computedCount()).isEqualTo(64 * 64);
        // The fine pass keeps the coarse runs and adds the rest.
        assertThat(last.computed(4, 8)).isSameAs(coarse.computed(4, 8));
        assertThat(last.shown(7, 9)).isSameAs(last.computed(7, 9));
        assertThat(last.steps()).isEqualTo(64L * 64 * 4);
    }

    @Test
    void thePassesAreSixteenThenSixtyFourCellsAcross() {
        assertThat(Sweep.strides(64, 64)).containsExactly(4, 1);
        assertThat(Sweep.strides(256, 256)).containsExactly(16, 4, 1);
        assertThat(Sweep.strides(400, 267)).containsExactly(16, 4, 1);
        assertThat(Sweep.strides(32, 32)).containsExactly(1);
        assertThat(Sweep.strides(3, 3)).containsExactly(1);
    }

    @Test
    void cancellingStopsTheWork() {
        AtomicInteger runs = new AtomicInteger();
        Finish dummy = new Finish(Outcome.moving(1), 0, 0, 0);
        assertThatThrownBy(() -> Sweep.run(256, 256, (c, r) -> {
            runs.incrementAndGet();
            return dummy;
        }, () -> runs.get() >= 10, g -> { })).isInstanceOf(CancellationException.class);
        // Each thread asks before each cell: at most one more per thread.
        assertThat(runs.get()).isBetween(10, 10 + Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aMapNeedsTwoValuesTheRuleReads() {
        Racer sgd = Racer.of(Sgd.RULE);
        Axis eps = Axis.of(Hyperparameter.LEARNING_RATE, 0.01, 0.1, 3);
        Axis alpha = Axis.of(Hyperparameter.MOMENTUM, 0, 0.9, 3);
        assertThatThrownBy(() -> new HyperparameterMap(BOWL, sgd, eps, alpha))
                .hasMessage("sgd has no value alpha; it takes eps");
        assertThatThrownBy(() -> new HyperparameterMap(BOWL, Racer.of(Momentum.RULE), eps, eps))
                .hasMessage("the two axes must be different hyperparameters (both are eps)");
        assertThat(HyperparameterMap.mappable(Adam.RULE)).extracting(Hyperparameter::key)
                .containsExactly("eps", "rho1", "rho2", "delta");
    }

    @Test
    void theLossIsMeasuredAboveFStarAndTheStepsOnlyWhereARunConverged() {
        Finish converged = new Finish(Outcome.converged(120), 0, 0, 1e-13);
        Finish running = new Finish(Outcome.moving(500), 1, 1, 0.25);
        Finish diverged = new Finish(Outcome.diverged(7), 9, 9, 1e6);
        assertThat(Measure.LOSS_GAP.of(converged, 0)).isEqualTo(1e-13);
        assertThat(Measure.LOSS_GAP.of(running, 0.05)).isEqualTo(0.2);
        assertThat(Measure.LOSS_GAP.of(diverged, 0)).isNaN();
        assertThat(Measure.STEPS.of(converged, 0)).isEqualTo(120);
        assertThat(Measure.STEPS.of(running, 0)).isNaN();
        RunGrid grid = new RunGrid(3, 1, 1, new Finish[] {converged, running, diverged});
        double[] range = Measure.LOSS_GAP.range(grid, 0, 500);
        assertThat(range[0]).isEqualTo(-13, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(range[1]).isEqualTo(Math.log10(0.25));
        assertThat(Measure.LOSS_GAP.position(converged, 0, range)).isEqualTo(0);
        assertThat(Measure.LOSS_GAP.position(running, 0, range)).isEqualTo(1);
        assertThat(Measure.STEPS.range(grid, 0, 500)).containsExactly(0, 500);
        assertThat(Measure.STEPS.position(converged, 0, new double[] {0, 500})).isEqualTo(0.24);
        // With no f*, the floor is the lowest final loss of a run that did not stop short.
        assertThat(Measure.floor(java.util.OptionalDouble.empty(), grid)).isEqualTo(1e-13);
        assertThat(Measure.floor(java.util.OptionalDouble.of(-1), grid)).isEqualTo(-1);
        assertThat(new Vec2(0, 0)).isEqualTo(Vec2.ZERO);
    }
}
