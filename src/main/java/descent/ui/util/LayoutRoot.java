package descent.ui.util;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Holds a control whose size does not depend on what it shows (a value's field, its slider) as a layout root of its
 * own. A slider move rewrites the field's text and moves the slider's thumb, and JavaFX would otherwise lay out every
 * container from the control up to the window again: the side panel's scroll pane, titled panes and grids took a
 * sixth of the FX thread's time after a slider move (JFR, {@code bench --ui}). The holder takes the control's sizes
 * and gives it all of its own space; should they change (a new theme, say), it asks its own parent for a new layout.
 *
 * <p>A layout root's request travels up only as far as the first container already marked as needing a layout.
 * JavaFX can leave a container so marked under a clean parent (a button whose graphic moves while its row is being
 * laid out marks the row, and the row's parent, busy with its own layout, is not told), and then no layout pass
 * reaches the control: the step counter kept reading "step 0" through the first play. So the holder also lays the
 * control out itself after the pulse's layout pass, if that pass did not.
 */
public final class LayoutRoot extends Region {

    private final Region child;
    /** The child's minimum and preferred width and preferred height at the last layout. */
    private double minWidth = -1;
    private double prefWidth = -1;
    private double prefHeight = -1;
    /** The scene whose next pulse lays the child out, if it still needs it; null when none is asked to. */
    private Scene catchUpIn;
    private final Runnable catchUp = new Runnable() {
        @Override
        public void run() {
            catchUpIn.removePostLayoutPulseListener(this);
            catchUpIn = null;
            if (child.isNeedsLayout()) {
                child.layout();
            }
        }
    };

    public LayoutRoot(Region child) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
        child.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now) {
                return;
            }
            if (child.minWidth(-1) != minWidth || child.prefWidth(-1) != prefWidth
                    || child.prefHeight(-1) != prefHeight) {
                requestLayout();
            }
            queueCatchUp();
        });
        // Sizes set on the child outright: its needs-layout flag may already be up, and would not tell.
        for (javafx.beans.value.ObservableValue<?> size : java.util.List.of(child.minWidthProperty(),
                child.prefWidthProperty(), child.maxWidthProperty(), child.minHeightProperty(),
                child.prefHeightProperty(), child.maxHeightProperty())) {
            size.addListener((obs, was, now) -> requestLayout());
        }
    }

    private void queueCatchUp() {
        Scene scene = getScene();
        if (scene == null || catchUpIn != null) {
            return;
        }
        catchUpIn = scene;
        scene.addPostLayoutPulseListener(catchUp);
        Platform.requestNextPulse();
    }

    @Override
    protected double computeMinWidth(double height) {
        return child.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(child.minWidth(-1), Math.min(child.maxWidth(-1), child.prefWidth(-1)));
    }

    @Override
    protected double computeMaxWidth(double height) {
        return child.maxWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return child.prefHeight(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return child.prefHeight(-1);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return child.prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        minWidth = child.minWidth(-1);
        prefWidth = child.prefWidth(-1);
        prefHeight = child.prefHeight(-1);
        child.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
