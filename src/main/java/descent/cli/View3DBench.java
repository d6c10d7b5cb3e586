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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        out.println("Modes: still, the full mesh as shown at rest and exported; drag before, the coarser mesh drawn in"
                + " full as the window drew it while dragged; drag, the coarser mesh drawn as a draft (no anti-aliased"
                + " lines), as it draws it now. CPU ms is the painting thread's own time, what an idle machine would"
                + " take; frames/s is 1000 / median.");
        out.println();
        out.printf("%-12s %-12s %6s %10s %8s %10s %10s %10s %10s %9s%n", "surface", "mode", "cells", "mesh ms",
                "facets", "median ms", "90% ms", "CPU ms", "frames/s", "CPU f/s");
        for (String name : SURFACES) {
            Scenario s = Scenario.defaults(name);
            List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
            FrameLayout l = FrameLayout.compute(width, height, s.view(), FramePainter.legendLabels(tracks));
            ContourPlot c = ContourPlot.compute(s.surface(), l.box(), l.imageWidth(), l.imageHeight(), 2,
                    ColorMap.VIRIDIS, () -> false);
            Frame f = new Frame(s.surfaceName(), c, l, tracks, s.simulation().steps(), s.simulation().steps(),
                    s.simulation().start(), Theme.LIGHT);
            out.println(row(name, "still", s, f, l, c, SurfaceMesh.CELLS, false, width, height, frames));
            double[] before = new double[2];
            double[] after = new double[2];
            out.println(row(name, "drag before", s, f, l, c, SurfaceMesh.CELLS / 2, false, width, height, frames,
                    before));
            out.println(row(name, "drag", s, f, l, c, SurfaceMesh.CELLS / 2, true, width, height, frames, after));
            out.printf("%-12s drag before / drag: %.2f× wall, %.2f× CPU%n", name, before[0] / after[0],
                    before[1] / after[1]);
        }
    }

    private static String row(String name, String mode, Scenario s, Frame f, FrameLayout l, ContourPlot c,
            int cells, boolean draft, int width, int height, int frames) {
        return row(name, mode, s, f, l, c, cells, draft, width, height, frames, new double[2]);
    }

    /**
     * One line: the mesh's sampling time and size, and the painting time of a frame from a moving camera, wall and
     * CPU; the two medians also go into {@code medians}.
     */
    private static String row(String name, String mode, Scenario s, Frame f, FrameLayout l, ContourPlot c,
            int cells, boolean draft, int width, int height, int frames, double[] medians) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
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
        long[] cpu = new long[frames];
        // A warm-up turn, then the measured one.
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < frames; k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Graphics2D g = img.createGraphics();
                painter.paint(new Java2DDrawing(g), f, Camera.DEFAULT.withAzimuth(30 + 2.0 * k),
                        ColorMap.VIRIDIS, draft);
                g.dispose();
                times[k] = System.nanoTime() - t0;
                cpu[k] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        Arrays.sort(meshTimes);
        double median = times[frames / 2] / 1e6;
        double cpuMedian = cpu[frames / 2] / 1e6;
        medians[0] = median;
        medians[1] = cpuMedian;
        return String.format("%-12s %-12s %6d %10.1f %8d %10.1f %10.1f %10.1f %10.1f %9.1f", name, mode, cells,
                meshTimes[2] / 1e6, mesh.facetCount(), median, times[(int) (0.9 * (frames - 1))] / 1e6, cpuMedian,
                1000 / median, 1000 / cpuMedian);
    }
}
