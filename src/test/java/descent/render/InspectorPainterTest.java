package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.StepExplanation;
import descent.optim.StepExplanation.Arrow;
import descent.optim.StepExplanation.Role;
import descent.render.InspectorLayout.Drawn;
import descent.render.InspectorLayout.Picture;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step inspector's picture: to scale where the step is large, magnified by a round factor where it is small. */
class InspectorPainterTest {

    private static final int W = 900;
    private static final int H = 700;

    private static Scenario quadratic(double eps, Rule... rules) {
        return Scenario.defaults("quadratic").with(sim -> sim.withRacers(Simulation.racersOf(List.of(rules)))
                .withHyperparameters(sim.hyperparameters().with(Hyperparameter.LEARNING_RATE, eps)).withSteps(60));
    }

    private static Frame frame(Scenario s, long step, Theme theme) {
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        FrameLayout l = FrameLayout.compute(W, H, s.view(), FramePainter.legendLabels(tracks));
        return new Frame(s.surfaceName(), null, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                theme);
    }

    private static StepExplanation explain(Scenario s, int k) {
        Racer r = s.simulation().racers().get(0);
        return s.simulation().explain(r, k).orElseThrow();
    }

    private static Drawn drawn(Picture p, Role role) {
        return p.arrows().stream().filter(a -> a.arrow().role() == role).findFirst().orElseThrow();
    }

    @Test
    void aLargeStepIsDrawnOnThePlotFromThetaBeforeToThetaAfter() {
        // SGD at ε = 0.18 on κ = 10 zig-zags across the valley: step 3 spans about a third of the plot.
        Scenario s = quadratic(0.18, Rules.byId("sgd"));
        Frame f = frame(s, 3, Theme.LIGHT);
        StepExplanation e = explain(s, 3);
        Picture p = InspectorLayout.of(new FramePainterTest.Recorder(), f, 0, e);
        assertThat(p.magnified()).isFalse();
        Drawn update = drawn(p, Role.UPDATE);
        FrameLayout l = f.layout();
        assertThat(update.x0()).isCloseTo(l.toPixelX(e.before().x()), within(1e-9));
        assertThat(update.y0()).isCloseTo(l.toPixelY(e.before().y()), within(1e-9));
        assertThat(update.x1()).isCloseTo(l.toPixelX(e.after().x()), within(1e-9));
        assertThat(update.y1()).isCloseTo(l.toPixelY(e.after().y()), within(1e-9));
        assertThat(update.label()).isEqualTo("−εg");
        assertThat(p.labels()).extracting(InspectorLayout.Label::text).contains("−εg", "θ₂", "θ₃");
    }

    @Test
    void aSmallStepIsMagnifiedByARoundFactorAndKeepsItsProportions() {
        // AdaGrad's fifth step at ε = 0.05 is about 0.03 long: 3 pixels on a plot 6 units wide.
        Scenario s = quadratic(0.05, Rules.byId("adagrad"));
        Frame f = frame(s, 5, Theme.LIGHT);
        StepExplanation e = explain(s, 5);
        Picture p = InspectorLayout.of(new FramePainterTest.Recorder(), f, 4, e);
        assertThat(p.magnified()).isTrue();
        assertThat(p.magnification()).isIn(10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0, 80.0);
        FrameLayout l = f.layout();
        double plotLength = Math.abs(l.toPixelX(e.after().x()) - l.toPixelX(e.before().x()));
        Drawn update = drawn(p, Role.UPDATE);
        assertThat(Math.abs(update.x1() - update.x0())).isCloseTo(p.magnification() * plotLength, within(1e-6));
        // Its parts along the axes are each coordinate's share of the update, labelled with its rate.
        List<Drawn> parts = p.arrows().stream().filter(a -> a.arrow().role() == Role.COORDINATE).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).x1() - parts.get(0).x0()).isCloseTo(update.x1() - update.x0(), within(1e-6));
        assertThat(parts.get(1).y1() - parts.get(1).y0()).isCloseTo(update.y1() - update.y0(), within(1e-6));
        assertThat(parts.get(0).label()).startsWith("x: ε/(δ+√r) = ");
        // The detail box lies inside the plot and clear of the region it magnifies.
        double[] box = p.lens().rect();
        assertThat(FramePainter.intersect(box, l.plotRect())).containsExactly(box);
        assertThat(LabelPlacer.overlap(box, p.region())).isFalse();
    }

    @Test
    void anArrowTooShortIsDrawnAtTheMinimumLengthAndItsLabelSaysTheTrueLength() {
        FrameLayout l = FrameLayout.compute(W, H, new descent.surface.ViewBox(-3, 3, -2, 2), List.of("x"));
        InspectorLayout.Lens lens = InspectorLayout.Lens.of(l);
        Arrow tiny = new Arrow("the update", "−εg", new Vec2(0, 0), new Vec2(1e-4, 0), Role.UPDATE);
        Drawn d = InspectorLayout.place(lens, l.plotRect(), tiny, l.scale());
        assertThat(d.x1() - d.x0()).isCloseTo(InspectorLayout.MIN_ARROW * l.scale(), within(1e-9));
        assertThat(d.label()).isEqualTo("−εg (length 10⁻⁴)");
        assertThat(d.toScale()).isFalse();
    }

    @Test
    void anArrowThatLeavesThePlotIsCutAtItsEdgeAndSaysSo() {
        FrameLayout l = FrameLayout.compute(W, H, new descent.surface.ViewBox(-3, 3, -2, 2), List.of("x"));
        Arrow huge = new Arrow("the update", "v₃", new Vec2(0, 0), new Vec2(1e6, 0), Role.UPDATE);
        Drawn d = InspectorLayout.place(InspectorLayout.Lens.of(l), l.plotRect(), huge, l.scale());
        assertThat(d.x1()).isCloseTo(l.plotX() + l.plotWidth(), within(1e-6));
        assertThat(d.label()).isEqualTo("v₃ (length 10⁶, runs off)");
        Arrow none = new Arrow("the update", "v₁", new Vec2(0, 0), Vec2.ZERO, Role.TERM);
        assertThat(InspectorLayout.place(InspectorLayout.Lens.of(l), l.plotRect(), none, l.scale())).isNull();
    }

    @Test
    void factorsAndScaleBarsAreRound() {
        assertThat(InspectorLayout.roundDown(4.4)).isEqualTo(4);
        assertThat(InspectorLayout.roundDown(7)).isEqualTo(6);
        assertThat(InspectorLayout.roundDown(0.0123)).isCloseTo(0.01, within(1e-15));
        assertThat(InspectorLayout.roundDown(270)).isCloseTo(250, within(1e-9));
    }

    /** Every rule, early and late, on both themes: labels drawn, nothing non-finite, all within the plot. */
    @Test
    void everyRulesStepPaintsItsSymbolsAndNothingNonFinite() {
        for (Rule rule : Rules.ALL) {
            Scenario s = quadratic(0.05, rule);
            int last = s.simulation().trajectory(s.simulation().racers().get(0)).lastStep();
            for (int k : new int[] {1, 5, last}) {
                for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
                    Frame f = frame(s, k, theme);
                    StepExplanation e = explain(s, k);
                    FramePainterTest.Recorder r = new FramePainterTest.Recorder();
                    InspectorPainter.paint(r, f, 0, e);
                    InspectorPainter.paintCaption(r, f, f.tracks().get(0), e);
                    assertThat(r.nonFinite).as(rule.id() + " step " + k).isZero();
                    assertThat(String.join(" ", r.texts)).as(rule.id()).contains(e.arrows().get(0).symbol());
                    double[] b = InspectorPainter.bounds(r, f, 0, e);
                    assertThat(FramePainter.intersect(b, f.layout().plotRect())).containsExactly(b);
                }
            }
        }
    }
}
