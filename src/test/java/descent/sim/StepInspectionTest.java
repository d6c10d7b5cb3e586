package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.Adagrad;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Momentum;
import descent.optim.Nesterov;
import descent.optim.Rule;
import descent.optim.Sgd;
import descent.optim.SgdDecay;
import descent.optim.StepExplanation;
import descent.optim.TorchAdam;
import descent.surface.Quadratic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The step inspector's replay on the bowl ½(x² + 10y²) from its default start θ₀ = (−2.5, 1.5), where g = (x, 10y)
 * = (−2.5, 15), at its default ε = 0.05: first steps worked out by hand.
 */
class StepInspectionTest {

    private static final double TOL = 1e-15;

    private static Simulation race(Rule... rules) {
        return Simulation.of(Quadratic.of(10, 0)).withRacers(Simulation.racersOf(List.of(rules))).withSteps(50);
    }

    private static StepExplanation step(Simulation sim, Rule rule, int k) {
        return sim.explain(sim.racer(rule).orElseThrow(), k).orElseThrow();
    }

    private static void assertPoint(Vec2 actual, double x, double y) {
        assertThat(actual.x()).isCloseTo(x, within(TOL));
        assertThat(actual.y()).isCloseTo(y, within(TOL));
    }

    @Test
    void sgdsFirstStepOnTheBowlIsMinusEpsilonTimesTheGradient() {
        StepExplanation e = step(race(Sgd.RULE), Sgd.RULE, 1);
        assertThat(e.before()).isEqualTo(new Vec2(-2.5, 1.5));
        assertThat(e.gradient()).isEqualTo(new Vec2(-2.5, 15));
        assertPoint(e.after(), -2.5 + 0.05 * 2.5, 1.5 - 0.05 * 15); // (−2.375, 0.75)
    }

    @Test
    void momentumsVelocityAfterTwoStepsIsAlphaVOneMinusEpsilonGOne() {
        StepExplanation e = step(race(Momentum.RULE), Momentum.RULE, 2);
        // v₁ = (0.125, −0.75); g₁ at θ₁ = (−2.375, 0.75) is (−2.375, 7.5): v₂ = 0.9 v₁ − 0.05 g₁ = (0.23125, −1.05)
        assertPoint(e.quantity("v₂").orElseThrow().vector(), 0.23125, -1.05);
        assertPoint(e.after(), -2.14375, -0.3);
    }

    @Test
    void nesterovsLookAheadPointAtStepTwoIsThetaOnePlusAlphaVOne() {
        StepExplanation e = step(race(Nesterov.RULE), Nesterov.RULE, 2);
        // θ₁ = (−2.375, 0.75), v₁ = (0.125, −0.75): θ̃ = (−2.375 + 0.1125, 0.75 − 0.675)
        assertPoint(e.gradientPoint(), -2.2625, 0.075);
        assertPoint(e.gradient(), -2.2625, 0.75);
    }

    @Test
    void adagradsRateIsEpsilonOverTheGradientAtStepOneAndOverTheRootOfTheSumOfSquaresAtStepTwo() {
        Simulation sim = race(Adagrad.RULE);
        Racer r = sim.racer(Adagrad.RULE).orElseThrow();
        double delta = 1e-7;
        List<Vec2> rates = sim.effectiveRates(r);
        assertThat(rates).hasSize(50);
        assertPoint(rates.get(0), 0.05 / (delta + 2.5), 0.05 / (delta + 15));
        Vec2 g2 = sim.explain(r, 2).orElseThrow().gradient();
        assertPoint(rates.get(1), 0.05 / (delta + Math.sqrt(2.5 * 2.5 + g2.x() * g2.x())),
                0.05 / (delta + Math.sqrt(15 * 15 + g2.y() * g2.y())));
        assertThat(sim.explain(r, 2).orElseThrow().rate()).isEqualTo(rates.get(1));
    }

    @Test
    void adamsCorrectedFirstMomentAtStepOneIsTheFirstGradient() {
        StepExplanation e = step(race(Adam.RULE), Adam.RULE, 1);
        Vec2 sHat = e.quantity("ŝ").orElseThrow().vector();
        assertThat(sHat.x()).isCloseTo(-2.5, within(1e-14));
        assertThat(sHat.y()).isCloseTo(15, within(1e-14));
    }

    @Test
    void theRatesFollowEachRulesSchedule() {
        Simulation sim = race(Sgd.RULE, SgdDecay.RULE, TorchAdam.RULE);
        assertThat(sim.effectiveRates(sim.racer(Sgd.RULE).orElseThrow())).hasSize(50)
                .allSatisfy(r -> assertThat(r).isEqualTo(new Vec2(0.05, 0.05)));
        // ε_τ = ε/100 over τ = 100 steps: ε_k = (1 − k/100)·0.05 + (k/100)·0.0005.
        List<Vec2> decay = sim.effectiveRates(sim.racer(SgdDecay.RULE).orElseThrow());
        assertThat(decay.get(9).x()).isCloseTo(0.9 * 0.05 + 0.1 * 0.0005, within(TOL));
        assertThat(sim.effectiveRates(sim.racer(TorchAdam.RULE).orElseThrow())).as("PyTorch's rules state none")
                .isEmpty();
    }

    @Test
    void thereIsNoStepZeroAndNoneBeyondWhereThePathStopped() {
        // ε = 0.5: y is multiplied by −4 each step and leaves the bound at step 4 (SimulationTest), whose point the
        // path keeps: it diverged at 4.
        Simulation sim = race(Sgd.RULE).withHyperparameters(Hyperparameters.defaults()
                .with(Hyperparameter.LEARNING_RATE, 0.5));
        Racer r = sim.racer(Sgd.RULE).orElseThrow();
        assertThat(sim.explain(r, 0)).isEmpty();
        assertThat(sim.explain(r, 4)).isPresent();
        assertThat(sim.explain(r, 5)).isEmpty();
        assertThat(sim.explain(r, 51)).isEmpty();
        assertThat(sim.effectiveRates(r)).hasSize(4);
        assertThat(sim.explain(r, 5, 2, 0, 3)).extracting(Optional::isPresent).containsExactly(false, true, false,
                true);
    }

    @Test
    void aNoisyClippedGradientIsTheOneTheTrajectoryUsed() {
        Simulation sim = race(Momentum.RULE).withNoise(3).withClipNorm(2).withSeed(7);
        Racer r = sim.racer(Momentum.RULE).orElseThrow();
        Trajectory t = sim.trajectory(r);
        for (int k = 1; k <= 20; k++) {
            StepExplanation e = sim.explain(r, k).orElseThrow();
            assertThat(e.after()).isEqualTo(t.point(k));
            assertThat(e.gradient().norm()).isLessThanOrEqualTo(2 + 1e-12);
        }
        Vec2 exact = Quadratic.of(10, 0).gradient(-2.5, 1.5);
        assertThat(sim.explain(r, 1).orElseThrow().gradient()).isNotEqualTo(exact);
    }
}
