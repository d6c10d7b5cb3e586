package descent.explore;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.optim.Sgd;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.Evaluation;
import descent.surface.Formula;
import descent.surface.Landmark;
import descent.surface.Quadratic;
import descent.surface.Rastrigin;
import descent.surface.Surface;
import descent.surface.SurfaceDefaults;
import descent.surface.ViewBox;
import descent.surface.Wells;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BasinsTest {

    private static final Wells WELLS = new Wells();
    private static final ViewBox WELLS_VIEW = WELLS.defaults().view();

    @Test
    void startsRightNextToEachMinimumOfTheWellsGoToThatMinimum() {
        Simulation sim = Simulation.of(WELLS).withSteps(500);
        Racer momentum = Racer.of(Momentum.RULE);
        List<Landmark> minima = WELLS.landmarks().stream().filter(Landmark::isMinimum).toList();
        assertThat(minima).hasSize(4);
        for (int i = 0; i < minima.size(); i++) {
            Vec2 m = minima.get(i).point();
            // Nine starts within 0.05 of the minimum.
            BasinMap around = new BasinMap(sim, momentum, new ViewBox(m.x() - 0.05, m.x() + 0.05, m.y() - 0.05,
                    m.y() + 0.05), 3, 3);
            Basins basins = Basins.of(around.compute(), WELLS.landmarks(), WELLS_VIEW);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    assertThat(basins.computed(c, r)).as("start %s near minimum %d", around.start(c, r), i)
                            .isEqualTo(i);
                }
            }
            assertThat(basins.share(i)).isEqualTo(1.0);
            assertThat(basins.attractors().get(i).kind()).isEqualTo(i == 0 ? Basins.Kind.GLOBAL_MINIMUM
                    : Basins.Kind.LOCAL_MINIMUM);
        }
    }

    @Test
    void aSymmetricSurfaceHasSymmetricBasins() {
        // Rastrigin is even in x and in y and symmetric in x ↔ y, and so is a grid of starts centred on the origin:
        // the start mirrored ends at the minimum mirrored. It lists only its global minimum, so the others are found
        // as clusters of end points.
        Simulation sim = Simulation.of(new Rastrigin()).withSteps(400);
        BasinMap map = new BasinMap(sim, Racer.of(Sgd.RULE), new ViewBox(-3, 3, -3, 3), 24, 24);
        Basins basins = Basins.of(map.compute(), new Rastrigin().landmarks(), new ViewBox(-3, 3, -3, 3));
        assertThat(basins.attractors()).hasSizeGreaterThan(9);
        assertThat(basins.attractors().get(0).kind()).isEqualTo(Basins.Kind.GLOBAL_MINIMUM);
        assertThat(basins.attractors().subList(1, basins.attractors().size()))
                .allMatch(a -> a.kind() == Basins.Kind.END_POINTS);
        int n = 24;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                Vec2 here = end(basins, c, r);
                Vec2 mirrored = end(basins, n - 1 - c, n - 1 - r);
                Vec2 swapped = end(basins, r, c);
                assertThat(mirrored.x()).as("cell %d,%d", c, r).isCloseTo(-here.x(), within(1e-6));
                assertThat(mirrored.y()).isCloseTo(-here.y(), within(1e-6));
                assertThat(swapped.x()).isCloseTo(here.y(), within(1e-6));
                assertThat(swapped.y()).isCloseTo(here.x(), within(1e-6));
            }
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    /** The attractor a cell leads to; every run on Rastrigin with this ε converges. */
    private static Vec2 end(Basins basins, int c, int r) {
        int code = basins.computed(c, r);
        assertThat(code).isNotNegative();
        return basins.attractors().get(code).point();
    }

    @Test
    void onASurfaceThatMarksNothingTheBasinsAreClustersOfEndPoints() {
        Surface unmarked = new Unmarked(WELLS);
        Simulation sim = Simulation.of(unmarked).withSteps(500);
        BasinMap map = BasinMap.of(sim, Racer.of(Momentum.RULE), WELLS_VIEW, 24);
        Basins basins = Basins.of(map.compute(), unmarked.landmarks(), WELLS_VIEW);
        List<Landmark> minima = WELLS.landmarks().stream().filter(Landmark::isMinimum).toList();
        // Each cluster is at one of the wells' minima, lowest loss first, as the landmarks list them.
        assertThat(basins.attractors()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            Basins.Attractor a = basins.attractors().get(i);
            assertThat(a.kind()).isEqualTo(Basins.Kind.END_POINTS);
            assertThat(a.point().minus(minima.get(i).point()).norm()).isLessThan(1e-5);
        }
        // And the same starts go to the same minima as with the landmarks.
        Basins marked = Basins.of(map.compute(), WELLS.landmarks(), WELLS_VIEW);
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 24; c++) {
                assertThat(basins.computed(c, r)).isEqualTo(marked.computed(c, r));
            }
        }
    }

    @Test
    void runsThatBlowUpOrHaveNotArrivedAreApart() {
        // SGD with ε = 0.3 on ½(x² + 10y²): ελ_max = 3 > 2, every start blows up but the ones on y = 0... of which
        // a grid of cell centres has none.
        Simulation bowl = Simulation.of(Quadratic.of(10, 0)).withSteps(300);
        Racer fast = Racer.of(Sgd.RULE).with(Hyperparameter.LEARNING_RATE, 0.3);
        BasinMap map = BasinMap.of(bowl, fast, new ViewBox(-3, 3, -2, 2), 6);
        assertThat(map.rows()).isEqualTo(4);
        Basins basins = Basins.of(map.compute(), bowl.surface().landmarks(), new ViewBox(-3, 3, -2, 2));
        assertThat(basins.share(Basins.DIVERGED)).isEqualTo(1.0);
        // With ε = 0.001 and 10 steps nobody arrives: unfinished.
        Racer slow = Racer.of(Sgd.RULE).with(Hyperparameter.LEARNING_RATE, 0.001);
        Basins unfinished = Basins.of(BasinMap.of(bowl.withSteps(10), slow, new ViewBox(-3, 3, -2, 2), 6)
                .compute(), bowl.surface().landmarks(), new ViewBox(-3, 3, -2, 2));
        assertThat(unfinished.share(Basins.UNFINISHED)).isEqualTo(1.0);
        assertThat(unfinished.count(0)).isZero();
    }

    @Test
    void theStartsAreTheCellCentres() {
        BasinMap map = new BasinMap(Simulation.of(WELLS), Racer.of(Sgd.RULE), new ViewBox(0, 4, 0, 2), 4, 2);
        assertThat(map.start(0, 0)).isEqualTo(new Vec2(0.5, 0.5));
        assertThat(map.start(3, 1)).isEqualTo(new Vec2(3.5, 1.5));
        assertThat(BasinMap.of(Simulation.of(WELLS), Racer.of(Sgd.RULE), new ViewBox(-3, 3, -2, 2), 400).rows())
                .isEqualTo(267);
    }

    /** A surface that lists no landmarks, as a typed formula may not. */
    private record Unmarked(Surface inner) implements Surface {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public double value(double x, double y) {
            return inner.value(x, y);
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return inner.gradient(x, y);
        }

        @Override
        public Evaluation evaluate(double x, double y) {
            return inner.evaluate(x, y);
        }

        @Override
        public boolean evaluatesTogether() {
            return inner.evaluatesTogether();
        }

        @Override
        public Formula formula() {
            return inner.formula();
        }

        @Override
        public SurfaceDefaults defaults() {
            return inner.defaults();
        }

        @Override
        public OptionalDouble minimum() {
            return inner.minimum();
        }

        @Override
        public List<Landmark> landmarks() {
            return List.of();
        }
    }
}
