package descent.ui.explore;

import descent.render.FrameLayout;
import descent.ui.util.FxDrawing;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * A canvas that fills its pane and has a picture painted on it whole by the shared painter: at once when its size
 * changes, and at most once a pulse when asked to repaint.
 */
final class PictureCanvas extends Pane {

    private final Canvas canvas = new Canvas();
    private final Consumer<FxDrawing> painter;
    private boolean queued;

    /** @param painter paints the whole picture at the canvas's size */
    PictureCanvas(String id, Consumer<FxDrawing> painter) {
        this.painter = painter;
        canvas.setId(id);
        getChildren().add(canvas);
        setMinSize(160, 120);
        setPrefSize(860, 600);
    }

    Canvas canvas() {
        return canvas;
    }

    double canvasWidth() {
        return canvas.getWidth();
    }

    double canvasHeight() {
        return canvas.getHeight();
    }

    /** The base font of a picture this size at the window's UI scale, as the plot's. */
    double font(double uiScale) {
        return FrameLayout.fontFor(canvas.getWidth(), canvas.getHeight()) * uiScale;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    /** Repaints in the next pulse, once however many times it is asked before then. */
    void repaint() {
        if (!queued) {
            queued = true;
            javafx.application.Platform.runLater(() -> {
                queued = false;
                paint();
            });
        }
    }

    /** Repaints now. */
    void paint() {
        if (canvas.getWidth() < 16 || canvas.getHeight() < 16) {
            return;
        }
        FxDrawing d = new FxDrawing(canvas.getGraphicsContext2D());
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painter.accept(d);
    }
}
