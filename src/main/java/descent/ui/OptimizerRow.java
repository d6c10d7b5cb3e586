package descent.ui;

import descent.optim.Optimizer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One optimizer's line in the race table: whether it is shown, and its loss, gradient norm, step and outcome. */
public final class OptimizerRow {

    private final Optimizer optimizer;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper gradientNorm = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overrides = new ReadOnlyStringWrapper("");

    OptimizerRow(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** Whether the optimizer races; the view-model listens to it. */
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

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The values this optimizer sets for itself, such as "ε = 0.1", or empty. */
    public ReadOnlyStringProperty overridesProperty() {
        return overrides.getReadOnlyProperty();
    }

    void update(double lossValue, double norm, int stepValue, String outcomeText) {
        loss.set(lossValue);
        gradientNorm.set(norm);
        step.set(stepValue);
        outcome.set(outcomeText);
    }

    void setOverrides(String text) {
        overrides.set(text);
    }
}
