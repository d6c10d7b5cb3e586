package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Vec2;
import descent.optim.Hyperparameters;
import descent.optim.StepExplanation;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.SimulationPropertiesTest;
import descent.sim.Trajectory;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Whatever the race and the step, the inspector's picture never throws and never paints a non-finite number. */
class InspectorPainterPropertiesTest {

    @Property(tries = 80)
    void theInspectorNeverPaintsNaN(@ForAll("surfaces") SurfaceType type,
            @ForAll @DoubleRange(min = 0, max = 1) double fx, @ForAll @DoubleRange(min = 0, max = 1) double fy,
            @ForAll("hyperparameters") Hyperparameters h, @ForAll @DoubleRange(min = 0, max = 5) double noise,
            @ForAll @IntRange(min = 1, max = 80) int step, @ForAll @IntRange(min = 200, max = 1600) int width) {
        Surface surface = type.create();
        ViewBox v = surface.defaults().view();
        Vec2 start = new Vec2(v.xMin() + fx * v.width(), v.yMin() + fy * v.height());
        Simulation sim = Simulation.of(surface).withStart(start).withSteps(80).withHyperparameters(h)
                .withNoise(noise);
        List<Trajectory> paths = sim.run();
        List<Track> tracks = Tracks.of(sim, paths);
        FrameLayout l = FrameLayout.compute(width, 0.7 * width, v, FramePainter.legendLabels(tracks));
        Frame f = new Frame(surface.name(), null, l, tracks, step, 80, start, Theme.LIGHT);
        for (int i = 0; i < tracks.size(); i++) {
            Racer r = paths.get(i).racer();
            int k = paths.get(i).isEmpty() ? 0 : paths.get(i).clampStep(step);
            for (StepExplanation e : sim.explain(r, 1, k).stream().flatMap(java.util.Optional::stream).toList()) {
                FramePainterTest.Recorder d = new FramePainterTest.Recorder();
                InspectorPainter.paint(d, f, r.slot(), e);
                InspectorPainter.paintCaption(d, f, tracks.get(i), e);
                InspectorPainter.bounds(d, f, r.slot(), e);
                assertThat(d.nonFinite).as("%s step %d", r.rule().id(), e.step()).isZero();
            }
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
