package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceValueTest {

    @Test
    void quadraticHasCurvatureOneAlongTheValleyAndKappaAcrossIt() {
        Quadratic q = (Quadratic) Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0));
        double a = Math.toRadians(30);
        // A unit step along u = (cos φ, sin φ) costs ½; along v = (−sin φ, cos φ) it costs κ/2.
        assertThat(q.value(Math.cos(a), Math.sin(a))).isCloseTo(0.5, within(1e-12));
        assertThat(q.value(-Math.sin(a), Math.cos(a))).isCloseTo(12.5, within(1e-12));
        assertThat(q.value(0, 0)).isZero();
    }

    @Test
    void saddlesAreFlatAtTheOrigin() {
        assertThat(new Saddle().gradient(0, 0).norm()).isZero();
        assertThat(new Saddle().value(1, 2)).isEqualTo(1 - 4);
        assertThat(new MonkeySaddle().value(2, 1)).isEqualTo(8 - 6);
        assertThat(new MonkeySaddle().gradient(0, 0).norm()).isZero();
    }

    @Test
    void knownMinimaHaveValueZero() {
        assertThat(new Himmelblau().value(3, 2)).isZero();
        assertThat(new Himmelblau().value(-2.805118, 3.131312)).isCloseTo(0, within(1e-9));
        assertThat(new Rosenbrock(1, 100).value(1, 1)).isZero();
        assertThat(new Rosenbrock(-1.5, 10).value(-1.5, 2.25)).isZero();
        assertThat(new Beale().value(3, 0.5)).isZero();
        assertThat(new Rastrigin().value(0, 0)).isZero();
        assertThat(new Rastrigin().gradient(0, 0).norm()).isZero();
    }

    @Test
    void wellsHaveFourLocalMinimaNearTheirCentres() {
        Wells w = new Wells();
        double[][] centres = {{1.5, 1.0}, {-1.5, -1.0}, {-1.2, 1.6}, {1.3, -1.6}};
        for (double[] c : centres) {
            // Plain gradient descent from the centre settles in a minimum close to it.
            double x = c[0];
            double y = c[1];
            for (int i = 0; i < 5000; i++) {
                Vec2 g = w.gradient(x, y);
                x -= 0.05 * g.x();
                y -= 0.05 * g.y();
            }
            assertThat(w.gradient(x, y).norm()).isLessThan(1e-9);
            assertThat(Math.hypot(x - c[0], y - c[1])).isLessThan(0.3);
            assertThat(w.value(x, y)).isLessThan(-0.5);
        }
    }

    @Test
    void cliffRisesByItsHeightAcrossANarrowFace() {
        Cliff c = new Cliff(4, 50);
        assertThat(c.value(0, 0)).isCloseTo(0.1 * 4, within(1e-12));
        assertThat(c.value(2, 0)).isCloseTo(4, within(1e-12));
        assertThat(c.value(1, 0)).isCloseTo(0.1 + 2, within(1e-15));
        // On the edge the slope is h·s/4 = 50, against 0.2 on the slope before it.
        assertThat(c.gradient(1, 0).x()).isCloseTo(-0.2 + 50, within(1e-12));
        assertThat(c.gradient(-1e6, 0).isFinite()).isTrue();
    }

    @Test
    void logisticLossIsLogTwoAtTheOriginWhateverTheLabels() {
        Logistic l = new Logistic(200, 1);
        assertThat(l.value(0, 0)).isCloseTo(Math.log(2), within(1e-14));
        // There σ(0) = ½, so the gradient is the mean of (½ − yᵢ)(tᵢ, 1).
        double gx = 0;
        double gy = 0;
        for (int i = 0; i < 200; i++) {
            gx += (0.5 - l.label(i)) * l.input(i);
            gy += 0.5 - l.label(i);
        }
        assertThat(l.gradient(0, 0).x()).isCloseTo(gx / 200, within(1e-15));
        assertThat(l.gradient(0, 0).y()).isCloseTo(gy / 200, within(1e-15));
    }

    @Test
    void logisticDataDependsOnlyOnTheSeed() {
        assertThat(new Logistic(100, 7).value(1, 1)).isEqualTo(new Logistic(100, 7).value(1, 1));
        assertThat(new Logistic(100, 7).value(1, 1)).isNotEqualTo(new Logistic(100, 8).value(1, 1));
        Logistic l = new Logistic(100, 7);
        long ones = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(l.label(i)).isIn(0.0, 1.0);
            ones += (long) l.label(i);
        }
        assertThat(ones).isBetween(10L, 90L);
    }

    @Test
    void miniBatchOfEveryExampleIsTheFullGradient() {
        Logistic l = new Logistic(30, 2);
        int[] all = new int[30];
        for (int i = 0; i < 30; i++) {
            all[i] = i;
        }
        Vec2 full = l.gradient(0.7, -0.3);
        Vec2 batch = l.gradient(0.7, -0.3, all, 30);
        assertThat(batch.x()).isCloseTo(full.x(), within(1e-15));
        assertThat(batch.y()).isCloseTo(full.y(), within(1e-15));
    }

    @Test
    void logisticStaysFiniteFarFromTheData() {
        Logistic l = new Logistic(200, 1);
        assertThat(l.value(1e6, -1e6)).isFinite();
        assertThat(l.gradient(1e6, -1e6).isFinite()).isTrue();
    }

    @Test
    void parametersOutOfRangeOrUnknownAreRefusedByName() {
        assertThatThrownBy(() -> Quadratic.TYPE.create(Map.of("kappa", 0.5)))
                .hasMessageContaining("kappa").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> Quadratic.TYPE.create(Map.of("kapa", 5.0)))
                .hasMessageContaining("kapa").hasMessageContaining("kappa, angle");
        assertThatThrownBy(() -> Saddle.TYPE.create(Map.of("a", 1.0))).hasMessageContaining("no parameters");
        assertThatThrownBy(() -> Surfaces.byName("banana")).hasMessageContaining("rosenbrock");
    }

    @Test
    void everyNameInTheCatalogueIsUniqueAndBuildsItsSurface() {
        for (SurfaceType t : Surfaces.ALL) {
            assertThat(t.create().name()).isEqualTo(t.name());
        }
        assertThat(Surfaces.ALL.stream().map(SurfaceType::name).distinct().count()).isEqualTo(Surfaces.ALL.size());
    }
}
