package descent.ui;

import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.surface.Vec2;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * The plot: two stacked canvases, the background layer (contour, axes, colour bar) redrawn only when the view or
 * the contour changes, and the overlay (trajectories, legend, title) redrawn when the step or the paths change.
 * Click to move the start, drag the start, drag elsewhere to pan, scroll to zoom about the pointer.
 */
final class PlotView extends Pane {

    /** How close to the start marker, in pixels, a press picks it up. */
    private static final double GRAB = 14;

    private final MainViewModel vm;
    private final Canvas background = new Canvas();
    private final Canvas overlay = new Canvas();
    private boolean backgroundDirty = true;
    private boolean overlayDirty = true;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean draggingStart;
    private boolean panning;
    private long paints;

    PlotView(MainViewModel vm) {
        this.vm = vm;
        setId("plot");
        background.setId("plot-background");
        overlay.setId("plot-overlay");
        getChildren().addAll(background, overlay);
        setMinSize(200, 150);
        initListeners();
    }

    private void initListeners() {
        vm.contourProperty().addListener((obs, was, now) -> invalidateAll());
        vm.layoutProperty().addListener((obs, was, now) -> invalidateAll());
        vm.darkProperty().addListener((obs, was, now) -> invalidateAll());
        vm.trajectoriesProperty().addListener((obs, was, now) -> invalidateOverlay());
        vm.stepProperty().addListener((obs, was, now) -> invalidateOverlay());
        vm.scenarioProperty().addListener((obs, was, now) -> invalidateOverlay());
        setOnScroll(this::scrolled);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> setCursor(nearStart(e.getX(), e.getY()) ? Cursor.HAND : Cursor.CROSSHAIR));
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != background.getWidth() || h != background.getHeight()) {
            background.setWidth(w);
            background.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            vm.setCanvasSize(w, h);
            invalidateAll();
        }
    }

    void invalidateAll() {
        backgroundDirty = true;
        overlayDirty = true;
    }

    void invalidateOverlay() {
        overlayDirty = true;
    }

    /** Repaints what changed since the last pulse; called once per frame by the window's timer. */
    boolean paintIfNeeded() {
        if (vm.layoutProperty().get() == null || background.getWidth() < 1) {
            return false;
        }
        if (!backgroundDirty && !overlayDirty) {
            return false;
        }
        Frame f = vm.frame();
        if (backgroundDirty) {
            FramePainter.paintBackground(new FxDrawing(background.getGraphicsContext2D()), f);
            backgroundDirty = false;
        }
        if (overlayDirty) {
            overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            FramePainter.paintOverlay(new FxDrawing(overlay.getGraphicsContext2D()), f);
            overlayDirty = false;
        }
        paints++;
        return true;
    }

    /** How many times the plot has been repainted, for tests and the UI benchmark. */
    long paints() {
        return paints;
    }

    private FrameLayout frameLayout() {
        return vm.layoutProperty().get();
    }

    private boolean nearStart(double x, double y) {
        FrameLayout l = frameLayout();
        if (l == null) {
            return false;
        }
        Vec2 s = vm.scenario().simulation().start();
        return Math.hypot(l.toPixelX(s.x()) - x, l.toPixelY(s.y()) - y) <= GRAB;
    }

    private void scrolled(ScrollEvent e) {
        FrameLayout l = frameLayout();
        if (l == null || e.getDeltaY() == 0) {
            return;
        }
        // One wheel notch (40 units) zooms by 15%; scrolling up zooms in.
        double factor = Math.exp(-e.getDeltaY() / 40 * 0.15);
        vm.zoom(factor, l.toDataX(e.getX()), l.toDataY(e.getY()));
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        draggingStart = e.getButton() == MouseButton.PRIMARY && nearStart(pressX, pressY);
        panning = false;
        requestFocus();
    }

    private void dragged(MouseEvent e) {
        FrameLayout l = frameLayout();
        if (l == null) {
            return;
        }
        if (draggingStart) {
            vm.setStart(new Vec2(l.toDataX(e.getX()), l.toDataY(e.getY())));
        } else if (panning || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4) {
            panning = true;
            setCursor(Cursor.CLOSED_HAND);
            double dx = (e.getX() - lastX) / l.plotWidth() * l.box().width();
            double dy = (e.getY() - lastY) / l.plotHeight() * l.box().height();
            vm.pan(-dx, dy);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        FrameLayout l = frameLayout();
        if (l != null && !draggingStart && !panning && e.getButton() == MouseButton.PRIMARY
                && l.inPlot(e.getX(), e.getY())) {
            vm.setStart(new Vec2(l.toDataX(e.getX()), l.toDataY(e.getY())));
        }
        draggingStart = false;
        panning = false;
        setCursor(Cursor.CROSSHAIR);
    }
}
