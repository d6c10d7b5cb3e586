package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSequenceTest {

    private static final Scenario RACE = Scenario.defaults("rosenbrock").with(s -> s.withSteps(60));
    /** Forward one step at a time, jumps, a step back (which starts the trails over) and a repeat. */
    private static final long[] STEPS = {0, 1, 2, 3, 4, 5, 20, 21, 40, 60, 60, 10, 11, 12, 59, 60};

    @Test
    void eachFrameIsTheTrailsWithTheMarksPaintedOverThem() {
        FrameSequence seq = new FrameSequence(RACE, 240, 180, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        for (long step : STEPS) {
            int[] frame = seq.render(step).clone();
            BufferedImage expected = new BufferedImage(240, 180, BufferedImage.TYPE_INT_RGB);
            int[] pixels = ((DataBufferInt) expected.getRaster().getDataBuffer()).getData();
            System.arraycopy(seq.trails(), 0, pixels, 0, pixels.length);
            Graphics2D g = expected.createGraphics();
            FramePainter.paintMarks(new Java2DDrawing(g), seq.frame(step));
            g.dispose();
            assertThat(java.util.Arrays.mismatch(frame, pixels)).as("first pixel that differs at step %d", step)
                    .isEqualTo(-1);
        }
    }

    @Test
    void everyPixelThatDiffersFromTheFrameBeforeLiesInAChangedBox() {
        FrameSequence seq = new FrameSequence(RACE, 240, 180, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        int[] before = null;
        for (long step : STEPS) {
            int[] frame = seq.render(step);
            List<int[]> boxes = seq.changed();
            if (before != null) {
                for (int i = 0; i < frame.length; i++) {
                    if (frame[i] != before[i]) {
                        int x = i % 240;
                        int y = i / 240;
                        assertThat(boxes.stream().anyMatch(b -> x >= b[0] && x < b[2] && y >= b[1] && y < b[3]))
                                .as("(%d, %d) at step %d", x, y, step).isTrue();
                    }
                }
            }
            before = frame.clone();
        }
    }
}
