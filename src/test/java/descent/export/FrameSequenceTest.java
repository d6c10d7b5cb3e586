package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Theme;
import descent.optim.Sgd;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.StartSpread;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameSequenceTest {

    private static final Scenario RACE = Scenario.defaults("rosenbrock").with(s -> s.withSteps(60));
    /** Himmelblau with a swarm of 30 SGD runs: their dots and the share of them in each minimum are marks too. */
    private static final Scenario SWARM = Scenario.defaults("himmelblau").with(s -> s.withSteps(60)
            .withRacers(List.of(Racer.of(Sgd.RULE, 0).withStarts(StartSpread.gaussian(30, 2)))));
    /** Forward one step at a time, jumps, a step back (which starts the trails over) and a repeat. */
    private static final long[] STEPS = {0, 1, 2, 3, 4, 5, 20, 21, 40, 60, 60, 10, 11, 12, 59, 60};

    /** The rosenbrock race, the swarm, and the rosenbrock race with its first racer's steps drawn as arrows. */
    static Stream<FrameSequence> sequences() {
        FrameSequence inspected = new FrameSequence(RACE, 240, 180, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        inspected.inspect(RACE.simulation().shownRacers().get(0), STEPS);
        return Stream.of(new FrameSequence(RACE, 240, 180, ColorMap.VIRIDIS, Theme.LIGHT, () -> false),
                new FrameSequence(SWARM, 240, 180, ColorMap.VIRIDIS, Theme.LIGHT, () -> false), inspected);
    }

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

    @ParameterizedTest
    @MethodSource("sequences")
    void everyPixelThatDiffersFromTheFrameBeforeLiesInAChangedBox(FrameSequence seq) {
        int[] before = null;
        for (long step : STEPS) {
            int[] frame = seq.render(step);
            List<int[]> boxes = seq.changed();
            if (before != null) {
                for (int i = 0; i < frame.length; i++) {
                    // The frames are TYPE_INT_RGB: the top byte is no part of the colour.
                    if (((frame[i] ^ before[i]) & 0xFFFFFF) != 0) {
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
