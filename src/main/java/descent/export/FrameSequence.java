package descent.export;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.render.Camera;
import descent.optim.StepExplanation;
import descent.render.Drawing;
import descent.render.Extras;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.InspectorPainter;
import descent.render.Java2DDrawing;
import descent.render.LandmarkPainter;
import descent.render.Surface3DPainter;
import descent.render.SurfaceMesh;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Trajectory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The frames of an animation, rendered off screen with Java2D by the window's painter, at the size asked for.
 * The background is painted once; the trails are kept in an image and extended step by step, as in the window;
 * only the marks (the start, heads, notes, title) are painted anew for each frame, over the trails restored where
 * the previous frame's marks were. Each frame says which boxes may differ from the frame before, so that encoders
 * look at those alone.
 */
public final class FrameSequence {

    private final Scenario scenario;
    private final FrameLayout layout;
    private final ContourPlot contour;
    private final List<Track> tracks;
    private final Theme theme;
    private final int width;
    private final int height;
    private final int[] backgroundPixels;
    private final BufferedImage base;
    private final BufferedImage frame;
    private final int[] basePixels;
    private final int[] framePixels;
    private long trailsTo = -1;
    /** Where the last frame's marks were painted, as pixel boxes; null before the first frame. */
    private List<int[]> marks;
    private final List<int[]> changed = new ArrayList<>();
    /** The racer whose steps are drawn as arrows, or null. */
    private Track inspected;
    /** Its explanations, by the step they explain. */
    private final Map<Integer, StepExplanation> explanations = new HashMap<>();
    private final ColorMap map;
    /** The 3-D view's painter, or null for the plot. */
    private Surface3DPainter view3d;
    private Camera camera;
    private boolean orbit;

    /**
     * Computes the trajectories and the contour for a {@code width × height} animation.
     *
     * @param cancelled polled while the contour is computed
     */
    public FrameSequence(Scenario scenario, int width, int height, ColorMap map, Theme theme,
            BooleanSupplier cancelled) {
        this.scenario = scenario;
        this.width = width;
        this.height = height;
        this.theme = theme;
        this.map = map;
        this.tracks = Tracks.of(scenario.simulation(), scenario.simulation().run());
        this.layout = FrameLayout.compute(width, height, scenario.view(), FramePainter.legendLabels(tracks));
        this.contour = ContourPlot.compute(scenario.surface(), layout.box(), layout.imageWidth(),
                layout.imageHeight(), ContourPlot.FINE_STEP, map, cancelled);
        base = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        basePixels = ((DataBufferInt) base.getRaster().getDataBuffer()).getData();
        framePixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        Graphics2D g = base.createGraphics();
        FramePainter.paintBackground(new Java2DDrawing(g), frame(0));
        g.dispose();
        backgroundPixels = basePixels.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public ContourPlot contour() {
        return contour;
    }

    /** The frame description at a step, for painting it on other backends (SVG). */
    public Frame frame(long step) {
        // As the window shows it: with the surface's minima and saddle points marked.
        return new Frame(scenario.surfaceName(), contour, layout, tracks, step, scenario.simulation().steps(),
                scenario.simulation().start(), theme, new Extras(scenario.surface().landmarks(), List.of(), null));
    }

    /**
     * Draws every frame in 3-D, seen by the camera; with {@code orbit}, the camera turns once around the surface
     * over the frames of a plan, from its azimuth. The relief follows the contour's levels.
     */
    public void view3d(Camera from, boolean turning) {
        if (view3d == null) {
            view3d = new Surface3DPainter(SurfaceMesh.sample(scenario.surface(), layout.box(), contour.levels()));
        }
        camera = from;
        orbit = turning;
    }

    /** Renders frame i of the plan: its step, and with an orbiting camera its turn. */
    public int[] render(Exporter.Plan plan, int i) {
        if (view3d != null && orbit) {
            Camera start = camera;
            camera = start.withAzimuth(start.azimuth() + 360.0 * i / plan.frames());
            try {
                return render(plan.step(i));
            } finally {
                camera = start;
            }
        }
        return render(plan.step(i));
    }

    /** Paints the frame at a step on another backend (SVG), as {@link #render} paints it. */
    public void paint(Drawing d, long step) {
        if (view3d != null) {
            view3d.paint(d, frame(step), camera, map);
            return;
        }
        FramePainter.paint(d, frame(step));
        paintInspection(d, step);
    }

    /**
     * Draws a racer's step arrows on the frames at these steps: at each, what the step shown did, or where the
     * racer's path stopped earlier, its last step. The steps are replayed once, together.
     *
     * @throws IllegalArgumentException if the racer does not race shown in this scenario
     */
    public void inspect(Racer racer, long... steps) {
        inspected = tracks.stream().filter(t -> t.trajectory().racer().equals(racer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("racer " + racer.rule().id() + " is not shown"));
        Trajectory path = inspected.trajectory();
        int[] ks = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            ks[i] = path.isEmpty() ? 0 : path.clampStep(steps[i]);
        }
        List<Optional<StepExplanation>> found = scenario.simulation().explain(racer, ks);
        explanations.clear();
        for (int i = 0; i < ks.length; i++) {
            found.get(i).ifPresent(e -> explanations.put((int) e.step(), e));
        }
    }

    /** Paints the inspected racer's step arrows and caption for the frame at a step, if it has any. */
    public void paintInspection(Drawing d, long step) {
        if (inspected == null || inspected.trajectory().isEmpty()) {
            return;
        }
        StepExplanation e = explanations.get(inspected.trajectory().clampStep(step));
        if (e != null) {
            Frame f = frame(step);
            InspectorPainter.paint(d, f, inspected.slot(), e);
            InspectorPainter.paintCaption(d, f, inspected, e);
        }
    }

    /**
     * Renders the frame at a step and returns its pixels (opaque RGB, row 0 at the top). The array is reused by
     * the next call: copy it to keep it.
     */
    public int[] render(long step) {
        if (view3d != null) {
            // Every frame whole: the camera may have moved, and what hides a path changes with it.
            Graphics2D g = frame.createGraphics();
            view3d.paint(new Java2DDrawing(g), frame(step), camera, map);
            g.dispose();
            changed.clear();
            changed.add(new int[] {0, 0, width, height});
            return framePixels;
        }
        Frame f = frame(step);
        changed.clear();
        // The inspector's arrows and caption are not in the boxes: frames with them are compared whole.
        boolean whole = marks == null || inspected != null;
        if (step < trailsTo || trailsTo < 0) {
            System.arraycopy(backgroundPixels, 0, basePixels, 0, basePixels.length);
            trailsTo = 0;
            whole = true;
        }
        if (step > trailsTo || trailsTo == 0) {
            if (!whole) {
                for (double[] box : FramePainter.trailBounds(f, trailsTo)) {
                    changed.add(pixelBox(box));
                }
            }
            Graphics2D g = base.createGraphics();
            FramePainter.paintTrails(new Java2DDrawing(g), f, trailsTo);
            g.dispose();
            trailsTo = step;
        }
        Graphics2D g = frame.createGraphics();
        Java2DDrawing d = new Java2DDrawing(g);
        List<int[]> now = markBoxes(d, f);
        if (whole) {
            System.arraycopy(basePixels, 0, framePixels, 0, framePixels.length);
            changed.add(new int[] {0, 0, width, height});
        } else {
            changed.addAll(marks);
            changed.addAll(now);
            for (int[] box : changed) {
                for (int y = box[1]; y < box[3]; y++) {
                    System.arraycopy(basePixels, y * width + box[0], framePixels, y * width + box[0], box[2] - box[0]);
                }
            }
        }
        FramePainter.paintMarks(d, f);
        paintInspection(d, step);
        g.dispose();
        marks = now;
        return framePixels;
    }

    /**
     * The boxes {x0, y0, x1, y1} (ends excluded) outside which the frame just rendered equals the frame rendered
     * before it; the whole frame for the first one, after a step back, or with a racer inspected. They may overlap.
     */
    public List<int[]> changed() {
        return changed;
    }

    /** The trails without the marks, as they stand after the last frame: what the marks are painted over. */
    int[] trails() {
        return basePixels;
    }

    private List<int[]> markBoxes(Java2DDrawing d, Frame f) {
        List<int[]> boxes = new ArrayList<>();
        boxes.add(pixelBox(FramePainter.swarmHeadBounds(f)));
        boxes.add(pixelBox(LandmarkPainter.sharesBounds(f)));
        boxes.add(pixelBox(FramePainter.startBounds(f)));
        for (Track track : f.tracks()) {
            boxes.add(pixelBox(FramePainter.headBounds(f, track)));
        }
        boxes.add(pixelBox(FramePainter.notesBounds(FramePainter.notes(d, f))));
        boxes.add(pixelBox(FramePainter.titleBounds(d, f)));
        return boxes;
    }

    /**
     * A painter's box (x, y, width, height) as whole pixels, grown by a pixel for anti-aliasing's sake and cut to
     * the frame.
     */
    private int[] pixelBox(double[] b) {
        if (b[2] <= 0 || b[3] <= 0) {
            return new int[] {0, 0, 0, 0};
        }
        int x0 = Math.max(0, (int) Math.floor(b[0]) - 1);
        int y0 = Math.max(0, (int) Math.floor(b[1]) - 1);
        int x1 = Math.min(width, (int) Math.ceil(b[0] + b[2]) + 1);
        int y1 = Math.min(height, (int) Math.ceil(b[1] + b[3]) + 1);
        return x1 > x0 && y1 > y0 ? new int[] {x0, y0, x1, y1} : new int[] {0, 0, 0, 0};
    }

    /** The frame just rendered, as an image (shared, like the pixels). */
    public BufferedImage image() {
        return frame;
    }
}
