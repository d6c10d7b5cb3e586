package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.lesson.Lessons;
import descent.scenario.Scenario;
import descent.sim.Trajectory;
import descent.surface.Landmark;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The surface's minima and saddle points on the plot, the ghost of the paths before, and a swarm's shares. */
class LandmarkPainterTest {

    private static final int W = 640;
    private static final int H = 480;

    private static Frame frame(Scenario s, Extras extras, long step) {
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        FrameLayout l = FrameLayout.compute(W, H, s.view(), FramePainter.legendLabels(tracks));
        ContourPlot c = ContourPlot.compute(s.surface(), l.box(), l.imageWidth() / 4 + 2, l.imageHeight() / 4 + 2,
                2, ColorMap.VIRIDIS, () -> false);
        return new Frame(s.surfaceName(), c, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                Theme.LIGHT, extras);
    }

    private static BufferedImage background(Frame f) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        FramePainter.paintBackground(new Java2DDrawing(g), f);
        g.dispose();
        return img;
    }

    private static BufferedImage whole(Frame f) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        FramePainter.paint(new Java2DDrawing(g), f);
        g.dispose();
        return img;
    }

    /** How many pixels differ within r pixels of a point. */
    private static int changedNear(BufferedImage a, BufferedImage b, double x, double y, int r) {
        int n = 0;
        for (int j = (int) y - r; j <= y + r; j++) {
            for (int i = (int) x - r; i <= x + r; i++) {
                if (a.getRGB(i, j) != b.getRGB(i, j)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theSaddlePointIsMarkedWhereTheGradientVanishesAndNowhereElse() {
        Scenario s = Scenario.defaults("saddle").with(sim -> sim.withSteps(0));
        List<Landmark> marks = s.surface().landmarks();
        assertThat(marks).anyMatch(m -> !m.isMinimum() && m.point().norm() < 1e-9);
        Frame with = frame(s, new Extras(marks, List.of(), null), 0);
        Frame without = frame(s, Extras.NONE, 0);
        BufferedImage a = background(with);
        BufferedImage b = background(without);
        FrameLayout l = with.layout();
        double px = l.toPixelX(0);
        double py = l.toPixelY(0);
        assertThat(changedNear(a, b, px, py, 6)).isGreaterThan(20);
        // Away from the landmark the two are the same picture.
        assertThat(changedNear(a, b, l.plotX() + 30, l.plotY() + 30, 10)).isZero();
    }

    @Test
    void theWellsMinimaAreStarsAtTheirPoints() {
        Scenario s = Scenario.defaults("wells").with(sim -> sim.withSteps(0));
        List<Landmark> minima = s.surface().landmarks().stream().filter(Landmark::isMinimum).toList();
        assertThat(minima).hasSizeGreaterThanOrEqualTo(2);
        Frame with = frame(s, new Extras(minima, List.of(), null), 0);
        BufferedImage a = background(with);
        BufferedImage b = background(frame(s, Extras.NONE, 0));
        for (Landmark m : minima) {
            assertThat(changedNear(a, b, with.layout().toPixelX(m.point().x()), with.layout().toPixelY(m.point()
                    .y()), 5)).as(m.toString()).isGreaterThan(15);
        }
    }

    @Test
    void theGhostIsDrawnWhereTheOldPathWentAndNotWhereTheNewOneGoes() {
        Scenario now = Scenario.defaults("quadratic");
        Scenario before = now.with(sim -> sim.withStart(new descent.math.Vec2(now.simulation().start().x(),
                -now.simulation().start().y())));
        List<Track> ghosts = Tracks.of(before.simulation(), before.simulation().run());
        long step = now.simulation().steps();
        Frame with = frame(now, new Extras(List.of(), ghosts, null), step);
        Frame without = frame(now, Extras.NONE, step);
        BufferedImage a = whole(with);
        BufferedImage b = whole(without);
        Trajectory old = ghosts.get(0).trajectory();
        FrameLayout l = with.layout();
        // A few steps in, the old path is far from the new one (its start mirrored).
        double gx = l.toPixelX(old.x(3));
        double gy = l.toPixelY(old.y(3));
        assertThat(changedNear(a, b, gx, gy, 2)).isGreaterThan(0);
    }

    @Test
    void aSwarmsSharesAtTheMinimaAreLabelledAndAddUpToAtMostAWhole() {
        Scenario s = Lessons.find("non-convex").orElseThrow().scenario();
        List<Landmark> minima = s.surface().landmarks().stream().filter(Landmark::isMinimum).toList();
        Frame f = frame(s, new Extras(minima, List.of(), null), s.simulation().steps());
        List<double[]> shares = new ArrayList<>();
        for (Track t : f.tracks()) {
            if (!t.trajectory().swarm().isEmpty()) {
                shares.add(descent.sim.Arrivals.shares(minima, t.trajectory().swarm(), f.layout().box(),
                        f.step()));
            }
        }
        assertThat(shares).isNotEmpty();
        for (double[] sh : shares) {
            assertThat(java.util.Arrays.stream(sh).sum()).isBetween(0.5, 1.0 + 1e-12);
        }
        assertThat(LandmarkPainter.sharesBounds(f)[2]).isPositive();
    }
}
