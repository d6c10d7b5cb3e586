package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Numbers;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossAxisTest {

    private static LossAxis axis(Scenario s) {
        return LossAxis.of(s.surface(), s.view(), s.simulation().run());
    }

    @Test
    void onTheWellsTheTitleNamesTheDeepestWellNotTheBestLossReached() {
        Scenario s = Scenario.defaults("wells");
        LossAxis a = axis(s);
        assertThat(a.logarithmic()).isTrue();
        double fStar = s.surface().minimum().getAsDouble();
        assertThat(fStar).isLessThan(-1.8);
        assertThat(a.titles().get(0)).isEqualTo("loss − f*, log scale (f* = " + Numbers.brief(fStar) + ")");
        // An optimizer stuck in a shallower well sits well above the bottom of the axis.
        double best = s.simulation().run().stream().mapToDouble(t -> t.loss(t.lastStep())).min().orElseThrow();
        assertThat(a.position(best)).isGreaterThan(0.05);
        // loss − f* = 1 sits at the axis's 10⁰ tick.
        LossAxis.Tick one = a.ticks(30).stream().filter(t -> t.label().equals("1")).findFirst().orElseThrow();
        assertThat(a.position(fStar + 1)).isCloseTo(one.position(), within(1e-12));
    }

    @Test
    void aPathThatDivergesDoesNotSetTheScale() {
        Scenario s = Scenario.defaults("quadratic").with(sim -> sim.withRacers(Simulation.racersOf(List.of(Sgd.RULE,
                Adam.RULE))));
        Scenario blowUp = s.with(sim -> sim.withOwnValue(Sgd.RULE, Hyperparameter.LEARNING_RATE, 5));
        List<Trajectory> paths = blowUp.simulation().run();
        assertThat(paths.get(0).outcome().isDiverged()).isTrue();
        LossAxis withDivergence = LossAxis.of(s.surface(), s.view(), paths);
        LossAxis adamAlone = LossAxis.of(s.surface(), s.view(), List.of(paths.get(1)));
        // The start is in view, so the top is the start's loss either way; the huge losses off the view do not count.
        assertThat(withDivergence.position(paths.get(1).loss(0)))
                .isCloseTo(adamAlone.position(paths.get(1).loss(0)), within(1e-12));
        assertThat(withDivergence.position(paths.get(0).loss(paths.get(0).lastStep()))).isGreaterThan(1);
    }

    @Test
    void onTheSaddleTheChartShowsTheLossItselfOnASymmetricLogScale() {
        Scenario s = Scenario.defaults("saddle");
        LossAxis a = axis(s);
        assertThat(a.logarithmic()).isFalse();
        assertThat(a.titles()).allMatch(t -> !t.contains("f*"));
        // Both signs read: the start's positive loss and the negative losses of the paths running downhill.
        assertThat(a.position(3)).isBetween(0.5, 1.0);
        assertThat(a.position(-3)).isBetween(0.0, 0.5);
        assertThat(a.position(0)).isBetween(0.3, 0.7);
        assertThat(a.ticks(10)).extracting(LossAxis.Tick::label).contains("0", "1", "−1");
    }

    @Test
    void anEmptyRaceGivesAFiniteAxisWithTicks() {
        Scenario s = Scenario.defaults("wells");
        for (Scenario each : List.of(s, Scenario.defaults("saddle"))) {
            LossAxis a = LossAxis.of(each.surface(), each.view(), List.of());
            assertThat(a.ticks(8)).isNotEmpty().allMatch(t -> Double.isFinite(t.position()));
            assertThat(a.position(1)).isFinite();
        }
    }
}
