package descent.ui;

import javafx.scene.layout.Region;

/**
 * Holds a control whose size does not depend on what it shows (a value's field, its slider) as a layout root of its
 * own. A slider move rewrites the field's text and moves the slider's thumb, and JavaFX would otherwise lay out every
 * container from the control up to the window again: the side panel's scroll pane, titled panes and grids took a
 * sixth of the FX thread's time after a slider move (JFR, {@code bench --ui}). The holder takes the control's sizes
 * and gives it all of its own space; should they change (a new theme, say), it asks its own parent for a new layout.
 */
final class LayoutRoot extends Region {

    private final Region child;
    /** The child's minimum and preferred width and preferred height at the last layout. */
    private double minWidth = -1;
    private double prefWidth = -1;
    private double prefHeight = -1;

    LayoutRoot(Region child) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
        child.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now && (child.minWidth(-1) != minWidth || child.prefWidth(-1) != prefWidth
                    || child.prefHeight(-1) != prefHeight)) {
                requestLayout();
            }
        });
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
