package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Sgd;
import descent.surface.Quadratic;
import descent.surface.Saddle;
import descent.surface.Surface;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the race table says of a racer at a step, on races small enough to follow by hand. */
class StandingTest {

    private static Hyperparameters eps(double eps) {
        return Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, eps);
    }

    private static Standing standing(Simulation sim, Trajectory t, long step) {
        return Standing.of(t, sim.surface(), sim.surface().defaults().view(), step);
    }

    @Test
    void aPathThatDivergesRunsUntilTheStepThatThrewItOffAndThenSaysSoWithThatStep() {
        // κ = 10, ε = 0.5: y is multiplied by −4 each step and step 4 lies beyond 50 view widths (SimulationTest).
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withHyperparameters(eps(0.5)).withSteps(100);
        Trajectory t = sim.trajectory(Sgd.RULE);
        Standing early = standing(sim, t, 3);
        assertThat(early.text()).isEqualTo("running");
        assertThat(early.steps()).isEqualTo(3);
        for (long step : new long[] {4, 5, 100}) {
            Standing s = standing(sim, t, step);
            assertThat(s.text()).isEqualTo("diverged at 4");
            // k and the note's step agree, and the row has the loss of that very step: its point is kept.
            assertThat(s.steps()).isEqualTo(4);
            assertThat(t.hasPoint(s.steps())).isTrue();
            assertThat(s.detail()).startsWith("diverged at 4: update 4 threw θ more than 50 view widths away");
        }
    }

    @Test
    void aRaceThatRanOutSaysTheRacerIsStillMovingNotRunning() {
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withSteps(30).withTolerance(0);
        Trajectory t = sim.trajectory(Sgd.RULE);
        assertThat(standing(sim, t, 29).text()).isEqualTo("running");
        Standing end = standing(sim, t, 30);
        assertThat(end.text()).isEqualTo("still moving");
        assertThat(end.steps()).isEqualTo(30);
        assertThat(end.detail()).contains("all 30 steps were taken");
    }

    @Test
    void aStartWhereTheGradientIsZeroIsStuckThereNotConverged() {
        // ∇(x³ − 3xy²) = (3x² − 3y², −6xy) is 0 at the origin: SGD never moves.
        Surface monkey = Surfaces.byName("monkey-saddle").create();
        Simulation sim = Simulation.of(monkey).withStart(Vec2.ZERO).withSteps(100);
        Trajectory t = sim.trajectory(Sgd.RULE);
        for (long step : new long[] {0, 50, 100}) {
            Standing s = standing(sim, t, step);
            assertThat(s.text()).isEqualTo("stuck: ∇f = 0 at θ₀");
            assertThat(s.steps()).isZero();
        }
    }

    @Test
    void aPathThatSettlesOnASaddlePointSaysItIsASaddlePoint() {
        // From (−1.8, 0) on x² − y², y stays 0 and x is multiplied by 0.9: ‖∇f‖ = 3.6·0.9ᵏ < 1e-6 from k = 144.
        Simulation sim = Simulation.of(new Saddle()).withStart(new Vec2(-1.8, 0));
        Trajectory t = sim.trajectory(Sgd.RULE);
        Standing s = standing(sim, t, 200);
        assertThat(s.text()).isEqualTo("converged to a saddle point at 144");
        assertThat(s.steps()).isEqualTo(144);
    }

    @Test
    void aSwarmIsCountedByHowItsPathsStandBeforeTheOutcomeOfThePathFromTheStart() {
        // By hand on the bowl ½(x² + κy²), whose minimum is the origin, in the view [−3, 3] × [−2, 2]: one path of
        // each kind, three steps long at most.
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withSteps(3);
        Racer r = sim.racers().get(0);
        ViewBox view = sim.surface().defaults().view();
        Trajectory atMinimum = path(r, Outcome.converged(2), 1, 0.5, 0.001);
        Trajectory stuck = path(r, Outcome.converged(0), 2);
        Trajectory escaped = path(r, Outcome.escaped(2), 1, 2, 4);
        Trajectory diverged = path(r, Outcome.diverged(3), 1, 5, 50, 500);
        Trajectory moving = path(r, Outcome.moving(3), 2, 1.8, 1.6, 1.4);
        Trajectory none = new Trajectory(r, new double[0], new double[0], new double[0], Outcome.noStart());
        Trajectory main = path(r, Outcome.moving(3), -2.5, -2, -1.5, -1);
        Trajectory swarm = main.withSwarm(List.of(atMinimum, stuck, escaped, diverged, moving, none));
        Standing end = Standing.of(swarm, sim.surface(), view, 3);
        assertThat(end.text()).isEqualTo("1 at a minimum, 1 stuck, 1 escaped, 1 diverged, 1 moving, 1 no start"
                + " · θ₀: still moving");
        assertThat(end.steps()).isEqualTo(3);
        assertThat(end.detail()).contains("Of its 6 starts at step 3: 1 at a minimum,");
        // At step 1 the escaped and diverged paths still run, and the one at the minimum is not there yet.
        assertThat(Standing.of(swarm, sim.surface(), view, 1).text())
                .isEqualTo("1 stuck, 4 moving, 1 no start · θ₀: running");
    }

    /** A path along the x axis through these x, ending as the outcome says; its loss is x²/2. */
    private static Trajectory path(Racer r, Outcome outcome, double... xs) {
        double[] ys = new double[xs.length];
        double[] losses = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            losses[i] = xs[i] * xs[i] / 2;
        }
        return new Trajectory(r, xs, ys, losses, outcome);
    }
}
