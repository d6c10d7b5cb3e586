package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.Momentum;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each surface's blurb in the window says is what a race with its defaults shows: the lecture's eight racers
 * from its default start, with its default learning rate, for 200 steps. Each test also checks that the blurb still
 * says it, so that neither changes without the other.
 */
class SurfaceBlurbTest {

    private static List<Trajectory> race(String surface) {
        return Scenario.defaults(surface).simulation().run();
    }

    private static List<Trajectory> race(Surface surface) {
        return Simulation.of(surface).run();
    }

    private static Trajectory of(List<Trajectory> race, descent.optim.Rule rule) {
        return race.stream().filter(t -> t.racer().rule() == rule).findFirst().orElseThrow();
    }

    private static double step(Trajectory t, int k) {
        return Math.hypot(t.x(k) - t.x(k - 1), t.y(k) - t.y(k - 1));
    }

    private static Vec2 last(Trajectory t) {
        return new Vec2(t.x(t.lastStep()), t.y(t.lastStep()));
    }

    /** The minimum among the surface's landmarks within 0.05 of a point, or null. */
    private static Landmark minimumAt(Surface s, Vec2 p) {
        return s.landmarks().stream().filter(Landmark::isMinimum)
                .filter(l -> Math.hypot(l.point().x() - p.x(), l.point().y() - p.y()) < 0.05).findFirst()
                .orElse(null);
    }

    @Test
    void wellsFourMinimaOfDifferentDepthsAndWhereAnOptimizerEndsDependsOnItsPath() {
        assertThat(Wells.TYPE.summary()).isEqualTo("four local minima of different depths: where an optimizer ends"
                + " depends on its path");
        Surface s = Wells.TYPE.create();
        List<Landmark> minima = s.landmarks().stream().filter(Landmark::isMinimum).toList();
        assertThat(minima).hasSize(4);
        assertThat(minima.stream().map(Landmark::value).distinct()).hasSize(4);
        // From one start, the lecture's racers settle in two different wells.
        Set<Landmark> reached = new HashSet<>();
        for (Trajectory t : race("wells")) {
            Landmark m = minimumAt(s, last(t));
            if (m != null) {
                reached.add(m);
            }
        }
        assertThat(reached).hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * The quadratic's claims in its own coordinates, u along the valley and v across it: SGD's |v| falls below a
     * tenth in five steps while |u| keeps three quarters; after twenty steps it is still more than a third of the way
     * out along the floor; momentum crosses the floor (v changes sign, a tenth of the start's |v| away) three times
     * or more; and no lecture racer diverges.
     */
    private static void quadraticBlurbHolds(Quadratic q) {
        List<Trajectory> race = race(q);
        assertThat(race).allSatisfy(t -> assertThat(t.outcome().isDiverged()).as("%s on %s", t.racer().rule(), q)
                .isFalse());
        Trajectory sgd = of(race, Sgd.RULE);
        double[] u = new double[sgd.size()];
        double[] v = new double[sgd.size()];
        for (int k = 0; k < sgd.size(); k++) {
            u[k] = q.cos() * sgd.x(k) + q.sin() * sgd.y(k);
            v[k] = -q.sin() * sgd.x(k) + q.cos() * sgd.y(k);
        }
        assertThat(Math.abs(v[5])).as("SGD across the valley after 5 steps, %s", q)
                .isLessThan(0.1 * Math.abs(v[0]));
        assertThat(Math.abs(u[5])).as("SGD along it, %s", q).isGreaterThan(0.75 * Math.abs(u[0]));
        assertThat(Math.abs(u[20])).as("SGD along it after 20 steps, %s", q).isGreaterThan(Math.abs(u[0]) / 3);
        Trajectory momentum = of(race, Momentum.RULE);
        double v0 = Math.abs(v[0]);
        int crossings = 0;
        double side = 0;
        for (int k = 0; k < momentum.size(); k++) {
            double across = -q.sin() * momentum.x(k) + q.cos() * momentum.y(k);
            if (Math.abs(across) > 0.1 * v0 && Math.signum(across) != side) {
                crossings += side == 0 ? 0 : 1;
                side = Math.signum(across);
            }
        }
        assertThat(crossings).as("momentum's swings across the valley, %s", q).isGreaterThanOrEqualTo(3);
    }

    @Test
    void quadraticSgdDropsDownTheWallsThenCreepsAlongTheFloorAndMomentumSwingsAcross() {
        assertThat(Quadratic.TYPE.summary()).isEqualTo("an ill-conditioned bowl: SGD drops down its steep walls at"
                + " once, then creeps along the flat valley floor; momentum overshoots and swings across it");
        quadraticBlurbHolds((Quadratic) Quadratic.TYPE.create());
        // The rotated, narrower valley of the review: the default learning rate follows κ, and it all still holds.
        quadraticBlurbHolds((Quadratic) Quadratic.TYPE.create(Map.of("kappa", 50.0, "angle", 30.0)));
        quadraticBlurbHolds((Quadratic) Quadratic.TYPE.create(Map.of("kappa", 1000.0, "angle", -60.0)));
    }

    @Test
    void quadraticsDefaultLearningRateIsAQuarterOfTheLimitAboveWhichSgdDiverges() {
        for (double kappa : new double[] {1, 10, 50, 10_000}) {
            Surface q = Quadratic.TYPE.create(Map.of("kappa", kappa));
            // SGD multiplies the distance across the valley by 1 − εκ each step: |1 − εκ| < 1 for ε < 2/κ.
            assertThat(q.defaults().learningRate()).isCloseTo(0.25 * 2 / kappa, within(1e-15));
        }
        assertThat(Quadratic.TYPE.create().defaults().learningRate()).isEqualTo(0.05);
    }

    @Test
    void saddleTheGradientVanishesAtTheOriginAndSgdStallsThereBeforeItEscapesDownhill() {
        assertThat(Saddle.TYPE.summary()).isEqualTo("a saddle point: the gradient vanishes at the origin, so SGD"
                + " started near the ridge stalls there before it escapes downhill");
        Surface s = Saddle.TYPE.create();
        assertThat(s.gradient(0, 0).norm()).isZero();
        Trajectory sgd = of(race("saddle"), Sgd.RULE);
        double first = step(sgd, 1);
        int stalled = 0;
        for (int k = 1; k <= sgd.lastStep(); k++) {
            if (Math.hypot(sgd.x(k), sgd.y(k)) < 0.3) {
                stalled++;
                assertThat(step(sgd, k)).as("SGD's step %d near the saddle", k).isLessThan(first / 5);
            }
        }
        assertThat(stalled).as("steps within 0.3 of the saddle").isGreaterThanOrEqualTo(15);
        assertThat(sgd.outcome().isEscaped()).as(sgd.outcome().describe()).isTrue();
    }

    @Test
    void monkeySaddleHasThreeDownhillValleysAndSgdCrawlsWhereItsGradientFades() {
        assertThat(MonkeySaddle.TYPE.summary()).isEqualTo("a degenerate saddle with three downhill valleys; the"
                + " gradient fades so fast that SGD crawls");
        Surface s = MonkeySaddle.TYPE.create();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i);
            double f = s.value(Math.cos(angle), Math.sin(angle));
            // Downhill at 60°, 180° and 300°: three valleys between three ridges.
            assertThat(Math.signum(f)).as("f at %d°", 60 * i).isEqualTo(i % 2 == 0 ? 1.0 : -1.0);
        }
        // Degenerate: the gradient fades as the square of the distance, not in proportion to it.
        assertThat(s.gradient(0.01, 0).norm() / s.gradient(0.1, 0).norm()).isCloseTo(0.01, within(1e-12));
        Trajectory sgd = of(race("monkey-saddle"), Sgd.RULE);
        double first = step(sgd, 1);
        int crawling = 0;
        for (int k = 1; k <= sgd.lastStep(); k++) {
            if (Math.hypot(sgd.x(k), sgd.y(k)) < 0.5 && step(sgd, k) < first / 10) {
                crawling++;
            }
        }
        assertThat(crawling).as("SGD's steps shorter than a tenth of its first, near the saddle")
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void himmelblauFourEqualMinimaAndTheStartDecidesWhichOneAnOptimizerFinds() {
        assertThat(Himmelblau.TYPE.summary()).isEqualTo("four equal minima: the start decides which one an"
                + " optimizer finds");
        Surface s = Himmelblau.TYPE.create();
        List<Landmark> minima = s.landmarks().stream().filter(Landmark::isMinimum).toList();
        assertThat(minima).hasSize(4).allSatisfy(m -> assertThat(m.value()).isCloseTo(0, within(1e-12)));
        // SGD from four starts a step apart around the default one (by the maximum) finds three of the four.
        Vec2 start = s.defaults().start();
        Set<Landmark> found = new HashSet<>();
        for (double[] d : new double[][] {{0.2, 0.2}, {-0.2, 0.2}, {0.2, -0.2}, {-0.2, -0.2}}) {
            Simulation sim = Simulation.of(s).withRacers(List.of(Racer.of(Sgd.RULE)))
                    .withStart(new Vec2(start.x() + d[0], start.y() + d[1])).withSteps(400);
            found.add(minimumAt(s, last(sim.run().get(0))));
        }
        found.remove(null);
        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void rosenbrocksValleyIsEasyToEnterAndSlowToFollowToTheMinimum() {
        assertThat(Rosenbrock.TYPE.summary()).isEqualTo("a long curved valley: easy to enter, slow to follow to the"
                + " minimum at (a, a^2)");
        Trajectory sgd = of(race("rosenbrock"), Sgd.RULE);
        // b(y − x²)², the height above the valley's floor, falls a hundredfold within 20 steps...
        double wall0 = 100 * Math.pow(sgd.y(0) - sgd.x(0) * sgd.x(0), 2);
        double wall20 = 100 * Math.pow(sgd.y(20) - sgd.x(20) * sgd.x(20), 2);
        assertThat(wall20).isLessThan(wall0 / 100);
        // ...while after 200 steps SGD is still more than 2 from (a, a²) = (1, 1).
        assertThat(Math.hypot(sgd.x(200) - 1, sgd.y(200) - 1)).isGreaterThan(2);
    }

    @Test
    void bealesGradientChangesScaleByOrdersOfMagnitude() {
        assertThat(Beale.TYPE.summary()).isEqualTo("flat plateaus and sharp ridges: the gradient's scale changes by"
                + " orders of magnitude");
        Surface s = Beale.TYPE.create();
        ViewBox v = s.defaults().view();
        List<Double> norms = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            for (int j = 0; j <= 40; j++) {
                norms.add(s.gradient(v.xMin() + i * v.width() / 40, v.yMin() + j * v.height() / 40).norm());
            }
        }
        double[] sorted = norms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // Over the view, the gradient's tenth percentile and its ninetieth are three orders of magnitude apart.
        assertThat(sorted[9 * sorted.length / 10] / sorted[sorted.length / 10]).isGreaterThan(1e3);
    }

    @Test
    void rastriginsSmallStepsGetCaughtInTheNearestDimple() {
        assertThat(Rastrigin.TYPE.summary()).isEqualTo("a bowl riddled with local minima: small steps get caught in"
                + " the nearest dimple");
        Surface s = Rastrigin.TYPE.create();
        Vec2 start = s.defaults().start();
        Trajectory sgd = of(race("rastrigin"), Sgd.RULE);
        Vec2 end = last(sgd);
        // The local minima sit near the whole-number points; SGD stops at the one nearest its start.
        assertThat(Math.round(end.x())).isEqualTo(Math.round(start.x()));
        assertThat(Math.round(end.y())).isEqualTo(Math.round(start.y()));
        assertThat(s.gradient(end).norm()).isLessThan(1e-3);
        assertThat(s.value(end)).as("far above the global minimum, 0").isGreaterThan(20);
    }

    @Test
    void cliffCatapultsMomentumAwayUnlessTheGradientIsClipped() {
        assertThat(Cliff.TYPE.summary()).isEqualTo("a gentle slope that ends at a steep wall: momentum runs into it"
                + " and is catapulted away unless the gradient is clipped");
        Scenario defaults = Scenario.defaults("cliff");
        ViewBox view = defaults.view();
        Trajectory free = of(defaults.simulation().run(), Momentum.RULE);
        Trajectory clipped = of(defaults.simulation().withClipNorm(2).run(), Momentum.RULE);
        assertThat(farthestOutside(free, view)).as("unclipped, beyond the view").isGreaterThan(view.width());
        assertThat(farthestOutside(clipped, view)).as("clipped to 2, beyond the view").isZero();
    }

    /** How far a path goes beyond the view box, at its farthest. */
    private static double farthestOutside(Trajectory t, ViewBox v) {
        double out = 0;
        for (int k = 0; k < t.size(); k++) {
            double dx = Math.max(0, Math.max(v.xMin() - t.x(k), t.x(k) - v.xMax()));
            double dy = Math.max(0, Math.max(v.yMin() - t.y(k), t.y(k) - v.yMax()));
            out = Math.max(out, Math.hypot(dx, dy));
        }
        return out;
    }

    @Test
    void logisticsContourIsTheFullBatchLossAndASmallerBatchMakesEachGradientAMiniBatchs() {
        assertThat(Logistic.TYPE.summary()).isEqualTo("logistic regression on a synthetic data set: the contour is"
                + " the full-batch loss; a batch size m < N makes each step's gradient that of a random mini-batch");
        Scenario defaults = Scenario.defaults("logistic");
        Simulation sgd = defaults.simulation().withRacers(List.of(Racer.of(Sgd.RULE)));
        Trajectory full = sgd.run().get(0);
        Trajectory wholeBatch = sgd.withBatchSize(200).run().get(0);
        Trajectory mini = sgd.withBatchSize(20).run().get(0);
        // m = N is the full batch, step for step; the contour's loss is what it descends.
        assertThat(wholeBatch.size()).isEqualTo(full.size());
        for (int k = 0; k < full.size(); k++) {
            assertThat(wholeBatch.x(k)).isEqualTo(full.x(k));
            assertThat(full.loss(k)).isEqualTo(defaults.surface().value(full.x(k), full.y(k)));
        }
        // m < N: the first step already differs, and the path wanders around the full batch's.
        assertThat(Arrays.asList(mini.x(1), mini.y(1))).isNotEqualTo(Arrays.asList(full.x(1), full.y(1)));
        assertThat(mini.loss(mini.lastStep())).isLessThan(full.loss(0));
    }
}
