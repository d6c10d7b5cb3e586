package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Momentum;
import descent.optim.RmsProp;
import descent.optim.Sgd;
import descent.surface.Cliff;
import descent.surface.Logistic;
import descent.surface.Quadratic;
import descent.surface.Saddle;
import descent.surface.Wells;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static Hyperparameters eps(double eps) {
        return Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, eps);
    }

    @Test
    void stepZeroIsTheStartWithItsLoss() {
        Simulation sim = Simulation.of(new Wells()).withStart(new Vec2(0.5, -1));
        for (Trajectory t : sim.run()) {
            assertThat(t.point(0)).isEqualTo(new Vec2(0.5, -1));
            assertThat(t.loss(0)).isEqualTo(new Wells().value(0.5, -1));
        }
    }

    @Test
    void aTrajectoryThatLeavesFarOutsideTheViewDivergesAtTheStepThatThrewItAndKeepsThatPoint() {
        // κ = 10 and ε = 0.5: the y coordinate is multiplied by 1 − 5 = −4 at every step, and 1.5·4⁴ = 384 is
        // beyond the bound of 50 view widths (300) plus the start's distance from the centre (2.5).
        Simulation sim = Simulation.of(Quadratic.TYPE.create()).withHyperparameters(eps(0.5)).withSteps(100);
        Trajectory t = sim.trajectory(Sgd.RULE);
        assertThat(t.outcome()).isEqualTo(Outcome.diverged(4));
        assertThat(t.lastStep()).isEqualTo(4);
        assertThat(t.y(3)).isEqualTo(1.5 * -64);
        assertThat(t.y(4)).isEqualTo(1.5 * 256);
        assertThat(t.stepsTaken(100)).isEqualTo(4);
        // The others are not affected by one optimizer diverging.
        assertThat(sim.trajectory(Adam.RULE).outcome().isDiverged()).isFalse();
    }

    @Test
    void sgdEscapesTheSaddleWhenItLeavesTheViewDownhillAndThatIsNoDivergence() {
        // From (−1.8, 0.01) with ε = 0.05 on x² − y², SGD multiplies x by 0.9 and y by 1.1 at every step. The view is
        // [−2, 2]²: y₅₅ = 0.01·1.1⁵⁵ ≈ 1.89 is inside, y₅₆ ≈ 2.08 outside, where the loss ≈ −4.3 is below the
        // start's 3.24. That step is the path's last point.
        Simulation sim = Simulation.of(new Saddle());
        assertThat(sim.start()).isEqualTo(new Vec2(-1.8, 0.01));
        Trajectory t = sim.trajectory(Sgd.RULE);
        assertThat(t.outcome()).isEqualTo(Outcome.escaped(56));
        assertThat(t.outcome().isEscaped()).isTrue();
        assertThat(t.outcome().describe()).isEqualTo("escaped at 56");
        assertThat(t.lastStep()).isEqualTo(56);
        assertThat(t.y(55)).isCloseTo(0.01 * Math.pow(1.1, 55), within(1e-9)).isLessThan(2);
        assertThat(t.y(56)).isCloseTo(2.08, within(0.01));
        assertThat(t.loss(56)).isLessThan(t.loss(0));
    }

    @Test
    void aStartOutsideTheViewThatComesInEscapesOnlyWhenItLeavesAgain() {
        // From (3, 0.01), outside [−2, 2]², every step goes downhill, x shrinking by 0.9 into the view (at step 4,
        // 3·0.9⁴ = 1.97): the path has not left the view, so it goes on until y leaves it at step 56 as above.
        Trajectory t = Simulation.of(new Saddle()).withStart(new Vec2(3, 0.01)).trajectory(Sgd.RULE);
        assertThat(t.loss(1)).isLessThan(t.loss(0));
        assertThat(t.outcome()).isEqualTo(Outcome.escaped(56));
    }

    @Test
    void leavingTheViewUphillIsNoEscapeEvenOnASurfaceWithNoFloor() {
        // With ε = 1.05 SGD multiplies x by 1 − 2ε = −1.1 and y stays 0: x leaves the view at step 2 (1.8·1.21 =
        // 2.18) with the loss x² rising, and it runs on, out of view, until it is 50 view widths away.
        Trajectory t = Simulation.of(new Saddle()).withStart(new Vec2(-1.8, 0)).withHyperparameters(eps(1.05))
                .withSteps(200).trajectory(Sgd.RULE);
        assertThat(Math.abs(t.x(2))).isGreaterThan(2);
        assertThat(t.outcome().isDiverged()).isTrue();
        // 1.8·1.1ᵏ > 201.8 from k = 50.
        assertThat(t.outcome().step()).isEqualTo(50);
    }

    @Test
    void runningOffUphillOnTheSaddleIsDivergence() {
        // With ε = 1.5 SGD multiplies x by 1 − 2ε = −2, and y stays 0: the loss x² = 3.24·4^k rises, and
        // |x₇| = 1.8·128 = 230.4 is beyond the bound of 201.8.
        Trajectory t = Simulation.of(new Saddle()).withStart(new Vec2(-1.8, 0)).withHyperparameters(eps(1.5))
                .trajectory(Sgd.RULE);
        assertThat(t.outcome()).isEqualTo(Outcome.diverged(7));
        assertThat(t.loss(6)).isCloseTo(115.2 * 115.2, within(1e-9));
    }

    @Test
    void aStartWithNoFiniteLossGivesAnEmptyTrajectoryOfItsOwnKind() {
        // ½(x² + κy²) overflows at (1e300, 1e300).
        Trajectory t = Simulation.of(Quadratic.TYPE.create()).withStart(new Vec2(1e300, 1e300))
                .trajectory(Sgd.RULE);
        assertThat(t.outcome()).isEqualTo(Outcome.noStart());
        assertThat(t.outcome().describe()).isEqualTo("no finite loss at θ₀");
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.size()).isZero();
        assertThat(t.outcomeAt(0)).isEqualTo(Outcome.noStart());
        assertThat(t.outcomeAt(50)).isEqualTo(Outcome.noStart());
    }

    @Test
    void overflowCountsAsDivergence() {
        Simulation sim = Simulation.of(new descent.surface.Beale()).withHyperparameters(eps(5)).withSteps(50);
        Trajectory t = sim.trajectory(Sgd.RULE);
        assertThat(t.outcome().isDiverged()).isTrue();
        for (int k = 0; k < t.size(); k++) {
            assertThat(t.x(k)).isFinite();
            assertThat(t.loss(k)).isFinite();
        }
    }

    @Test
    void convergedAtTheFirstStepWhereTheGradientNormFallsBelowTheTolerance() {
        Quadratic q = (Quadratic) Quadratic.TYPE.create();
        Simulation sim = Simulation.of(q).withSteps(1000).withTolerance(1e-3);
        Trajectory t = sim.trajectory(Sgd.RULE);
        assertThat(t.outcome().isConverged()).isTrue();
        int k = (int) t.outcome().step();
        assertThat(t.lastStep()).isEqualTo(k);
        assertThat(q.gradient(t.point(k)).norm()).isLessThan(1e-3);
        assertThat(q.gradient(t.point(k - 1)).norm()).isGreaterThanOrEqualTo(1e-3);
    }

    @Test
    void zeroToleranceNeverConvergesAndRunsEveryStep() {
        Trajectory t = Simulation.of(Quadratic.TYPE.create()).withSteps(700).withTolerance(0)
                .trajectory(Sgd.RULE);
        assertThat(t.outcome()).isEqualTo(Outcome.moving(700));
        assertThat(t.outcome().describe()).isEqualTo("still moving");
        assertThat(t.outcomeAt(699)).isEqualTo(Outcome.running(699));
        assertThat(t.size()).isEqualTo(701);
    }

    @Test
    void aShorterRunIsAPrefixOfALongerOne() {
        Simulation sim = Simulation.of(new Wells()).withNoise(0.3).withSeed(5);
        List<Trajectory> shorter = sim.withSteps(100).run();
        List<Trajectory> longer = sim.withSteps(300).run();
        for (int i = 0; i < shorter.size(); i++) {
            Trajectory a = shorter.get(i);
            Trajectory b = longer.get(i);
            for (int k = 0; k < a.size(); k++) {
                assertThat(a.point(k)).isEqualTo(b.point(k));
            }
        }
    }

    @Test
    void noiseIsReproducibleFromItsSeedAndChangesWithIt() {
        Simulation sim = Simulation.of(new Wells()).withNoise(0.5).withSteps(50);
        Trajectory a = sim.withSeed(1).trajectory(Adam.RULE);
        Trajectory b = sim.withSeed(1).trajectory(Adam.RULE);
        Trajectory c = sim.withSeed(2).trajectory(Adam.RULE);
        assertThat(a.point(50)).isEqualTo(b.point(50));
        assertThat(a.point(50)).isNotEqualTo(c.point(50));
    }

    @Test
    void eachOptimizerDrawsItsOwnNoiseWhateverElseIsRacing() {
        Simulation sim = Simulation.of(new Wells()).withNoise(0.5).withSteps(50).withSeed(3)
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.MOMENTUM, 0));
        Trajectory alone = sim.withRacers(Simulation.racersOf(List.of(Momentum.RULE))).run().get(0);
        Trajectory inRace = sim.trajectory(Momentum.RULE);
        assertThat(alone.point(50)).isEqualTo(inRace.point(50));
        // With α = 0 momentum is SGD, so only the noise streams tell them apart.
        assertThat(sim.trajectory(Sgd.RULE).point(1)).isNotEqualTo(inRace.point(1));
    }

    @Test
    void noiseIsStandardGaussianTimesSigma() {
        Wells w = new Wells();
        Vec2 start = new Vec2(0.3, 0.2);
        Vec2 g = w.gradient(start);
        double sigma = 0.5;
        double eps = 0.05;
        int n = 4000;
        double sum = 0;
        double sumSquares = 0;
        for (int seed = 0; seed < n; seed++) {
            Vec2 p = Simulation.of(w).withStart(start).withSteps(1).withNoise(sigma).withSeed(seed)
                    .withHyperparameters(eps(eps)).trajectory(Sgd.RULE).point(1);
            // θ₁ = θ₀ − ε(g + σz), so z = ((θ₀ − θ₁)/ε − g)/σ.
            double z = ((start.x() - p.x()) / eps - g.x()) / sigma;
            sum += z;
            sumSquares += z * z;
        }
        assertThat(sum / n).isCloseTo(0, within(0.06));
        assertThat(sumSquares / n).isCloseTo(1, within(0.08));
    }

    @Test
    void aBatchOfTheWholeDataSetIsTheFullBatch() {
        Logistic l = new Logistic(50, 1);
        Simulation sim = Simulation.of(l).withSteps(40);
        assertThat(sim.withBatchSize(50).trajectory(Adam.RULE).point(40))
                .isEqualTo(sim.trajectory(Adam.RULE).point(40));
    }

    @Test
    void onlineLearningStepsOnTheGradientOfOneExample() {
        Logistic l = new Logistic(50, 1);
        double eps = 0.3;
        Vec2 start = l.defaults().start();
        Vec2 p = Simulation.of(l).withBatchSize(1).withSteps(1).withHyperparameters(eps(eps))
                .trajectory(Sgd.RULE).point(1);
        Vec2 used = start.minus(p).times(1 / eps);
        boolean matchesAnExample = false;
        for (int i = 0; i < 50; i++) {
            double z = start.x() * l.input(i) + start.y();
            double e = 1 / (1 + Math.exp(-z)) - l.label(i);
            matchesAnExample |= Math.abs(e * l.input(i) - used.x()) < 1e-12 && Math.abs(e - used.y()) < 1e-12;
        }
        assertThat(matchesAnExample).isTrue();
    }

    @Test
    void miniBatchesChangeTheTrajectoryAndFollowTheSeed() {
        Simulation sim = Simulation.of(new Logistic(200, 1)).withBatchSize(8).withSteps(30);
        Vec2 a = sim.withSeed(1).trajectory(Sgd.RULE).point(30);
        assertThat(sim.withSeed(1).trajectory(Sgd.RULE).point(30)).isEqualTo(a);
        assertThat(sim.withSeed(2).trajectory(Sgd.RULE).point(30)).isNotEqualTo(a);
        assertThat(sim.withBatchSize(0).trajectory(Sgd.RULE).point(30)).isNotEqualTo(a);
    }

    @Test
    void clippingBoundsEveryStepOnTheCliff() {
        Simulation sim = Simulation.of(new Cliff(4, 50)).withSteps(300);
        double eps = sim.surface().defaults().learningRate();
        // With ‖g‖ ≤ c, SGD moves at most εc and momentum's velocity at most εc/(1 − α).
        assertThat(largestStep(sim.withClipNorm(1).trajectory(Sgd.RULE))).isLessThanOrEqualTo(eps + 1e-12);
        assertThat(largestStep(sim.withClipNorm(1).trajectory(Momentum.RULE)))
                .isLessThanOrEqualTo(eps / (1 - 0.9) + 1e-12);
        // Unclipped, momentum runs into the wall and is thrown several units back.
        assertThat(largestStep(sim.trajectory(Momentum.RULE))).isGreaterThan(3);
    }

    private static double largestStep(Trajectory t) {
        double max = 0;
        for (int k = 1; k < t.size(); k++) {
            max = Math.max(max, t.point(k).minus(t.point(k - 1)).norm());
        }
        return max;
    }

    @Test
    void traceStreamsAMillionStepsPointByPoint() {
        long[] count = {0};
        double[] last = {0};
        Simulation sim = Simulation.of(new Wells()).withSteps(1_000_000).withTolerance(0);
        Outcome outcome = sim.trace(sim.racer(RmsProp.RULE).orElseThrow(), (step, x, y, loss) -> {
            count[0]++;
            last[0] = step;
        });
        assertThat(outcome).isEqualTo(Outcome.moving(1_000_000));
        assertThat(count[0]).isEqualTo(1_000_001);
        assertThat(last[0]).isEqualTo(1_000_000);
    }

    @Test
    void outcomeAtAStepShowsRunningUntilTheRunEnded() {
        Trajectory t = Simulation.of(Quadratic.TYPE.create()).withHyperparameters(eps(0.5)).withSteps(100)
                .trajectory(Sgd.RULE);
        assertThat(t.outcomeAt(2).isRunning()).isTrue();
        assertThat(t.outcomeAt(4)).isEqualTo(Outcome.diverged(4));
        assertThat(t.outcomeAt(50).describe()).isEqualTo("diverged at 4");
        assertThat(t.clampStep(50)).isEqualTo(4);
        assertThat(t.stepsTaken(2)).isEqualTo(2);
        assertThat(t.stepsTaken(50)).isEqualTo(4);
    }

    @Test
    void impossibleSettingsAreRefused() {
        Simulation sim = Simulation.of(new Wells());
        assertThatThrownBy(() -> sim.withSteps(-1)).hasMessageContaining("steps");
        assertThatThrownBy(() -> sim.withNoise(-1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> sim.withStart(new Vec2(Double.NaN, 0))).hasMessageContaining("start");
        assertThatThrownBy(() -> sim.withClipNorm(Double.POSITIVE_INFINITY)).hasMessageContaining("clip");
    }
}
