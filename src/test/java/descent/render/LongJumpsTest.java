package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.lesson.Lessons;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Nesterov;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Simulation;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Racers that oscillate wildly or diverge no longer paint over the picture: a long jump is a jump, not ink. */
class LongJumpsTest {

    @Test
    void aShortStepIsDrawnInFullAndAJumpAcrossThePlotAsAFaintHairline() {
        assertThat(Jumps.level(3, 500)).isZero();
        assertThat(Jumps.level(0.25 * 500, 500)).isZero();
        assertThat(Jumps.level(0.6 * 500, 500)).isEqualTo(Jumps.LEVELS - 1);
        assertThat(Jumps.level(1e9, 500)).isEqualTo(Jumps.LEVELS - 1);
        for (int k = 1; k < 100; k++) {
            assertThat(Jumps.level(k * 5, 500)).isGreaterThanOrEqualTo(Jumps.level((k - 1) * 5, 500));
        }
        assertThat(Jumps.width(0)).isEqualTo(1);
        assertThat(Jumps.opacity(0)).isEqualTo(1);
        assertThat(Jumps.width(Jumps.LEVELS - 1)).isLessThan(0.5);
        assertThat(Jumps.opacity(Jumps.LEVELS - 1)).isLessThan(0.4);
        assertThat(Jumps.haloOpacity(Jumps.LEVELS - 1)).isZero();
    }

    @Test
    void theMinimumStaysVisibleUnderTheLearningRateLessonsDivergedRacer() {
        // "Too large ε = 0.22" swings across the valley ever wider through x = 0: drawn in full, its 35 swings made
        // a solid bar over the minimum, where "about right" ends; 55% of the pixels within 8% of the plot's side of
        // the minimum were ink then.
        Scenario s = Lessons.byName("learning-rate").scenario();
        Pictures p = Pictures.of(s, 800, 600, 100);
        assertThat(p.frame().tracks().get(2).trajectory().outcome().isDiverged()).isTrue();
        double r = 0.08 * Math.min(p.layout().plotWidth(), p.layout().plotHeight());
        assertThat(p.inkWithin(p.layout().toPixelX(0), p.layout().toPixelY(0), r)).isLessThan(0.35);
    }

    @Test
    void sgdWithADecayingStepZigZaggingAcrossTheValleyLeavesTheContoursVisible() {
        // On the κ = 50 valley at 30°, ε = 0.05 is above the 2/50 limit until it has decayed: 200 swings across the
        // valley made a solid pink band over a fifth of the plot.
        Scenario s = valley();
        Pictures all = Pictures.of(s, 1280, 720, 200);
        List<Track> decay = all.frame().tracks().stream().filter(t -> t.label().equals("SGD, decaying ε")).toList();
        Pictures alone = Pictures.of(s, all.layout(), decay, 200);
        assertThat(alone.inkWithin(all.layout().plotRect())).isLessThan(0.08);
    }

    @Test
    void racersThatDivergeAreDrawnBeneathThoseThatStay() {
        // SGD and Nesterov diverge on the κ = 50 valley at ε = 0.05; Adam stays. Listed first, Adam was drawn first
        // and their lines ran over it; now its line is drawn after theirs.
        Scenario s = valley()
                .with(sim -> sim.withRacers(Simulation.racersOf(List.of(Adam.RULE, Sgd.RULE, Nesterov.RULE))));
        Pictures p = Pictures.of(s, 1000, 700, 200);
        List<Integer> lines = new ArrayList<>();
        int[] stroke = new int[1];
        Drawing recorder = (Drawing) java.lang.reflect.Proxy.newProxyInstance(Drawing.class.getClassLoader(),
                new Class<?>[] {Drawing.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setStroke")) {
                        stroke[0] = (int) args[0] | 0xFF000000;
                    } else if (method.getName().equals("strokePolyline") && !lines.contains(stroke[0])) {
                        lines.add(stroke[0]);
                    } else if (method.getName().equals("textWidth")) {
                        return 10.0;
                    }
                    return null;
                });
        FramePainter.paintTrails(recorder, p.frame(), 0);
        int adam = lines.indexOf(colour(p, "Adam"));
        for (String diverged : new String[] {"SGD", "Nesterov"}) {
            Track t = p.frame().tracks().stream().filter(x -> x.label().equals(diverged)).findFirst().orElseThrow();
            assertThat(t.trajectory().outcome().isDiverged()).isTrue();
            assertThat(lines.indexOf(colour(p, diverged))).as(diverged).isNotNegative().isLessThan(adam);
        }
    }

    /** The κ = 50 valley at 30° with ε = 0.05, above the 2/50 at which SGD diverges (its default is 0.5/κ). */
    private static Scenario valley() {
        return Scenario.defaults("quadratic").withParameters(Map.of("kappa", 50.0, "angle", 30.0)).with(sim -> sim
                .withHyperparameters(sim.hyperparameters().with(Hyperparameter.LEARNING_RATE, 0.05)));
    }

    private static int colour(Pictures p, String label) {
        Track t = p.frame().tracks().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        return Palette.color(t.slot(), Theme.LIGHT);
    }

    /** A frame drawn twice, with its trails and without: where the two differ is ink. */
    record Pictures(Frame frame, BufferedImage with, BufferedImage without) {

        static Pictures of(Scenario s, int w, int h, long step) {
            List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
            return of(s, FrameLayout.compute(w, h, s.view(), FramePainter.legendLabels(tracks)), tracks, step);
        }

        static Pictures of(Scenario s, FrameLayout l, List<Track> tracks, long step) {
            ContourPlot c = ContourPlot.compute(s.surface(), l.box(), l.imageWidth(), l.imageHeight(), 2,
                    ColorMap.VIRIDIS, () -> false);
            Frame f = new Frame(s.surfaceName(), c, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                    Theme.LIGHT);
            int w = (int) l.width();
            int h = (int) l.height();
            BufferedImage with = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            BufferedImage without = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            FramePainter.paint(new Java2DDrawing(with.createGraphics()), f);
            FramePainter.paintBackground(new Java2DDrawing(without.createGraphics()), f);
            return new Pictures(f, with, without);
        }

        FrameLayout layout() {
            return frame.layout();
        }

        /** The share of the pixels within r of (cx, cy) that the trails and marks changed visibly. */
        double inkWithin(double cx, double cy, double r) {
            int all = 0;
            int ink = 0;
            for (int y = (int) (cy - r); y <= cy + r; y++) {
                for (int x = (int) (cx - r); x <= cx + r; x++) {
                    if (Math.hypot(x - cx, y - cy) <= r) {
                        all++;
                        ink += inked(x, y) ? 1 : 0;
                    }
                }
            }
            return (double) ink / all;
        }

        /** The share of the pixels inside a box (x, y, width, height) that the trails and marks changed visibly. */
        double inkWithin(double[] box) {
            int all = 0;
            int ink = 0;
            for (int y = (int) box[1] + 1; y < box[1] + box[3] - 1; y++) {
                for (int x = (int) box[0] + 1; x < box[0] + box[2] - 1; x++) {
                    all++;
                    ink += inked(x, y) ? 1 : 0;
                }
            }
            return (double) ink / all;
        }

        private boolean inked(int x, int y) {
            int a = with.getRGB(x, y);
            int b = without.getRGB(x, y);
            int d = 0;
            for (int shift = 0; shift < 24; shift += 8) {
                d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
            }
            return d > 40;
        }
    }
}
