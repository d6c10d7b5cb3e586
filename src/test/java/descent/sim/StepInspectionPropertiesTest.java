package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameters;
import descent.optim.StepExplanation;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the race, the step inspector replays the very steps the trajectories took: for every lecture rule and
 * every step its path kept, the explanation starts at point k − 1 and ends at point k, bit for bit.
 */
class StepInspectionPropertiesTest {

    private static final int STEPS = 40;

    @Property(tries = 60)
    void everyExplanationEndsAtTheTrajectorysPoint(@ForAll("surfaces") SurfaceType type,
            @ForAll @DoubleRange(min = 0, max = 1) double fx, @ForAll @DoubleRange(min = 0, max = 1) double fy,
            @ForAll("hyperparameters") Hyperparameters h, @ForAll @DoubleRange(min = 0, max = 5) double noise,
            @ForAll @IntRange(min = 0, max = 250) int batch, @ForAll @DoubleRange(min = 0, max = 10) double clip,
            @ForAll long seed) {
        Surface surface = type.create();
        ViewBox v = surface.defaults().view();
        Vec2 start = new Vec2(v.xMin() + fx * v.width(), v.yMin() + fy * v.height());
        Simulation sim = Simulation.of(surface).withStart(start).withSteps(STEPS).withHyperparameters(h)
                .withNoise(noise).withBatchSize(batch).withClipNorm(clip).withSeed(seed);
        int[] all = new int[STEPS + 2];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        for (Racer r : sim.racers()) {
            Trajectory t = sim.trajectory(r);
            var explanations = sim.explain(r, all);
            for (int k = 0; k < all.length; k++) {
                boolean kept = k >= 1 && k <= t.lastStep();
                assertThat(explanations.get(k)).as("%s step %d", r.rule().id(), k).matches(e -> e.isPresent() == kept);
                if (kept) {
                    StepExplanation e = explanations.get(k).get();
                    assertThat(e.after()).as("%s step %d", r.rule().id(), k).isEqualTo(t.point(k));
                    assertThat(e.before()).as("%s step %d", r.rule().id(), k).isEqualTo(t.point(k - 1));
                }
            }
            assertThat(sim.effectiveRates(r)).hasSize(Math.max(0, t.lastStep()));
        }
    }

    @Provide
    Arbitrary<SurfaceType> surfaces() {
        return Arbitraries.of(Surfaces.ALL);
    }

    @Provide
    Arbitrary<Hyperparameters> hyperparameters() {
        return new SimulationPropertiesTest().hyperparameters();
    }
}
