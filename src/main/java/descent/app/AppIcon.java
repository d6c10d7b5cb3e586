package descent.app;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Rules;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Descent's icon, drawn by the frame painter: a narrow valley's contours and momentum's path swinging down it to the
 * minimum, on a rounded square. The installers carry it, and the window shows it.
 */
public final class AppIcon {

    /** The ill-conditioned bowl, its valley turned 30 degrees off the axes; a small step, so one clean swoop. */
    static final Scenario SCENARIO = Scenario.defaults("quadratic")
            .withParameters(Map.of("kappa", 6.0, "angle", 30.0))
            .with(sim -> sim.withSteps(80).withRacers(List.of(Racer.of(Rules.byId("momentum"), 2)
                    .with(Hyperparameter.LEARNING_RATE, 0.01))));
    /** The part of the plane shown: the start near the top left corner, the minimum in the middle. */
    static final ViewBox VIEW = new ViewBox(-2.9, 2.9, -2.9, 2.9);

    private AppIcon() {
    }

    /** Writes the icon as a PNG file for the installers that scripts/dist.sh makes: {@code AppIcon FILE.png SIZE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AppIcon FILE.png SIZE");
            System.exit(2);
        }
        ImageIO.write(paint(Integer.parseInt(args[1])), "png", Path.of(args[0]).toFile());
    }

    /** The icon, {@code size} pixels square, transparent outside its rounded corners. */
    public static BufferedImage paint(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double corner = 0.22 * size;
        RoundRectangle2D square = new RoundRectangle2D.Double(0, 0, size, size, corner, corner);
        g.clip(square);
        // The plot fills the square: its axes, colour bar and title fall outside and are not seen.
        double scale = size / 96.0;
        FrameLayout layout = new FrameLayout(size, size, 0, 0, size, size, VIEW, scale, 14 * scale,
                new FrameLayout.LegendBox(0, 0, 0, 0, 0, 0, List.of(), 0, 0));
        ContourPlot contour = ContourPlot.compute(SCENARIO.surface(), VIEW, size, size, 1, ColorMap.VIRIDIS,
                () -> false);
        Simulation sim = SCENARIO.simulation().withStart(new Vec2(-2.3, 1.9));
        List<Track> tracks = Tracks.of(sim, sim.run());
        Frame frame = new Frame(SCENARIO.surfaceName(), contour, layout, tracks, sim.steps(), sim.steps(), sim.start(),
                Theme.DARK);
        Java2DDrawing drawing = new Java2DDrawing(g);
        FramePainter.paintBackground(drawing, frame);
        FramePainter.paintTrails(drawing, frame, 0);
        for (Track t : tracks) {
            FramePainter.paintHead(drawing, frame, t);
        }
        g.dispose();
        return image;
    }
}
