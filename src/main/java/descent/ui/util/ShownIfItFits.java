package descent.ui.util;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Holds a label that is worth showing only whole, such as a hint: it asks for no room, takes what its row leaves, and
 * shows the label, right-aligned, only where all of it fits; never cut short to "...".
 */
public final class ShownIfItFits extends Region {

    private final Label label;

    public ShownIfItFits(Label label) {
        this.label = label;
        getChildren().add(label);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return label.prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        double w = label.prefWidth(-1);
        label.setVisible(w <= getWidth());
        label.resizeRelocate(Math.max(0, getWidth() - w), 0, Math.min(w, getWidth()), getHeight());
    }
}
