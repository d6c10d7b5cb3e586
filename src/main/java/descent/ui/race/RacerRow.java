package descent.ui.race;

import descent.sim.Racer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One racer's line in the race table: whether it is shown, and its loss, gradient norm, steps taken (k) and outcome.
 */
public final class RacerRow {

    private final int slot;
    private Racer racer;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper gradientNorm = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcomeDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overrides = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

    RacerRow(Racer racer) {
        this.slot = racer.slot();
        this.racer = racer;
    }

    /** The racer's slot: its identity in the race. */
    public int slot() {
        return slot;
    }

    /** The racer as it is now. */
    public Racer racer() {
        return racer;
    }

    void setRacer(Racer r) {
        racer = r;
    }

    /** Whether the racer races; the view-model listens to it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyDoubleProperty lossProperty() {
        return loss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty gradientNormProperty() {
        return gradientNorm.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What the outcome cell says, such as "converged at 136" or "escaped at 56". */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What the outcome means with its numbers, and how the racer's many starts stand: the cell's tooltip. */
    public ReadOnlyStringProperty outcomeDetailProperty() {
        return outcomeDetail.getReadOnlyProperty();
    }

    /** How this racer differs from a plain one of its rule, such as "ε=0.1", or empty. */
    public ReadOnlyStringProperty overridesProperty() {
        return overrides.getReadOnlyProperty();
    }

    /** The racer's label as the legend shows it, unique in the race, such as "SGD ε=0.5" or "SGD 2". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    void setLabel(String text) {
        label.set(text);
    }

    void update(double lossValue, double norm, int stepValue, String outcomeText, String detail) {
        loss.set(lossValue);
        gradientNorm.set(norm);
        step.set(stepValue);
        // The detail first: a cell that redraws on the new outcome reads it.
        outcomeDetail.set(detail);
        outcome.set(outcomeText);
    }

    void setOverrides(String text) {
        overrides.set(text);
    }
}
