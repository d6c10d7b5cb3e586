package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.TorchAdam;
import descent.scenario.Scenario;
import descent.sim.Racer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dashed trail grown step by step, as the window grows it while playing, keeps its dashes. */
class GrowingDashesTest {

    @Test
    void aVariantsTrailGrownStepByStepIsAsDashedAsDrawnWhole() {
        // Torch Adam alone races in Adam's variant place, dashed. Its steps are a few pixels long: when every added
        // piece started its pattern afresh, each step was the start of a dash and the trail grew as a solid line.
        Scenario s = Scenario.defaults("wells")
                .with(sim -> sim.withRacers(List.of(Racer.of(TorchAdam.RULE, sim.slotFor(TorchAdam.RULE)))));
        List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        int slot = tracks.get(0).slot();
        assertThat(Palette.isVariant(slot)).isTrue();
        FrameLayout l = FrameLayout.compute(800, 600, s.view(), FramePainter.legendLabels(tracks));
        int steps = 80;
        BufferedImage whole = white(800, 600);
        FramePainter.paintTrails(new Java2DDrawing(whole.createGraphics()), frame(s, l, tracks, steps), 0);
        BufferedImage grown = white(800, 600);
        for (int k = 1; k <= steps; k++) {
            FramePainter.paintTrails(new Java2DDrawing(grown.createGraphics()), frame(s, l, tracks, k), k - 1);
        }
        int colour = Palette.color(slot, Theme.LIGHT);
        int inWhole = count(whole, colour);
        int inGrown = count(grown, colour);
        assertThat(inWhole).isGreaterThan(300);
        // With each piece's pattern started afresh, the gaps filled: a quarter more pixels of its colour (597, 481).
        assertThat((double) inGrown / inWhole).as("%d grown, %d whole", inGrown, inWhole).isBetween(0.85, 1.15);
    }

    private static Frame frame(Scenario s, FrameLayout l, List<Track> tracks, long step) {
        return new Frame(s.surfaceName(), null, l, tracks, step, s.simulation().steps(), s.simulation().start(),
                Theme.LIGHT);
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static int count(BufferedImage img, int colour) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    d = Math.max(d, Math.abs(((p >> shift) & 0xFF) - ((colour >> shift) & 0xFF)));
                }
                n += d < 24 ? 1 : 0;
            }
        }
        return n;
    }
}
