package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.math.Vec2;
import descent.optim.Sgd;
import descent.surface.Himmelblau;
import descent.surface.Landmark;
import descent.surface.Surface;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwarmTest {

    @Test
    void startsFromAGaussianHaveItsSpreadAndTheSameSeedGivesTheSameStarts() {
        List<Vec2> a = StartSpread.gaussian(200, 0.5).draw(7, 3);
        assertThat(a).hasSize(200).isEqualTo(StartSpread.gaussian(200, 0.5).draw(7, 3))
                .isNotEqualTo(StartSpread.gaussian(200, 0.5).draw(8, 3));
        double sumSquares = a.stream().mapToDouble(p -> p.x() * p.x() + p.y() * p.y()).sum();
        // E[x² + y²] = 2σ² = 0.5; 400 draws put the estimate within 20% of it.
        assertThat(sumSquares / 200).isBetween(0.4, 0.6);
    }

    @Test
    void xavierStartsStayWithinItsBound() {
        StartSpread x = StartSpread.xavier(200, 2, 4);
        assertThat(x.xavierBound()).isEqualTo(1.0);
        assertThat(x.draw(1, 1)).allMatch(p -> Math.abs(p.x()) <= 1 && Math.abs(p.y()) <= 1)
                .anyMatch(p -> Math.abs(p.x()) > 0.9);
    }

    @Test
    void aRacerWithManyStartsRunsFromEachAndHimmelblausFourMinimaAllGetSome() {
        Surface h = Himmelblau.TYPE.create();
        Racer swarm = Racer.of(Sgd.RULE, 0).with(descent.optim.Hyperparameter.LEARNING_RATE, 0.005)
                .withStarts(StartSpread.gaussian(100, 3));
        Simulation sim = Simulation.of(h).withRacers(List.of(swarm)).withSteps(500);
        Trajectory t = sim.run().get(0);
        List<Trajectory> paths = t.swarm();
        assertThat(paths).hasSize(100);
        List<Vec2> starts = swarm.starts().draw(sim.seed(), (1 << 20) + swarm.slot());
        for (int i = 0; i < 100; i++) {
            assertThat(paths.get(i).point(0)).isEqualTo(starts.get(i));
        }
        List<Landmark> minima = Arrivals.minima(h);
        assertThat(minima).hasSize(4);
        double[] shares = Arrivals.shares(minima, paths, h.defaults().view());
        for (int i = 0; i < 4; i++) {
            assertThat(shares[i]).as("share at %s", minima.get(i).point()).isGreaterThan(0.05);
        }
        assertThat(java.util.Arrays.stream(shares).sum()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(sim.cost()).isEqualTo(101L * 500);
    }

    @Test
    void aSpreadOutOfBoundsIsRefused() {
        assertThatThrownBy(() -> StartSpread.gaussian(201, 1)).hasMessageContaining("starts must be 1 to 200");
        assertThatThrownBy(() -> StartSpread.gaussian(10, 0)).hasMessageContaining("sigma");
        assertThatThrownBy(() -> StartSpread.xavier(10, 0, 1)).hasMessageContaining("fan_in");
    }
}
