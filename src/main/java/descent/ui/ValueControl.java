package descent.ui;

import descent.export.Decimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A value the user sets with a slider or by typing: a label with the lecture's symbol, a field showing the exact
 * value, a slider (linear, logarithmic, or logarithmic in 1 − v for decay rates near 1) and a line for messages.
 * A typed value that is malformed or out of range is refused with a message next to the field; the value in
 * effect stays.
 */
final class ValueControl extends VBox {

    /** Wide enough for the longest value a slider gives, such as 1.23e-5 or 0.99985, at the window's font. */
    private static final double FIELD_WIDTH = 84;

    /** How the slider maps its travel to values. */
    enum Scale {
        LINEAR,
        LOG,
        /** Logarithmic in 1 − v, so that 0.9, 0.99 and 0.999 are evenly spaced. */
        ONE_MINUS_LOG
    }

    private static final double TRAVEL = 1000;

    private final Scale scale;
    private final double lo;
    private final double hi;
    private final boolean whole;
    private final DoubleSupplier current;
    private final DoubleFunction<Optional<String>> setter;
    private final Slider slider = new Slider(0, TRAVEL, 0);
    private final TextField field = new TextField();
    private final Label error = new Label();
    private boolean updating;

    /**
     * @param key     the id prefix: the slider is {@code key-slider}, the field {@code key-field}, the message
     *                {@code key-error}
     * @param lo      the slider's lowest value; typed values may go beyond the slider's ends
     * @param current the value in effect
     * @param setter  applies a value, or returns why it is refused
     */
    ValueControl(String key, String title, String help, Scale scale, double lo, double hi, boolean whole,
            DoubleSupplier current, DoubleFunction<Optional<String>> setter) {
        this.scale = scale;
        this.lo = lo;
        this.hi = hi;
        this.whole = whole;
        this.current = current;
        this.setter = setter;
        getStyleClass().add("value-control");
        setId(key);
        slider.setId(key + "-slider");
        field.setId(key + "-field");
        error.setId(key + "-error");
        Label name = new Label(title);
        name.getStyleClass().add("value-name");
        // The name has a line of its own and the field sits beside the slider: the side panel is 250 to 290
        // pixels wide, and beside the field a name was cut short ("ρ₁  1st-mom...") or broken mid-word.
        name.setMaxWidth(Double.MAX_VALUE);
        name.setWrapText(true);
        field.setMinWidth(FIELD_WIDTH);
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        field.setAlignment(Pos.CENTER_RIGHT);
        LayoutRoot sliderRoot = new LayoutRoot(slider);
        HBox.setHgrow(sliderRoot, Priority.ALWAYS);
        HBox row = new HBox(8, sliderRoot, new LayoutRoot(field));
        row.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("value-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        getChildren().addAll(name, row, error);
        setSpacing(2);
        Tooltip tip = Tips.of(help);
        Tooltip.install(name, tip);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        initListeners();
        refresh();
    }

    private void initListeners() {
        slider.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                apply(round(fromPosition(now.doubleValue())), false);
            }
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                if (!commitField()) {
                    showField(current.getAsDouble());
                }
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showField(current.getAsDouble());
                hideError();
            }
        });
    }

    /**
     * A control for a hyperparameter, with the slider scale that suits it: logarithmic for ε, δ, τ and ε_τ, which
     * span decades, and logarithmic in 1 − v for the decay rates and α, so that 0.9, 0.99 and 0.999 are evenly
     * spaced.
     */
    static ValueControl forHyperparameter(String key, descent.optim.Hyperparameter h, String help,
            DoubleSupplier current, DoubleFunction<Optional<String>> setter) {
        String title = h.symbol().equals(h.key()) ? h.title() : h.symbol() + "  " + h.title();
        Scale scale = switch (h.scale()) {
            case LOG -> Scale.LOG;
            case ONE_MINUS_LOG -> Scale.ONE_MINUS_LOG;
            case LINEAR, SWITCH -> Scale.LINEAR;
        };
        return new ValueControl(key, title, help, scale, h.sliderMin(), h.sliderMax(), h.range().wholeNumbers(),
                current, setter);
    }

    /** Reads the field; returns whether its value was accepted. */
    private boolean commitField() {
        String text = field.getText().trim();
        java.util.OptionalDouble typed = Decimal.parse(text);
        if (typed.isEmpty()) {
            showError("'" + text + "' is not a number");
            return false;
        }
        double v = typed.getAsDouble();
        if (whole && v != Math.rint(v)) {
            showError("must be a whole number");
            return false;
        }
        if (v == current.getAsDouble()) {
            hideError();
            return true;
        }
        return apply(v, true);
    }

    private boolean apply(double v, boolean typed) {
        Optional<String> refused = setter.apply(v);
        if (refused.isPresent()) {
            showError(refused.get());
            if (typed) {
                field.selectAll();
            }
            return false;
        }
        hideError();
        refresh();
        return true;
    }

    /** Shows the value in effect on the slider and in the field. */
    void refresh() {
        double v = current.getAsDouble();
        double position = toPosition(v);
        if (Math.abs(position - slider.getValue()) > 1e-9) {
            updating = true;
            slider.setValue(position);
            updating = false;
        }
        if (!field.isFocused() || !error.isVisible()) {
            showField(v);
        }
    }

    private void showField(double v) {
        setTextIfChanged(field, whole ? Long.toString((long) v) : Decimal.shortest(v));
    }

    /** Sets a field's text unless it already reads so: setting the same text again still lays the window out anew. */
    static void setTextIfChanged(javafx.scene.control.TextInputControl field, String text) {
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        if (!field.getStyleClass().contains("refused")) {
            field.getStyleClass().add("refused");
        }
    }

    private void hideError() {
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove("refused");
    }

    /** Turns the control on or off, as for the batch size on surfaces without data. */
    void setEnabled(boolean enabled) {
        slider.setDisable(!enabled);
        field.setDisable(!enabled);
    }

    private double fromPosition(double p) {
        double t = p / TRAVEL;
        return switch (scale) {
            case LINEAR -> lo + t * (hi - lo);
            case LOG -> Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo)));
            case ONE_MINUS_LOG -> 1 - Math.pow(10, Math.log10(1 - lo) + t * (Math.log10(1 - hi) - Math.log10(1 - lo)));
        };
    }

    private double toPosition(double v) {
        double t = switch (scale) {
            case LINEAR -> (v - lo) / (hi - lo);
            case LOG -> (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
            case ONE_MINUS_LOG -> (Math.log10(1 - v) - Math.log10(1 - lo)) / (Math.log10(1 - hi) - Math.log10(1 - lo));
        };
        return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) * TRAVEL : 0;
    }

    /** Slider values rounded to three significant digits, so that the field reads 0.0531 rather than 0.053118. */
    private double round(double v) {
        if (whole) {
            return Math.max(Math.rint(v), Math.ceil(lo));
        }
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        if (scale == Scale.ONE_MINUS_LOG) {
            return 1 - new BigDecimal(1 - v).round(new MathContext(2)).doubleValue();
        }
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }

    Slider slider() {
        return slider;
    }

    TextField field() {
        return field;
    }
}
