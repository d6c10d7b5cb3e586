package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SurfaceGradientTest {

    private static final double H = 1e-6;

    static Stream<Surface> surfaces() {
        Stream<Surface> defaults = Surfaces.ALL.stream().map(SurfaceType::create);
        Stream<Surface> others = Stream.of(
                Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)),
                Quadratic.TYPE.create(Map.of("kappa", 1.0, "angle", -135.0)),
                Rosenbrock.TYPE.create(Map.of("a", -1.5, "b", 10.0)),
                Cliff.TYPE.create(Map.of("height", 10.0, "steepness", 5.0)),
                Logistic.TYPE.create(Map.of("n", 50.0, "seed", 3.0)));
        return Stream.concat(defaults, others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void gradientMatchesCentralDifferencesAtManyPoints(Surface s) {
        Random random = new Random(s.name().hashCode());
        ViewBox v = s.defaults().view();
        for (int i = 0; i < 500; i++) {
            double x = v.xMin() + random.nextDouble() * v.width();
            double y = v.yMin() + random.nextDouble() * v.height();
            Vec2 g = s.gradient(x, y);
            double fx = (s.value(x + H, y) - s.value(x - H, y)) / (2 * H);
            double fy = (s.value(x, y + H) - s.value(x, y - H)) / (2 * H);
            // Truncation error of central differences is O(h²); rounding error is about ε·|f|/h.
            double tolerance = 1e-6 * Math.max(1, g.norm()) + 1e-15 * (Math.abs(s.value(x, y)) + 1) / H * 10;
            assertThat(Math.abs(g.x() - fx)).as("∂f/∂x at (%s, %s)", x, y).isLessThan(tolerance);
            assertThat(Math.abs(g.y() - fy)).as("∂f/∂y at (%s, %s)", x, y).isLessThan(tolerance);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void evaluateGivesTheValueAndTheGradientBitForBit(Surface s) {
        // A trajectory records evaluate's loss; the reference agreement rests on it being value's to the last bit.
        Random random = new Random(~s.name().hashCode());
        ViewBox v = s.defaults().view();
        for (int i = 0; i < 500; i++) {
            double x = v.xMin() + (3 * random.nextDouble() - 1) * v.width();
            double y = v.yMin() + (3 * random.nextDouble() - 1) * v.height();
            Evaluation e = s.evaluate(x, y);
            assertThat(Double.doubleToRawLongBits(e.value())).as("f at (%s, %s)", x, y)
                    .isEqualTo(Double.doubleToRawLongBits(s.value(x, y)));
            assertThat(e.gradient()).as("∇f at (%s, %s)", x, y).isEqualTo(s.gradient(x, y));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void defaultStartLiesInTheDefaultView(Surface s) {
        Vec2 start = s.defaults().start();
        assertThat(s.defaults().view().contains(start.x(), start.y())).isTrue();
        assertThat(s.defaults().learningRate()).isPositive();
        assertThat(s.value(start)).isFinite();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void formulasAreGivenAsTextAndLatex(Surface s) {
        assertThat(s.formula().text()).isNotBlank();
        assertThat(s.formula().latex()).isNotBlank();
    }

    static List<SurfaceType> types() {
        return Surfaces.ALL;
    }
}
