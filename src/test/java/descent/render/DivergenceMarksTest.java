package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Momentum;
import descent.optim.Nesterov;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where paths that ran off are marked: inside the plot, at the edge they crossed, labels apart from each other. */
class DivergenceMarksTest {

    /** The rotated valley with a step far too large: SGD, Momentum and Nesterov all blow up. */
    private static Scenario threeDivergences() {
        return Scenario.defaults("quadratic").withParameters(Map.of("kappa", 50.0, "angle", 30.0))
                .with(sim -> sim.withRacers(Simulation.racersOf(List.of(Sgd.RULE, Momentum.RULE, Nesterov.RULE,
                        Adam.RULE))).withHyperparameters(Hyperparameters.defaults()
                        .with(Hyperparameter.LEARNING_RATE, 0.3)));
    }

    private static Frame frame(Scenario s, int w, int h, long step) {
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        FrameLayout l = FrameLayout.compute(w, h, s.view(), FramePainter.legendLabels(tracks));
        ContourPlot c = ContourPlot.compute(s.surface(), l.box(), l.imageWidth() / 8 + 2, l.imageHeight() / 8 + 2,
                2, ColorMap.VIRIDIS, () -> false);
        return new Frame(s.surfaceName(), c, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                Theme.LIGHT);
    }

    private static Java2DDrawing measuring() {
        return new Java2DDrawing(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());
    }

    /** The rotated valley of the review at ε = 0.05 (above SGD's limit 2/κ): SGD and Nesterov leave it at step 1. */
    private static Scenario rotatedValley() {
        return Scenario.defaults("quadratic").withParameters(Map.of("kappa", 50.0, "angle", 30.0))
                .with(sim -> sim.withHyperparameters(Hyperparameters.defaults()
                        .with(Hyperparameter.LEARNING_RATE, 0.05)));
    }

    @Test
    void everyPathThatRanOffIsNamedWithItsStepInNotesInsideThePlotOverlappingNothing() {
        Scenario s = threeDivergences();
        for (int[] size : new int[][] {{640, 480}, {800, 600}, {1280, 720}, {500, 800}}) {
            Frame f = frame(s, size[0], size[1], s.simulation().steps());
            List<Track> diverged = f.tracks().stream().filter(t -> t.trajectory().outcome().isDiverged()).toList();
            assertThat(diverged).hasSize(3);
            List<FramePainter.Note> notes = FramePainter.notes(measuring(), f);
            String all = String.join("; ", notes.stream().map(FramePainter.Note::text).toList());
            for (Track t : diverged) {
                // The step the table's k gives: the update that threw the path off.
                long k = t.trajectory().stepsTaken(f.step());
                assertThat(k).isEqualTo(t.trajectory().outcome().step());
                assertThat(all).as("%dx%d", size[0], size[1]).containsAnyOf(t.label() + " at " + k,
                        t.label() + " diverged at " + k,
                        t.label() + " left the view at 1, diverged at " + k);
            }
            FrameLayout l = f.layout();
            double[] legend = {l.legend().x(), l.legend().y(), l.legend().width(), l.legend().height()};
            List<double[]> crosses = new ArrayList<>();
            for (Track t : diverged) {
                crosses.add(FramePainter.headBounds(f, t));
            }
            for (int i = 0; i < notes.size(); i++) {
                double[] a = notes.get(i).box();
                assertThat(inside(a, l.plotRect())).as("note %d at %dx%d", i, size[0], size[1]).isTrue();
                assertThat(LabelPlacer.overlap(a, legend)).isFalse();
                for (int j = i + 1; j < notes.size(); j++) {
                    assertThat(LabelPlacer.overlap(a, notes.get(j).box())).as("notes %d and %d", i, j).isFalse();
                }
                for (double[] cross : crosses) {
                    assertThat(LabelPlacer.overlap(a, shrink(cross, 3 * l.scale()))).as("note %d on a cross", i)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void pathsThatLeaveAtTheSamePointShareOneNoteThatSaysWhenTheyLeftAndWhenTheyDiverged() {
        // Across the valley y is multiplied by 1 − 50ε = −1.5 (SGD), and Nesterov's look-ahead makes it worse: both
        // leave the plot at step 1 through the same point of its edge; SGD is 50 view widths away at step 13,
        // Nesterov at step 5 (see RunCommandTest).
        Scenario s = rotatedValley();
        Frame f = frame(s, 1280, 800, s.simulation().steps());
        List<FramePainter.Note> notes = FramePainter.notes(measuring(), f);
        assertThat(notes).extracting(FramePainter.Note::text)
                .containsExactly("diverged (left the view at 1): SGD at 13, Nesterov at 5");
        FramePainter.Note n = notes.get(0);
        // Its lines draw each name after its racer's marker, in the legend's order.
        List<Integer> slots = n.lines().stream().flatMap(List::stream).map(Notes.Part::slot).filter(k -> k >= 0)
                .toList();
        assertThat(slots).containsExactly(f.tracks().get(0).slot(), f.tracks().get(3).slot());
        // Its anchor is where the two crosses are, and the note lies beside it or leads back to it.
        Track sgd = f.tracks().get(0);
        assertThat(n.anchor()).containsExactly(FramePainter.headPixel(f, sgd));
        assertThat(n.leader() || LabelPlacer.distance(n.box(), n.anchor()) < 3 * 7 * f.layout().scale()).isTrue();
        // Before step 5 nothing has ended, at 5 Nesterov has, alone.
        assertThat(FramePainter.notes(measuring(), frame(s, 1280, 800, 4))).isEmpty();
        assertThat(FramePainter.notes(measuring(), frame(s, 1280, 800, 5))).extracting(FramePainter.Note::text)
                .containsExactly("Nesterov left the view at 1, diverged at 5");
    }

    @Test
    void onTheSaddleEveryEscapeIsNamedOnceAndTheNoteLiesByItsOwnCrosses() {
        Scenario s = Scenario.defaults("saddle");
        for (int[] size : new int[][] {{1280, 800}, {1024, 640}, {640, 480}}) {
            Frame f = frame(s, size[0], size[1], s.simulation().steps());
            List<FramePainter.Note> notes = FramePainter.notes(measuring(), f);
            String all = String.join("; ", notes.stream().map(FramePainter.Note::text).toList());
            List<Track> escaped = f.tracks().stream().filter(t -> t.trajectory().outcome().isEscaped()).toList();
            // SGD, Momentum, Nesterov, RMSProp, RMSProp + Nesterov and Adam leave the view downhill (see
            // SimulationTest); SGD with decay and AdaGrad are still moving inside it.
            assertThat(escaped).hasSize(6);
            for (Track t : escaped) {
                long k = t.trajectory().outcome().step();
                // Named once: as a name, not as the end of a longer one ("RMSProp + Nesterov").
                java.util.regex.Matcher named = java.util.regex.Pattern.compile("(^|, |; |: )"
                        + java.util.regex.Pattern.quote(t.label()) + " (at|escaped|left)").matcher(all);
                assertThat(named.results().count()).as(t.label()).isEqualTo(1);
                assertThat(all).containsAnyOf(t.label() + " at " + k,
                        t.label() + " escaped at " + k);
            }
            List<double[]> anchors = notes.stream().map(FramePainter.Note::anchor).toList();
            for (FramePainter.Note n : notes) {
                // Nearer its own crosses than any other note's, or tied to them by a line.
                double own = LabelPlacer.distance(n.box(), n.anchor());
                boolean nearest = anchors.stream().allMatch(a -> LabelPlacer.distance(n.box(), a) >= own);
                assertThat(nearest || n.leader()).as("%s at %dx%d", n.text(), size[0], size[1]).isTrue();
                assertThat(inside(n.box(), f.layout().plotRect())).isTrue();
            }
        }
    }

    @Test
    void aNoteThatHadToMoveDrawsALeaderLineFromItsCrossToItsBox() {
        FramePainter.Note moved = new FramePainter.Note("SGD diverged at 13", List.of(), new double[] {300, 300, 120,
            16}, new double[] {100, 100}, true);
        double[] bounds = FramePainter.notesBounds(List.of(moved));
        // The window repaints the line too.
        assertThat(bounds).containsExactly(100, 100, 320, 216);
        assertThat(LabelPlacer.nearestPoint(moved.box(), moved.anchor())).containsExactly(300, 300);
        FramePainter.Note beside = new FramePainter.Note("SGD diverged at 13", List.of(), new double[] {110, 90, 120,
            16}, new double[] {100, 100}, false);
        assertThat(FramePainter.notesBounds(List.of(beside))).containsExactly(110, 90, 120, 16);
    }

    @Test
    void aPathThatRanOffIsMarkedWhereItLeftThePlotAndEveryMarkFitsInThePlot() {
        Scenario s = threeDivergences();
        Frame f = frame(s, 800, 600, s.simulation().steps());
        FrameLayout l = f.layout();
        for (Track t : f.tracks()) {
            double[] box = FramePainter.headBounds(f, t);
            assertThat(inside(box, l.plotRect())).as(t.label()).isTrue();
            assertThat(box[2]).isLessThanOrEqualTo(l.plotWidth());
            Trajectory tr = t.trajectory();
            if (tr.outcome().isDiverged()) {
                double[] p = FramePainter.headPixel(f, t);
                double[] r = l.plotRect();
                // The cross is drawn whole, its centre its half-width in from the edge it marks.
                double inset = 7 * l.scale() + 1e-6;
                boolean onEdge = Math.abs(p[0] - r[0]) <= inset || Math.abs(p[0] - r[0] - r[2]) <= inset
                        || Math.abs(p[1] - r[1]) <= inset || Math.abs(p[1] - r[1] - r[3]) <= inset;
                double lastX = l.toPixelX(tr.x(tr.lastStep()));
                double lastY = l.toPixelY(tr.y(tr.lastStep()));
                assertThat(l.inPlot(lastX, lastY) || onEdge).as("%s marked at (%f, %f)", t.label(), p[0], p[1])
                        .isTrue();
            }
        }
        assertThat(FramePainter.startBounds(f)[2]).isPositive();
    }

    @Test
    void theStartMarkerIsCutToThePlotWhenTheViewMovesAwayFromIt() {
        Scenario s = Scenario.defaults("wells");
        // Just past the left edge of what the plot shows: the view widened to the plot's shape, which the legend sets.
        double shown = frame(s, 800, 600, 0).layout().box().xMin();
        Scenario panned = s.withView(s.view().pan(s.simulation().start().x() - shown + 0.02, 0));
        Frame f = frame(panned, 800, 600, 0);
        double[] box = FramePainter.startBounds(f);
        assertThat(inside(box, f.layout().plotRect())).isTrue();
        assertThat(box[2]).isLessThan(2 * 9 * f.layout().scale());
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        FramePainter.paintStart(new Java2DDrawing(g), f);
        g.dispose();
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                if ((img.getRGB(x, y) >>> 24) != 0) {
                    assertThat(f.layout().inPlot(x, y) || f.layout().inPlot(x - 1, y)).as("(%d, %d)", x, y).isTrue();
                }
            }
        }
    }

    @Test
    void aSegmentIsCutAtTheRectanglesEdgeAndOneOutsideIsDropped() {
        double[] cut = FramePainter.clipSegment(5, 5, 1e12, 5, 0, 0, 10, 10);
        assertThat(cut).containsExactly(5, 5, 10, 5);
        assertThat(FramePainter.clipSegment(20, 20, 30, 40, 0, 0, 10, 10)).isNull();
        assertThat(FramePainter.clipSegment(-5, 5, 15, 5, 0, 0, 10, 10)).containsExactly(0, 5, 10, 5);
    }

    private static boolean inside(double[] a, double[] r) {
        return a[0] >= r[0] - 1e-9 && a[1] >= r[1] - 1e-9 && a[0] + a[2] <= r[0] + r[2] + 1e-9
                && a[1] + a[3] <= r[1] + r[3] + 1e-9;
    }

    private static double[] shrink(double[] b, double by) {
        return new double[] {b[0] + by, b[1] + by, b[2] - 2 * by, b[3] - 2 * by};
    }
}
