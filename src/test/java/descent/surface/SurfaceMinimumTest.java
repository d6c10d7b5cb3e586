package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SurfaceMinimumTest {

    /** Every surface bounded below, with a box that holds its global minimum, at defaults and other parameters. */
    static Stream<Arguments> boundedSurfaces() {
        ViewBox wide = new ViewBox(-3, 3, -3, 3);
        return Stream.of(
                Arguments.of(Quadratic.TYPE.create(), wide),
                Arguments.of(Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)), wide),
                Arguments.of(Rosenbrock.TYPE.create(), new ViewBox(-2, 2, -1, 3)),
                Arguments.of(Rosenbrock.TYPE.create(Map.of("a", -1.5, "b", 10.0)), new ViewBox(-2, 2, -1, 3)),
                Arguments.of(Himmelblau.TYPE.create(), new ViewBox(-5, 5, -5, 5)),
                Arguments.of(Beale.TYPE.create(), new ViewBox(-4.5, 4.5, -4.5, 4.5)),
                Arguments.of(Rastrigin.TYPE.create(), new ViewBox(-5.12, 5.12, -5.12, 5.12)),
                Arguments.of(Wells.TYPE.create(), wide),
                Arguments.of(Cliff.TYPE.create(), wide),
                Arguments.of(Cliff.TYPE.create(Map.of("height", 10.0, "steepness", 5.0)), wide),
                // A wall lower than the bowl's 0.1 at its foot: the global minimum is on top, near x = 2.
                Arguments.of(Cliff.TYPE.create(Map.of("height", 0.05, "steepness", 50.0)), wide),
                Arguments.of(Cliff.TYPE.create(Map.of("height", 100.0, "steepness", 1000.0)), wide),
                Arguments.of(Logistic.TYPE.create(), new ViewBox(-2, 6, -4.5, 2.5)),
                Arguments.of(Logistic.TYPE.create(Map.of("n", 50.0, "seed", 3.0)), new ViewBox(-2, 6, -4.5, 2.5)),
                Arguments.of(Logistic.TYPE.create(Map.of("n", 1000.0, "seed", 7.0)), new ViewBox(-2, 6, -4.5, 2.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedSurfaces")
    void minimumIsTheLowestLossThatAGridAndNelderMeadFind(Surface s, ViewBox box) {
        double searched = NelderMead.lowest(s, box, 121);
        assertThat(s.isBoundedBelow()).isTrue();
        assertThat(s.minimum()).isPresent();
        assertThat(s.minimum().getAsDouble()).isCloseTo(searched, within(1e-10));
    }

    @Test
    void closedFormMinimaAreZero() {
        List<Surface> zero = List.of(Quadratic.TYPE.create(), Quadratic.TYPE.create(Map.of("kappa", 10_000.0)),
                Rosenbrock.TYPE.create(), Rosenbrock.TYPE.create(Map.of("a", -2.0, "b", 0.0)), new Himmelblau(),
                new Beale(), new Rastrigin());
        for (Surface s : zero) {
            assertThat(s.minimum().getAsDouble()).as(s.name()).isZero();
        }
    }

    @Test
    void wellsMinimumIsTheDeepestWellsToTwelveDigits() {
        // From mpmath's findroot on the exact gradient in 40-digit arithmetic: f = −1.8425840033392739224 at
        // (1.4532953058414099025, 0.9689218906345408453), the minimum beside the deepest well (a = 2 at (1.5, 1)).
        assertThat(new Wells().minimum().getAsDouble()).isCloseTo(-1.8425840033392739224, within(1e-12));
    }

    @Test
    void cliffsLowestPointIsAtTheFootOfTheWall() {
        Cliff c = new Cliff(4, 50);
        Landmark lowest = c.landmarks().get(0);
        // The foot is where the wall's slope, about h·s·e^z = 200e^z with z = 50(x − 1), meets the bowl's
        // 0.2(2 − x) ≈ 0.227: z ≈ ln(0.227/200) ≈ −6.78, so x ≈ 1 − 6.78/50 ≈ 0.864, and there
        // f ≈ 0.1·1.136² + 4σ(−6.78) ≈ 0.1291 + 0.0045.
        assertThat(lowest.point().x()).isCloseTo(0.864, within(1e-3));
        assertThat(lowest.point().y()).isZero();
        assertThat(lowest.value()).isCloseTo(0.1336, within(1e-3));
        assertThat(c.minimum().getAsDouble()).isEqualTo(lowest.value());
    }

    @Test
    void logisticOnSeparableDataApproachesZeroWithoutAMinimum() {
        // Two examples can always be split by a threshold between their inputs: the fit steepens for ever.
        Logistic l = new Logistic(2, 5);
        assertThat(l.minimum().getAsDouble()).isZero();
        assertThat(l.landmarks()).isEmpty();
        double t0 = l.input(0);
        double t1 = l.input(1);
        double threshold = (t0 + t1) / 2;
        double sign = l.label(0) == l.label(1) ? 0 : (l.label(0) == 1) == (t0 > t1) ? 1 : -1;
        double bias = sign == 0 ? (l.label(0) == 1 ? 1 : -1) : -sign * threshold;
        double k = 1e3 / Math.max(1e-3, Math.abs(t0 - t1));
        assertThat(l.value(k * sign, k * bias)).isLessThan(1e-8);
    }

    @Test
    void saddlesAreUnboundedBelow() {
        for (Surface s : List.of(new Saddle(), new MonkeySaddle())) {
            assertThat(s.minimum()).as(s.name()).isEmpty();
            assertThat(s.isBoundedBelow()).as(s.name()).isFalse();
        }
        assertThat(new Saddle().value(0, 1e6)).isEqualTo(-1e12);
        assertThat(new MonkeySaddle().value(-1e6, 0)).isEqualTo(-1e18);
    }

    @Test
    void everyCatalogueSurfaceSaysWhetherItIsBoundedBelow() {
        for (SurfaceType t : Surfaces.ALL) {
            Surface s = t.create();
            boolean saddle = t.name().equals("saddle") || t.name().equals("monkey-saddle");
            assertThat(s.isBoundedBelow()).as(t.name()).isEqualTo(!saddle);
        }
    }
}
