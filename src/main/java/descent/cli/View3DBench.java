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
        out.printf("3-D view at %dx%d: the mesh sampled once, then %d frames per mode, the modes taking turns,"
                + " the camera turning 2° each (Java %s, %d cores)%n%n", width, height, frames, System.getProperty("java.version"),
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
            String[] modes = {"still", "drag before", "drag"};
            int[] cells = {SurfaceMesh.CELLS, SurfaceMesh.CELLS / 2, SurfaceMesh.CELLS / 2};
            boolean[] drafts = {false, false, true};
            double[][] medians = new double[3][2];
            List<String> lines = rows(name, s, f, l, c, modes, cells, drafts, width, height, frames, medians);
            lines.forEach(out::println);
            out.printf("%-12s drag before / drag: %.2f× wall, %.2f× CPU%n", name, medians[1][0] / medians[2][0],
                    medians[1][1] / medians[2][1]);
        }
    }

    /**
     * One line per mode: the mesh's sampling time and size, and the painting time of a frame from a moving camera,
     * wall and CPU. The modes take turns frame by frame, so that a burst of load on the machine falls on all of them
     * alike; their medians, wall and CPU, also go into {@code medians}.
     */
    private static List<String> rows(String name, Scenario s, Frame f, FrameLayout l, ContourPlot c, String[] modes,
            int[] cells, boolean[] drafts, int width, int height, int frames, double[][] medians) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = modes.length;
        Surface3DPainter[] painters = new Surface3DPainter[n];
        double[] meshMs = new double[n];
        for (int m = 0; m < n; m++) {
            long[] meshTimes = new long[5];
            SurfaceMesh mesh = null;
            for (int k = 0; k < meshTimes.length; k++) {
                long t0 = System.nanoTime();
                mesh = SurfaceMesh.sample(s.surface(), l.box(), c.levels(), cells[m]);
                meshTimes[k] = System.nanoTime() - t0;
            }
            Arrays.sort(meshTimes);
            meshMs[m] = meshTimes[2] / 1e6;
            painters[m] = new Surface3DPainter(mesh);
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        long[][] times = new long[n][frames];
        long[][] cpu = new long[n][frames];
        // A warm-up turn, then the measured one.
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < frames; k++) {
                for (int m = 0; m < n; m++) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    Graphics2D g = img.createGraphics();
                    painters[m].paint(new Java2DDrawing(g), f, Camera.DEFAULT.withAzimuth(30 + 2.0 * k),
                            ColorMap.VIRIDIS, drafts[m]);
                    g.dispose();
                    times[m][k] = System.nanoTime() - t0;
                    cpu[m][k] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        for (int m = 0; m < n; m++) {
            Arrays.sort(times[m]);
            Arrays.sort(cpu[m]);
            double median = times[m][frames / 2] / 1e6;
            double cpuMedian = cpu[m][frames / 2] / 1e6;
            medians[m][0] = median;
            medians[m][1] = cpuMedian;
            lines.add(String.format("%-12s %-12s %6d %10.1f %8d %10.1f %10.1f %10.1f %10.1f %9.1f", name, modes[m],
                    cells[m], meshMs[m], painters[m].mesh().facetCount(), median,
                    times[m][(int) (0.9 * (frames - 1))] / 1e6, cpuMedian, 1000 / median, 1000 / cpuMedian));
        }
        return lines;
    }
}
