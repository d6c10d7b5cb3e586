package descent.ui.plot;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.contour.Levels;
import descent.render.Camera;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.Surface3DPainter;
import descent.render.SurfaceMesh;
import descent.surface.Surface;
import descent.surface.ViewBox;
import descent.ui.look.LookModel;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import descent.ui.util.Tips;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * The race on the surface in 3-D, drawn by the same painter as the 3-D exports: drag to turn the camera round and
 * up or down, scroll to zoom, double-click to go back to the opening view, "Top view" to look straight down. The
 * mesh is sampled and every frame is painted on a worker thread, one frame at a time, always the newest; the FX
 * thread only shows the pixels.
 */
public final class Surface3DView extends Pane {

    /** Degrees the camera turns per pixel dragged. */
    private static final double TURN = 0.4;
    /**
     * Cells along the longer side while the camera is dragged: about a third of the facets and half the rows of
     * contour lines of the still view, so that the surface follows the pointer; the full mesh comes back on release.
     */
    static final int MOVING_CELLS = SurfaceMesh.CELLS / 2;

    private final RaceModel race;
    private final LookModel look;
    private final ViewportModel viewport;
    private final Supplier<Frame> frames;
    private final Executor worker;
    private final Executor publisher;
    private final ImageView image = new ImageView();
    private final Button top = new Button("Top view");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private WritableImage shown;
    /** Whether something shown changed since the last frame was asked for. */
    private boolean dirty = true;
    /** Whether a frame is being painted on the worker. */
    private boolean painting;
    private long paints;
    /** Whether the camera is being dragged: frames are painted from the coarser mesh meanwhile. */
    private boolean moving;
    private double lastX;
    private double lastY;

    // Only the worker touches these: each painter keeps its projected mesh between frames.
    private final Surface3DPainter[] painters = new Surface3DPainter[2];
    private final List<?>[] meshKeys = new List<?>[2];

    /**
     * @param frames    the frame to draw now, as the plot draws it
     * @param worker    where the mesh is sampled and frames painted, one at a time (a single thread)
     * @param publisher where painted frames are shown (the FX thread)
     */
    public Surface3DView(RaceModel race, PlaybackModel playback, ViewportModel viewport, LookModel look,
            Supplier<Frame> frames, Executor worker, Executor publisher) {
        this.race = race;
        this.look = look;
        this.viewport = viewport;
        this.frames = frames;
        this.worker = worker;
        this.publisher = publisher;
        setId("plot-3d");
        image.setId("plot-3d-image");
        image.setManaged(false);
        image.setMouseTransparent(true);
        // Straight down, north up, zoom 1: the surface lands on the flat plot's own pixels.
        top.setId("view3d-top");
        Tips.install(top, "Look straight down on the surface, as the flat plot does.");
        top.setOnAction(e -> look.cameraProperty().set(Camera.TOP));
        top.setOnMouseClicked(MouseEvent::consume);
        top.setManaged(false);
        top.setCursor(Cursor.DEFAULT);
        getChildren().addAll(image, top);
        setMinSize(200, 150);
        Runnable changed = () -> dirty = true;
        race.trajectoriesProperty().addListener((obs, was, now) -> changed.run());
        race.scenarioProperty().addListener((obs, was, now) -> changed.run());
        playback.stepProperty().addListener((obs, was, now) -> changed.run());
        viewport.contourProperty().addListener((obs, was, now) -> changed.run());
        viewport.layoutProperty().addListener((obs, was, now) -> changed.run());
        look.darkProperty().addListener((obs, was, now) -> changed.run());
        look.colorMapProperty().addListener((obs, was, now) -> changed.run());
        look.landmarksShownProperty().addListener((obs, was, now) -> changed.run());
        look.ghostShownProperty().addListener((obs, was, now) -> changed.run());
        look.cameraProperty().addListener((obs, was, now) -> changed.run());
        widthProperty().addListener((obs, was, now) -> changed.run());
        heightProperty().addListener((obs, was, now) -> changed.run());
        setCursor(Cursor.OPEN_HAND);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> {
            setCursor(Cursor.OPEN_HAND);
            released();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                look.cameraProperty().set(Camera.DEFAULT);
            }
        });
        setOnScroll(this::scrolled);
    }

    @Override
    protected void layoutChildren() {
        top.autosize();
        // At the bottom right, below the camera's caption and beside the legend: the title, the colour bar's name and
        // the notes take the top.
        double gap = 6;
        top.relocate(getWidth() - top.getWidth() - gap, getHeight() - top.getHeight() - gap);
    }

    /** Whether a frame has been shown since the view was made: for screenshots and tests. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether the frame shown is up to date: one has been shown, none is being painted and nothing has changed. */
    public boolean settled() {
        return ready.get() && !painting && !dirty;
    }

    /** How many frames have been shown, for tests and the UI benchmark. */
    public long paints() {
        return paints;
    }

    /**
     * Asks the worker for a new frame when something shown has changed and the last one is done; called once per
     * pulse by the window's timer while the view is shown.
     */
    public void paintIfNeeded() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        FrameLayout plotLayout = viewport.layoutProperty().get();
        if (!dirty || painting || w < 1 || h < 1 || plotLayout == null) {
            return;
        }
        Frame f = frames.get();
        ContourPlot contour = f.contour();
        if (contour == null) {
            return;
        }
        dirty = false;
        painting = true;
        FrameLayout l = FrameLayout.compute(w, h, plotLayout.box(), FramePainter.legendLabels(f.tracks()),
                plotLayout.font());
        Frame mine = new Frame(f.surfaceName(), contour, l, f.tracks(), f.step(), f.totalSteps(), f.start(),
                f.theme(), f.extras());
        Surface surface = race.scenario().surface();
        Camera camera = look.cameraProperty().get();
        ColorMap map = contour.colorMap();
        int cells = moving ? MOVING_CELLS : SurfaceMesh.CELLS;
        worker.execute(() -> {
            int[] pixels;
            try {
                pixels = paint(surface, mine, camera, map, w, h, cells);
            } catch (RuntimeException | OutOfMemoryError e) {
                pixels = null;
            }
            int[] done = pixels;
            publisher.execute(() -> show(done, w, h));
        });
    }

    /** On the worker: samples the mesh if the surface, the box or the levels changed, and paints the frame. */
    private int[] paint(Surface surface, Frame f, Camera camera, ColorMap map, int w, int h, int cells) {
        ViewBox box = f.layout().box();
        Levels levels = f.contour().levels();
        List<Object> key = List.of(surface, box, levels);
        int k = cells == SurfaceMesh.CELLS ? 0 : 1;
        if (painters[k] == null || !key.equals(meshKeys[k])) {
            painters[k] = new Surface3DPainter(SurfaceMesh.sample(surface, box, levels, cells));
            meshKeys[k] = key;
        }
        Surface3DPainter painter = painters[k];
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        // While dragged: the coarser mesh, drawn as a draft.
        painter.paint(new Java2DDrawing(g), f, camera, map, k == 1);
        g.dispose();
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    /** On the FX thread: shows a painted frame, and asks for the next if something changed meanwhile. */
    private void show(int[] pixels, int w, int h) {
        painting = false;
        if (pixels == null) {
            // A frame that failed to paint is dropped; the last good one stays.
            return;
        }
        if (shown == null || (int) shown.getWidth() != w || (int) shown.getHeight() != h) {
            shown = new WritableImage(w, h);
            image.setImage(shown);
        }
        shown.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        paints++;
        ready.set(true);
        if (dirty) {
            paintIfNeeded();
        }
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        setCursor(Cursor.CLOSED_HAND);
        requestFocus();
    }

    /** Dragging right turns the surface to the right (the camera goes left round it); dragging down tilts it up. */
    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        dragBy(dx, dy);
    }

    /** What a drag of (dx, dy) pixels does: turns the camera, and frames come from the coarser mesh until released. */
    public void dragBy(double dx, double dy) {
        moving = true;
        look.cameraProperty().set(look.cameraProperty().get().turned(-TURN * dx, TURN * dy));
    }

    /** What releasing a drag does: the next frame is painted from the full mesh. */
    public void released() {
        if (moving) {
            moving = false;
            dirty = true;
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        // As on the plot: one wheel notch (40 units) zooms by 15%; scrolling up zooms in.
        look.cameraProperty().set(look.cameraProperty().get().zoomed(Math.exp(e.getDeltaY() / 40 * 0.15)));
        e.consume();
    }
}
