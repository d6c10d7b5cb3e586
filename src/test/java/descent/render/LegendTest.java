package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Adam;
import descent.optim.Rules;
import descent.optim.TorchAdam;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legend as the back row sees it: dashes that show, and columns apart. */
class LegendTest {

    /** The lecture's eight, then torch Adam, which takes Adam's hue dashed. */
    private static Scenario nine() {
        return Scenario.defaults("wells").with(sim -> {
            List<Racer> racers = new ArrayList<>(sim.racers());
            racers.add(Racer.of(TorchAdam.RULE, sim.slotFor(TorchAdam.RULE)));
            return sim.withRacers(racers);
        });
    }

    @Test
    void aDashedRacersSwatchShowsAtLeastTwoWholeDashesBeforeItsMarker() {
        Scenario s = nine();
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        for (int[] size : new int[][] {{640, 480}, {1280, 720}, {1920, 1080}}) {
            FrameLayout l = FrameLayout.compute(size[0], size[1], s.view(), FramePainter.legendLabels(tracks));
            Frame f = new Frame(s.surfaceName(), null, l, tracks, 0, s.simulation().steps(), s.simulation().start(),
                    Theme.LIGHT);
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
            FramePainter.paintLegend(new Java2DDrawing(img.createGraphics()), f);
            int torch = tracks.size() - 1;
            assertThat(Palette.isVariant(tracks.get(torch).slot())).isTrue();
            double[] at = l.legend().entry(torch);
            int colour = Palette.color(tracks.get(torch).slot(), Theme.LIGHT);
            // Along the swatch's middle line, up to where the marker begins: runs of the line's colour.
            double end = at[0] + FrameLayout.SWATCH * l.legend().font();
            int y = (int) Math.round(at[1]);
            List<Integer> runs = new ArrayList<>();
            int run = 0;
            for (int x = (int) Math.floor(at[0]); x <= end; x++) {
                if (near(img.getRGB(x, y), colour)) {
                    run++;
                } else if (run > 0) {
                    runs.add(run);
                    run = 0;
                }
            }
            if (run > 0) {
                runs.add(run);
            }
            // The marker's fill is the line's colour too: the last run is the marker, then two dashes before it.
            assertThat(runs.size()).as("%dx%d: %s", size[0], size[1], runs).isGreaterThanOrEqualTo(3);
            double dash = Palette.dash(tracks.get(torch).slot())[0] * 2.4 * l.scale();
            assertThat(runs.get(0)).as("%dx%d: a whole first dash", size[0], size[1])
                    .isGreaterThanOrEqualTo((int) Math.floor(dash) - 1);
        }
    }

    @Test
    void aLabelEndsWellBeforeTheNextColumnsSwatch() {
        // "RMSProp + Nesterov" touched the next column's swatch: a column now ends a font size before the next.
        Scenario s = nine();
        List<String> labels = FramePainter.legendLabels(Tracks.of(s.simulation(), s.simulation().run()));
        for (int[] size : new int[][] {{800, 600}, {1280, 720}, {1920, 1080}, {1000, 1400}}) {
            FrameLayout.LegendBox box = FrameLayout.compute(size[0], size[1], s.view(), labels).legend();
            double lf = box.font();
            for (int i = 0; i < labels.size() + 1; i++) {
                int column = i / box.rows();
                if (column + 1 >= box.columns()) {
                    continue;
                }
                String label = i < labels.size() ? labels.get(i) : FrameLayout.START_LABEL;
                double right = box.entry(i)[0] + (FrameLayout.SWATCH + FrameLayout.LABEL_SPACE) * lf
                        + TextMetrics.width(label, lf, false);
                assertThat(box.entry((column + 1) * box.rows())[0] - right).as("%s at %dx%d", label, size[0],
                        size[1]).isGreaterThanOrEqualTo(0.9 * lf);
            }
        }
    }

    @Test
    void torchAdamBesideAdamTakesAdamsHueFamily() {
        Simulation lecture = Scenario.defaults("wells").simulation();
        int slot = lecture.slotFor(TorchAdam.RULE);
        assertThat(Palette.family(slot)).isEqualTo(Palette.family(Rules.home(Adam.RULE)));
        assertThat(Palette.isVariant(slot)).isTrue();
    }

    @Test
    void aRacerAddedSinceTheLegendWasLaidOutGoesInAFurtherColumnRatherThanBreakingThePaint() {
        // The window lays its legend out for the racers shown and paints the tracks it has: for a moment they can
        // differ. Laid out for one racer beside the plot, the legend is one row of two columns; painted with two
        // racers, the third entry, the start, threw an IndexOutOfBoundsException.
        Scenario s = nine();
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        FrameLayout l = FrameLayout.compute(1280, 720, s.view(), List.of(tracks.get(0).label()));
        FrameLayout.LegendBox box = l.legend();
        double[] last = box.entry(tracks.size());
        assertThat(last[0]).isGreaterThan(box.entry(tracks.size() - 1)[0] - 1e-9);
        Frame f = new Frame(s.surfaceName(), null, l, tracks, 0, s.simulation().steps(), s.simulation().start(),
                Theme.LIGHT);
        BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_ARGB);
        FramePainter.paintLegend(new Java2DDrawing(img.createGraphics()), f);
        for (int i = 0; i < box.columns() * box.rows(); i++) {
            double laidOut = box.x() + box.columnX().get(i / box.rows());
            assertThat(box.entry(i)[0]).as("entry %d, laid out", i).isEqualTo(laidOut);
        }
    }

    private static boolean near(int argb, int colour) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs(((argb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)));
        }
        return (argb >>> 24) > 200 && d < 24;
    }
}
