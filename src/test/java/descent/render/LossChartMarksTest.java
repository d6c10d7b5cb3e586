package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.lesson.Lessons;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.scenario.Scenario;
import descent.sim.Trajectory;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the loss chart marks: where paths diverged or escaped, a swarm's spread, and its axis's labels. */
class LossChartMarksTest {

    private static final double W = 600;
    private static final double H = 300;
    private static final double FONT = 14;

    /** The chart's plot area as {@link LossChartPainter#paint} lays it out for a W × H chart. */
    private static final double X0 = 4.2 * FONT;
    private static final double Y0 = 1.6 * FONT;
    private static final double PW = W - X0 - 0.8 * FONT;
    private static final double PH = H - Y0 - 2.6 * FONT;

    /** The texts drawn, and the fill colour of each polygon filled. */
    private static final class Recording {
        final List<String> texts = new ArrayList<>();
        final List<Integer> polygonFills = new ArrayList<>();
    }

    private static Recording paint(List<Track> tracks, LossAxis axis, long step, long total) {
        Java2DDrawing real = new Java2DDrawing(new BufferedImage((int) W, (int) H, BufferedImage.TYPE_INT_ARGB)
                .createGraphics());
        Recording r = new Recording();
        int[] fill = {0};
        Drawing d = (Drawing) Proxy.newProxyInstance(Drawing.class.getClassLoader(), new Class<?>[] {Drawing.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "fillText" -> r.texts.add((String) args[0]);
                        case "setFill" -> fill[0] = (int) args[0];
                        case "fillPolygon" -> r.polygonFills.add(fill[0]);
                        default -> { }
                    }
                    return method.invoke(real, args);
                });
        LossChartPainter.paint(d, tracks, axis, step, total, W, H, Theme.LIGHT, FONT);
        return r;
    }

    @Test
    void pathsThatDivergedEndInACrossOnTheTopEdgeAtTheStepThatThrewThemOffWithThatStep() {
        // At ε = 0.05 SGD diverges at 13 and Nesterov at 5 on the rotated valley (see RunCommandTest), far above the
        // axis.
        Scenario s = Scenario.defaults("quadratic").withParameters(Map.of("kappa", 50.0, "angle", 30.0))
                .with(sim -> sim.withHyperparameters(Hyperparameters.defaults()
                        .with(Hyperparameter.LEARNING_RATE, 0.05)));
        List<Trajectory> paths = s.simulation().run();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        LossAxis axis = LossAxis.of(s.surface(), s.view(), paths);
        List<LossChartPainter.End> ends = LossChartPainter.ends(tracks, axis, 200, 200, X0, Y0, PW, PH, FONT);
        assertThat(ends).extracting(LossChartPainter.End::step).containsExactly(13L, 5L);
        double r = 0.38 * FONT;
        for (LossChartPainter.End e : ends) {
            assertThat(e.offScale()).isTrue();
            // Wholly inside the chart, on its top edge, at its step.
            assertThat(e.y()).isCloseTo(Y0 + r, within(1e-9));
            assertThat(e.x()).isCloseTo(X0 + e.step() / 200.0 * PW, within(1e-9));
        }
        assertThat(paint(tracks, axis, 200, 200).texts).contains("13", "5");
        // Before step 5 nothing has ended; at 5 only Nesterov has.
        assertThat(LossChartPainter.ends(tracks, axis, 4, 200, X0, Y0, PW, PH, FONT)).isEmpty();
        assertThat(LossChartPainter.ends(tracks, axis, 5, 200, X0, Y0, PW, PH, FONT))
                .extracting(LossChartPainter.End::step).containsExactly(5L);
    }

    @Test
    void crossesThatTouchShareOneLabelWithTheirStepsInOrder() {
        double r = 5;
        // Two at the same place and step, one 6 px right of them (touching: within 2r), one 9 px right of that
        // (touching it, not the first two), and one far off.
        List<LossChartPainter.End> ends = List.of(new LossChartPainter.End(0, 100, 30, 8, true),
                new LossChartPainter.End(1, 100, 30, 8, true), new LossChartPainter.End(2, 106, 30, 4, true),
                new LossChartPainter.End(3, 300, 30, 20, true), new LossChartPainter.End(4, 115, 38, 9, false));
        List<List<LossChartPainter.End>> crowds = LossChartPainter.crowds(ends, r);
        assertThat(crowds).extracting(LossChartPainter::label).containsExactlyInAnyOrder("4, 8, 9", "20");
        // Apart by more than 2r in either direction, crosses keep their own labels.
        assertThat(LossChartPainter.crowds(List.of(new LossChartPainter.End(0, 100, 30, 8, true),
                new LossChartPainter.End(1, 111, 30, 12, true), new LossChartPainter.End(2, 100, 41, 9, false)), r))
                .extracting(LossChartPainter::label).containsExactlyInAnyOrder("8", "12", "9");
        // On the κ = 10 valley at ε = 0.3, SGD and SGD with a decaying ε both diverge at 8, on the same spot of the top
        // edge: one label says 8, not two.
        Scenario s = Scenario.defaults("quadratic").withParameters(Map.of("kappa", 10.0, "angle", 30.0))
                .with(sim -> sim.withHyperparameters(Hyperparameters.defaults()
                        .with(Hyperparameter.LEARNING_RATE, 0.3)));
        List<Trajectory> paths = s.simulation().run();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        LossAxis axis = LossAxis.of(s.surface(), s.view(), paths);
        assertThat(LossChartPainter.ends(tracks, axis, 200, 200, X0, Y0, PW, PH, FONT))
                .extracting(LossChartPainter.End::step).containsExactly(8L, 8L, 4L);
        List<String> steps = paint(tracks, axis, 200, 200).texts.stream().filter(t -> t.matches("[0-9, ]+"))
                .filter(t -> List.of(t.split(", ")).contains("8")).toList();
        assertThat(steps).hasSize(1);
    }

    @Test
    void onTheSaddleEscapesEndInCrossesAndTheAxisLabelsBothSignsWithATrueMinus() {
        Scenario s = Scenario.defaults("saddle");
        List<Trajectory> paths = s.simulation().run();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        LossAxis axis = LossAxis.of(s.surface(), s.view(), paths);
        List<LossChartPainter.End> ends = LossChartPainter.ends(tracks, axis, 200, 200, X0, Y0, PW, PH, FONT);
        // SGD, Momentum, Nesterov, RMSProp, RMSProp + Nesterov and Adam (see DivergenceMarksTest).
        assertThat(ends).extracting(LossChartPainter.End::step).containsExactly(56L, 21L, 19L, 21L, 6L, 36L);
        // The losses in view lie between −4 and 4: fewer than three decades, so 2 and 5 times them show too.
        List<String> labels = axis.ticks(12).stream().map(LossAxis.Tick::label).toList();
        assertThat(labels).contains("−2", "−1", "0", "1", "2").noneMatch(l -> l.contains("-"));
        Recording drawn = paint(tracks, axis, 200, 200);
        assertThat(drawn.texts).contains("56", "6", "−2");
    }

    @Test
    void decadesReadAsPowersOfTenWithSuperscriptsAndTrueMinusSigns() {
        assertThat(LossAxis.decade(0)).isEqualTo("1");
        assertThat(LossAxis.decade(3)).isEqualTo("1000");
        assertThat(LossAxis.decade(4)).isEqualTo("10⁴");
        assertThat(LossAxis.decade(-3)).isEqualTo("10⁻³");
        assertThat(LossAxis.decade(-12)).isEqualTo("10⁻¹²");
        // On the monkey saddle x³ − 3xy² the paths run from the start's loss, 5.8, down past −10 within the view.
        Scenario monkey = Scenario.defaults("monkey-saddle");
        LossAxis a = LossAxis.of(monkey.surface(), monkey.view(), monkey.simulation().run());
        assertThat(a.ticks(12)).extracting(LossAxis.Tick::label).contains("−10", "−1", "0", "1")
                .doesNotContain("10");
        // On the bowl, where f* = 0, the log axis of loss − f* spans many decades.
        Scenario bowl = Scenario.defaults("quadratic");
        LossAxis log = LossAxis.of(bowl.surface(), bowl.view(), bowl.simulation().run());
        assertThat(log.ticks(30)).extracting(LossAxis.Tick::label).contains("1", "10⁻¹", "10⁻⁴")
                .noneMatch(l -> l.contains("e"));
    }

    @Test
    void aSwarmIsDrawnAsABandFromItsTenthToItsNinetiethPercentileAndAMedian() {
        Scenario s = Lessons.byName("initialization").scenario();
        List<Trajectory> paths = s.simulation().run();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        LossAxis axis = LossAxis.of(s.surface(), s.view(), paths);
        Recording drawn = paint(tracks, axis, 100, 100);
        // One band per racer with many starts, in its colour, translucent.
        for (Track t : tracks) {
            assertThat(drawn.polygonFills).contains(Palette.withAlpha(Palette.color(t.slot(), Theme.LIGHT),
                    LossChartPainter.BAND_ALPHA));
        }
        // At step 0 the quantiles are those of the starts' own losses: the 6th, 30th and 54th of 60 in order.
        List<Trajectory> swarm = tracks.get(1).trajectory().swarm();
        double[] losses = swarm.stream().mapToDouble(p -> p.loss(0)).sorted().toArray();
        double[][] lines = LossChartPainter.swarmLines(swarm, axis, 100, 100, X0, Y0, PW, PH);
        assertThat(lines[0][0]).isEqualTo(X0);
        int[] ranks = {6, 30, 54};
        for (int q = 0; q < 3; q++) {
            double expected = Y0 + PH - Math.max(-0.02, Math.min(1.02, axis.position(losses[ranks[q]]))) * PH;
            assertThat(lines[1 + q][0]).isCloseTo(expected, within(1e-9));
        }
        // By step 100 every Xavier start has run down a valley out of the view: the whole band lies at the bottom.
        assertThat(swarm).allMatch(p -> p.outcome().isEscaped());
        int last = lines[0].length - 1;
        assertThat(lines[0][last]).isCloseTo(X0 + PW, within(1e-9));
        assertThat(Arrays.stream(new double[] {lines[1][last], lines[2][last], lines[3][last]}))
                .allMatch(y -> y > Y0 + PH);
    }
}
