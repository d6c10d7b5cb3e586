package descent.ui.bench;

import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Simulation;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Computes and draws a short race a few dozen times, off screen, so that the JIT has compiled what a slider move
 * runs before the first one. The JIT compiles a method once it has been called about 130 times, and a slider move
 * calls the race's loop once per optimizer and Java2D's stroking twice per trail: without this the first moves after
 * start ran much of their work in the interpreter (in the first round of {@code bench --ui}, JFR found the race's
 * loop interpreted in a quarter of the FX thread's samples). It changes nothing and costs the worker under a tenth
 * of a second (75 to 85 ms, once Java2D's classes are loaded), behind the first contours.
 */
public final class WarmUp implements Runnable {

    private static final int ROUNDS = 20;
    private static final int STEPS = 150;

    private final Scenario scenario;

    public WarmUp(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public void run() {
        Simulation sim = scenario.simulation().withSteps(STEPS);
        FrameLayout layout = FrameLayout.compute(800, 600, scenario.view(), List.of());
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int i = 0; i < ROUNDS; i++) {
            List<Track> tracks = Tracks.of(sim, sim.run());
            Frame f = new Frame(scenario.surfaceName(), null, layout, tracks, STEPS, STEPS, sim.start(), Theme.LIGHT);
            Graphics2D g = image.createGraphics();
            FramePainter.paintTrails(new Java2DDrawing(g), f, 0);
            g.dispose();
        }
    }
}
