package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SurfaceLandmarksTest {

    private static final double H = 1e-5;

    static Stream<Surface> surfaces() {
        Stream<Surface> defaults = Surfaces.ALL.stream().map(SurfaceType::create);
        Stream<Surface> others = Stream.of(
                Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)),
                Rosenbrock.TYPE.create(Map.of("a", -1.5, "b", 10.0)),
                Cliff.TYPE.create(Map.of("height", 10.0, "steepness", 5.0)),
                Cliff.TYPE.create(Map.of("height", 0.05, "steepness", 50.0)),
                Cliff.TYPE.create(Map.of("height", 100.0, "steepness", 1000.0)),
                Logistic.TYPE.create(Map.of("n", 50.0, "seed", 3.0)));
        return Stream.concat(defaults, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void theGradientVanishesAtEveryLandmark(Surface s) {
        assertThat(s.landmarks()).isNotEmpty();
        for (Landmark l : s.landmarks()) {
            assertThat(s.gradient(l.point()).norm()).as("%s", l).isLessThanOrEqualTo(1e-8);
            assertThat(l.value()).as("%s", l).isEqualTo(s.value(l.point()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void minimaCurveUpEverywayAndSaddlesBothWays(Surface s) {
        for (Landmark l : s.landmarks()) {
            if (s instanceof MonkeySaddle) {
                continue;
            }
            double[] h = hessian(s, l.point());
            double det = h[0] * h[2] - h[1] * h[1];
            if (l.isMinimum()) {
                assertThat(h[0]).as("∂²f/∂x² at %s", l).isPositive();
                assertThat(det).as("det of the Hessian at %s", l).isPositive();
            } else {
                assertThat(det).as("det of the Hessian at %s", l).isNegative();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void globalMinimaComeFirstAndHoldTheMinimum(Surface s) {
        List<Landmark> marks = s.landmarks();
        if (!s.isBoundedBelow()) {
            assertThat(marks).noneMatch(Landmark::isMinimum);
            return;
        }
        assertThat(marks.get(0).kind()).isEqualTo(Landmark.Kind.GLOBAL_MINIMUM);
        for (int i = 1; i < marks.size(); i++) {
            assertThat(marks.get(i).kind()).isGreaterThanOrEqualTo(marks.get(i - 1).kind());
        }
        double fStar = s.minimum().getAsDouble();
        for (Landmark l : marks) {
            if (l.kind() == Landmark.Kind.GLOBAL_MINIMUM) {
                assertThat(l.value()).as("%s", l).isCloseTo(fStar, within(1e-12));
            } else {
                assertThat(l.value()).as("%s", l).isGreaterThan(fStar);
            }
        }
    }

    @Test
    void closedFormLandmarksSitWhereTheFormulasPutThem() {
        assertThat(points(Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)))).containsExactly(Vec2.ZERO);
        assertThat(points(new Rosenbrock(-1.5, 10))).containsExactly(new Vec2(-1.5, 2.25));
        assertThat(points(new Rastrigin())).containsExactly(Vec2.ZERO);
        assertThat(new Beale().landmarks()).containsExactly(
                new Landmark(Landmark.Kind.GLOBAL_MINIMUM, new Vec2(3, 0.5), 0),
                new Landmark(Landmark.Kind.SADDLE, new Vec2(0, 1), 1.5 * 1.5 + 2.25 * 2.25 + 2.625 * 2.625));
        assertThat(new Saddle().landmarks()).containsExactly(new Landmark(Landmark.Kind.SADDLE, Vec2.ZERO, 0));
        assertThat(new MonkeySaddle().landmarks()).containsExactly(new Landmark(Landmark.Kind.SADDLE, Vec2.ZERO, 0));
    }

    @Test
    void theMonkeySaddleGoesDownOneWayAndUpTheOther() {
        // Its Hessian vanishes at the origin; along the x axis f = x³ changes sign through it.
        MonkeySaddle m = new MonkeySaddle();
        for (double second : hessian(m, Vec2.ZERO)) {
            assertThat(second).isCloseTo(0, within(1e-9));
        }
        assertThat(m.value(1e-3, 0)).isPositive();
        assertThat(m.value(-1e-3, 0)).isNegative();
    }

    @Test
    void himmelblauHasFourGlobalMinimaAndFourSaddles() {
        List<Landmark> marks = new Himmelblau().landmarks();
        assertThat(marks).filteredOn(l -> l.kind() == Landmark.Kind.GLOBAL_MINIMUM).extracting(Landmark::point)
                .satisfiesExactlyInAnyOrder(near(3, 2), near(-2.805118, 3.131312), near(-3.779310, -3.283186),
                        near(3.584428, -1.848126));
        assertThat(marks).filteredOn(l -> l.kind() == Landmark.Kind.SADDLE).hasSize(4);
    }

    @Test
    void wellsHaveAMinimumByEachWellTheDeepestGlobalAndFourSaddles() {
        // The count agrees with Morse theory for a bowl: minima − saddles + maxima = 1, with the one maximum near
        // (−0.447, 0.313) that is not a landmark.
        List<Landmark> marks = new Wells().landmarks();
        assertThat(marks).filteredOn(Landmark::isMinimum).extracting(Landmark::point).satisfiesExactly(
                closeTo(1.5, 1.0, 0.1), closeTo(1.3, -1.6, 0.1), closeTo(-1.5, -1.0, 0.1), closeTo(-1.2, 1.6, 0.1));
        assertThat(marks.get(0).kind()).isEqualTo(Landmark.Kind.GLOBAL_MINIMUM);
        assertThat(marks.get(1).kind()).isEqualTo(Landmark.Kind.LOCAL_MINIMUM);
        assertThat(marks).filteredOn(l -> l.kind() == Landmark.Kind.SADDLE).hasSize(4);
    }

    @Test
    void aSteepCliffHasAMinimumAtItsFootOneOnTopAndASaddleOnTheCrest() {
        List<Landmark> marks = new Cliff(4, 50).landmarks();
        assertThat(marks).extracting(Landmark::kind).containsExactly(Landmark.Kind.GLOBAL_MINIMUM,
                Landmark.Kind.LOCAL_MINIMUM, Landmark.Kind.SADDLE);
        assertThat(marks.get(0).point().x()).isLessThan(1);
        assertThat(marks.get(1).point().x()).isCloseTo(2, within(1e-9));
        assertThat(marks.get(2).point().x()).isBetween(1.0, 2.0);
        assertThat(marks).allMatch(l -> l.point().y() == 0);
    }

    @Test
    void aLogisticFitIsNearTheWeightAndBiasThatMadeTheData() {
        Landmark fit = new Logistic(100_000, 1).landmarks().get(0);
        assertThat(fit.point().x()).isCloseTo(2, within(0.05));
        assertThat(fit.point().y()).isCloseTo(-1, within(0.05));
    }

    private static List<Vec2> points(Surface s) {
        return s.landmarks().stream().map(Landmark::point).toList();
    }

    private static Consumer<Vec2> near(double x, double y) {
        return closeTo(x, y, 1e-6);
    }

    private static Consumer<Vec2> closeTo(double x, double y, double tolerance) {
        return p -> assertThat(p.minus(new Vec2(x, y)).norm()).as("%s near (%s, %s)", p, x, y)
                .isLessThan(tolerance);
    }

    /** (∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²) by central differences of the exact gradient. */
    private static double[] hessian(Surface s, Vec2 p) {
        Vec2 gxPlus = s.gradient(p.x() + H, p.y());
        Vec2 gxMinus = s.gradient(p.x() - H, p.y());
        Vec2 gyPlus = s.gradient(p.x(), p.y() + H);
        Vec2 gyMinus = s.gradient(p.x(), p.y() - H);
        return new double[] {(gxPlus.x() - gxMinus.x()) / (2 * H),
                (gxPlus.y() - gxMinus.y() + gyPlus.x() - gyMinus.x()) / (4 * H), (gyPlus.y() - gyMinus.y()) / (2 * H)};
    }
}
