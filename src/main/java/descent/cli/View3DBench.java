package descent.cli;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.render.Camera;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Surface3DPainter;
import descent.render.SurfaceMesh;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code descent bench --view3d}: how long the 3-D view takes to sample its mesh and to paint a frame from a camera
 * that moves every frame, as when the surface is dragged round in the window or an orbit is exported. The frame is
 * painted as the window's worker paints it: Java2D into an image of the given size.
 */
final class View3DBench {

    /** Surfaces with a round relief, a narrow curved valley and four minima. */
    static final List<String> SURFACES = List.of("wells", "rosenbrock", "himmelblau");

    private View3DBench() {
    }

    static void run(PrintStream out, int width, int height, int frames) {
        out.printf("3-D view at %dx%d: the mesh sampled once, then %d frames, the camera turning 2° each"
                + " (Java %s, %d cores)%n%n", width, height, frames, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        out.printf("%-12s %6s %10s %8s %12s %12s %10s%n", "surface", "cells", "mesh ms", "facets", "median ms",
                "90% ms", "frames/s");
        for (String name : SURFACES) {
            Scenario s = Scenario.defaults(name);
            List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
            FrameLayout l = FrameLayout.compute(width, height, s.view(), FramePainter.legendLabels(tracks));
            ContourPlot c = ContourPlot.compute(s.surface(), l.box(), l.imageWidth(), l.imageHeight(), 2,
                    ColorMap.VIRIDIS, () -> false);
            Frame f = new Frame(s.surfaceName(), c, l, tracks, s.simulation().steps(), s.simulation().steps(),
                    s.simulation().start(), Theme.LIGHT);
            for (int cells : new int[] {SurfaceMesh.CELLS, SurfaceMesh.CELLS / 2}) {
                out.println(row(name, s, f, l, c, cells, width, height, frames));
            }
        }
    }

    /** One line: the mesh's sampling time and size, and the painting time of a frame from a moving camera. */
    private static String row(String name, Scenario s, Frame f, FrameLayout l, ContourPlot c, int cells, int width,
            int height, int frames) {
        long[] meshTimes = new long[5];
        SurfaceMesh mesh = null;
        for (int k = 0; k < meshTimes.length; k++) {
            long t0 = System.nanoTime();
            mesh = SurfaceMesh.sample(s.surface(), l.box(), c.levels(), cells);
            meshTimes[k] = System.nanoTime() - t0;
        }
        Surface3DPainter painter = new Surface3DPainter(mesh);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        long[] times = new long[frames];
        // A warm-up turn, then the measured one.
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < frames; k++) {
                long t0 = System.nanoTime();
                Graphics2D g = img.createGraphics();
                painter.paint(new Java2DDrawing(g), f, Camera.DEFAULT.withAzimuth(30 + 2.0 * k),
                        ColorMap.VIRIDIS);
                g.dispose();
                times[k] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        Arrays.sort(meshTimes);
        double median = times[frames / 2] / 1e6;
        return String.format("%-12s %6d %10.1f %8d %12.1f %12.1f %10.1f", name, cells, meshTimes[2] / 1e6,
                mesh.facetCount(), median, times[(int) (0.9 * (frames - 1))] / 1e6, 1000 / median);
    }
}
