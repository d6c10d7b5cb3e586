package descent.sim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the surface, start and hyperparameters in range: no exception, and every point finite. Its hyperparameters
 * serve the other property tests too.
 */
public class SimulationPropertiesTest {

    @Property(tries = 300)
    void everyTrajectoryIsFiniteAndEndsWhereItsOutcomeSays(@ForAll("surfaces") SurfaceType type,
            @ForAll @DoubleRange(min = 0, max = 1) double fx, @ForAll @DoubleRange(min = 0, max = 1) double fy,
            @ForAll("hyperparameters") Hyperparameters h, @ForAll @DoubleRange(min = 0, max = 5) double noise,
            @ForAll @IntRange(min = 0, max = 250) int batch, @ForAll @DoubleRange(min = 0, max = 10) double clip,
            @ForAll long seed) {
        Surface surface = type.create();
        ViewBox v = surface.defaults().view();
        Vec2 start = new Vec2(v.xMin() + fx * v.width(), v.yMin() + fy * v.height());
        Simulation sim = Simulation.of(surface).withStart(start).withSteps(300).withHyperparameters(h)
                .withNoise(noise).withBatchSize(batch).withClipNorm(clip).withSeed(seed);
        for (Trajectory t : sim.run()) {
            for (int k = 0; k < t.size(); k++) {
                assertThat(Double.isFinite(t.x(k)) && Double.isFinite(t.y(k)) && Double.isFinite(t.loss(k)))
                        .as("%s at step %d", t, k).isTrue();
            }
            Outcome o = t.outcome();
            switch (o.status()) {
                case RUNNING -> throw new AssertionError("a whole trajectory is never running: " + t);
                case MOVING -> assertThat(t.size()).isEqualTo(301);
                case CONVERGED -> assertThat(t.lastStep()).isEqualTo(o.step());
                // The point of the step that ended it is kept, unless θ or the loss there overflowed.
                case DIVERGED, ESCAPED -> assertThat(t.lastStep()).isBetween((int) o.step() - 1, (int) o.step());
                case NO_START -> assertThat(t.isEmpty()).isTrue();
            }
            if (o.isEscaped()) {
                // Only where there is no floor, downhill of the start, and out of the view at its last point.
                assertThat(surface.isBoundedBelow()).as("%s", t).isFalse();
                if (t.lastStep() == o.step()) {
                    assertThat(t.loss(t.lastStep())).isLessThan(t.loss(0));
                    assertThat(v.contains(t.x(t.lastStep()), t.y(t.lastStep()))).as("%s", t).isFalse();
                }
            }
            assertThat(t.stepsTaken(Long.MAX_VALUE)).isEqualTo(o.step());
        }
    }

    @Provide
    Arbitrary<SurfaceType> surfaces() {
        return Arbitraries.of(Surfaces.ALL);
    }

    @Provide
    public Arbitrary<Hyperparameters> hyperparameters() {
        Arbitrary<Double> eps = Arbitraries.doubles().between(-5, 1).ofScale(3).map(e -> Math.pow(10, e));
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 0.9999).ofScale(4);
        Arbitrary<Double> delta = Arbitraries.doubles().between(-12, 0).ofScale(3).map(e -> Math.pow(10, e));
        Arbitrary<Integer> tau = Arbitraries.integers().between(1, 1000);
        return Combinators.combine(eps, unit, unit, delta, unit, unit, tau, eps).as(
                (e, a, r, d, r1, r2, t, et) -> Hyperparameters.defaults()
                        .with(Hyperparameter.LEARNING_RATE, e).with(Hyperparameter.MOMENTUM, a)
                        .with(Hyperparameter.DECAY_RATE, r).with(Hyperparameter.DELTA, d)
                        .with(Hyperparameter.FIRST_MOMENT_DECAY, r1).with(Hyperparameter.SECOND_MOMENT_DECAY, r2)
                        .with(Hyperparameter.DECAY_STEPS, t).with(Hyperparameter.FINAL_LEARNING_RATE, et));
    }
}
