package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.contour.RasterImage;
import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Simulation;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FramePainterTest {

    @Test
    void theLayoutKeepsXAndYAtTheSameScale() {
        FrameLayout l = FrameLayout.compute(1000, 600, new ViewBox(-3, 3, -2, 2), List.of("SGD"));
        double xScale = l.plotWidth() / l.box().width();
        double yScale = l.plotHeight() / l.box().height();
        assertThat(xScale).isCloseTo(yScale, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(l.box().xMin()).isLessThanOrEqualTo(-3);
        assertThat(l.box().yMin()).isLessThanOrEqualTo(-2);
        assertThat(l.toDataX(l.toPixelX(1.25))).isCloseTo(1.25, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void ticksAreShortAndRoundWithTheTrueMinusSign() {
        // A hyphen and "2e-4" before: a reader's minus sign (U+2212) and a power of ten now.
        assertThat(Numbers.brief(0.30000000000000004)).isEqualTo("0.3");
        assertThat(Numbers.brief(-1.5)).isEqualTo("\u22121.5");
        assertThat(Numbers.brief(2e-4)).isEqualTo("2×10⁻⁴");
        assertThat(Numbers.brief(150000)).isEqualTo("1.5×10⁵");
        assertThat(Ticks.between(-3, 3, 6)).containsExactly(-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0);
    }

    @Test
    void aPlotOf150PixelsOrMoreShowsAtLeastThreeTicksOnEachAxis() {
        // Asked for two ticks over [−3.6, 3.6], the round step was 5 and the x axis read a lone "0".
        assertThat(Ticks.between(-3.6, 3.6, 2)).containsExactly(0.0);
        assertThat(Ticks.between(-3.6, 3.6, 2, 3)).hasSizeGreaterThanOrEqualTo(3);
        Scenario s = Scenario.defaults("wells");
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        for (int[] size : new int[][] {{330, 300}, {400, 330}, {420, 560}, {640, 480}, {1280, 800}}) {
            for (double font : new double[] {14, 18, 24}) {
                FrameLayout l = FrameLayout.compute(size[0], size[1], s.view(), FramePainter.legendLabels(tracks),
                        font);
                Frame f = new Frame(s.surfaceName(), null, l, tracks, 0, 200, s.simulation().start(), Theme.LIGHT);
                List<double[]> xTicks = new ArrayList<>();
                List<double[]> yTicks = new ArrayList<>();
                Recorder r = new Recorder() {
                    @Override
                    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
                        super.fillText(text, x, y, align, baseline);
                        if (baseline == Baseline.TOP && y > l.plotY() + l.plotHeight() && y < l.plotY()
                                + l.plotHeight() + 1.5 * font && !text.equals("x")) {
                            xTicks.add(new double[] {x, y});
                        } else if (align == Align.RIGHT && x < l.plotX()) {
                            yTicks.add(new double[] {x, y});
                        }
                    }
                };
                FramePainter.paintBackground(r, f);
                String at = size[0] + "x" + size[1] + " at " + font;
                if (l.plotWidth() >= 150) {
                    assertThat(xTicks).as(at).hasSizeGreaterThanOrEqualTo(3);
                }
                if (l.plotHeight() >= 150) {
                    assertThat(yTicks).as(at).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void theLegendListsExactlyTheTracksShown() {
        Scenario s = Scenario.defaults("quadratic");
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run().subList(0, 3));
        Recorder r = new Recorder();
        FramePainter.paint(r, frame(s, tracks, 1000, 700, 50));
        assertThat(r.texts).contains("SGD", "SGD, decaying ε", "Momentum", FrameLayout.START_LABEL)
                .doesNotContain("Adam");
    }

    @Test
    void theTitleAtAnyStepLiesInItsBoxWhichIsClearOfThePlot() {
        Scenario s = Scenario.defaults("wells").with(sim -> sim.withSteps(2000));
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        for (long step : new long[] {0, 7, 1999, 2000}) {
            Frame f = frame(s, tracks, 1000, 700, step);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1000, 700,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = img.createGraphics();
            Java2DDrawing d = new Java2DDrawing(g);
            double[] box = FramePainter.titleBounds(d, f);
            FramePainter.paintTitle(d, f);
            g.dispose();
            int inked = 0;
            for (int y = 0; y < 700; y++) {
                for (int x = 0; x < 1000; x++) {
                    if ((img.getRGB(x, y) >>> 24) != 0) {
                        inked++;
                        assertThat(x).as("step %d, x", step).isBetween((int) Math.floor(box[0]) - 1,
                                (int) Math.ceil(box[0] + box[2]) + 1);
                        assertThat(y).as("step %d, y", step).isBetween((int) Math.floor(box[1]) - 1,
                                (int) Math.ceil(box[1] + box[3]) + 1);
                    }
                }
            }
            assertThat(inked).as("step %d", step).isGreaterThan(100);
            // The window repaints the title every frame: its box, one pixel wider each way, must not reach the plot.
            assertThat(Math.ceil(box[1] + box[3]) + 1).isLessThanOrEqualTo(Math.floor(f.layout().plotY()));
        }
    }

    @Test
    void aTrailThatEscapedTheSaddleSaysSoBesideItsCross() {
        // SGD at its default ε runs off the saddle downhill, out of the view, at step 56 (see SimulationTest).
        Scenario s = Scenario.defaults("saddle");
        Scenario sgdAlone = s.with(sim -> sim.withRacers(Simulation.racersOf(List.of(Sgd.RULE))));
        Recorder r = new Recorder();
        Frame f = frame(sgdAlone, Tracks.of(sgdAlone.simulation(), sgdAlone.simulation().run()), 1000, 700, 200);
        FramePainter.paint(r, f);
        assertThat(r.texts).contains("SGD escaped at 56");
        assertThat(r.texts).noneMatch(t -> t.contains("diverged"));
    }

    @Test
    void aTrajectoryWithNoStartIsCrossedAtTheStartAndSaysWhy() {
        Scenario s = Scenario.defaults("quadratic").with(sim -> sim.withStart(new descent.math.Vec2(1e300, 1e300)));
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        assertThat(tracks).allMatch(t -> t.trajectory().isEmpty());
        Recorder r = new Recorder();
        Frame f = frame(s, tracks, 1000, 700, 50);
        FramePainter.paint(r, f);
        for (Track t : tracks) {
            double[] box = FramePainter.headBounds(f, t);
            assertThat(box[2]).isPositive().isLessThanOrEqualTo(f.layout().plotWidth());
        }
        assertThat(FramePainter.trailBounds(f, 0)).isEmpty();
        // Eight crosses on the start share one note.
        assertThat(r.texts).contains("all 8 racers: no finite loss at θ₀");
        LossChartPainter.paint(r, tracks, LossAxis.of(s.surface(), s.view(), s.simulation().run()), 50, 200, 400,
                300, Theme.LIGHT, 14);
        assertThat(r.nonFinite).isZero();
    }

    @Property(tries = 60)
    void neverPaintsANonFiniteCoordinate(@ForAll("surfaces") SurfaceType type,
            @ForAll @DoubleRange(min = -5, max = 1) double logEps, @ForAll @IntRange(min = 0, max = 300) int step,
            @ForAll @IntRange(min = 200, max = 2000) int width, @ForAll @IntRange(min = 150, max = 1200) int height) {
        Scenario s = Scenario.defaults(type.name()).with(sim -> sim.withSteps(300).withHyperparameters(
                Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, Math.pow(10, logEps))));
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        Recorder r = new Recorder();
        FramePainter.paint(r, frame(s, tracks, width, height, step));
        assertThat(r.nonFinite).isZero();
        assertThat(r.calls).isGreaterThan(20);
    }

    @Provide
    Arbitrary<SurfaceType> surfaces() {
        return Arbitraries.of(Surfaces.ALL);
    }

    private static Frame frame(Scenario s, List<Track> tracks, int w, int h, long step) {
        FrameLayout l = FrameLayout.compute(w, h, s.view(), FramePainter.legendLabels(tracks));
        ContourPlot c = ContourPlot.compute(s.surface(), l.box(), Math.max(2, l.imageWidth() / 8),
                Math.max(2, l.imageHeight() / 8), 2, ColorMap.VIRIDIS, () -> false);
        return new Frame(s.surfaceName(), c, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                Theme.LIGHT);
    }

    /** A drawing that only checks and records what it is asked to draw. */
    static class Recorder implements Drawing {
        final List<String> texts = new ArrayList<>();
        int nonFinite;
        int calls;

        private void check(double... values) {
            calls++;
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    nonFinite++;
                }
            }
        }

        private void check(double[] xs, int n) {
            for (int i = 0; i < n; i++) {
                check(xs[i]);
            }
        }

        @Override
        public void setStroke(int argb, double width) {
            check(width);
        }

        @Override
        public void setDash(double... dashes) {
            check(dashes);
        }

        @Override
        public void setDashPhase(double phase) {
            check(phase);
        }

        @Override
        public void setFill(int argb) {
        }

        @Override
        public void setFont(double size, boolean bold) {
            check(size);
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2) {
            check(x1, y1, x2, y2);
        }

        @Override
        public void strokePolyline(double[] xs, double[] ys, int n) {
            check(xs, n);
            check(ys, n);
        }

        @Override
        public void strokeSegments(double[] xy, int n) {
            check(xy, n);
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            check(x, y, w, h);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h) {
            check(x, y, w, h);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n) {
            check(xs, n);
            check(ys, n);
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, int n) {
            check(xs, n);
            check(ys, n);
        }

        @Override
        public void fillCircle(double cx, double cy, double r) {
            check(cx, cy, r);
        }

        @Override
        public void strokeCircle(double cx, double cy, double r) {
            check(cx, cy, r);
        }

        @Override
        public void fillText(String text, double x, double y, Align align, Baseline baseline) {
            check(x, y);
            texts.add(text);
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 8;
        }

        @Override
        public void drawImage(RasterImage image, double x, double y, double w, double h) {
            check(x, y, w, h);
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            check(x, y, w, h);
        }

        @Override
        public void translate(double dx, double dy) {
            check(dx, dy);
        }

        @Override
        public void save() {
        }

        @Override
        public void restore() {
        }
    }
}
