package descent.ui.controls;

import descent.ui.util.Deferred;
import descent.ui.util.Fields;
import descent.ui.util.LayoutRoot;
import descent.ui.util.Tips;
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
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A value the user sets with a slider or by typing: a label with the lecture's symbol, a field, a slider (linear,
 * logarithmic, or logarithmic in 1 − v for decay rates near 1) and a line for messages. The field shows the value
 * to four significant digits, and the exact value while it is being edited. The arrow keys move the slider by a
 * small step, Shift+arrow and Shift+drag ten times finer. A typed value that is malformed or out of range is refused
 * with a message next to the field; the value in effect stays.
 */
public final class ValueControl extends VBox {

    /** How the slider maps its travel to values. */
    enum Scale {
        LINEAR,
        LOG,
        /** Logarithmic in 1 − v, so that 0.9, 0.99 and 0.999 are evenly spaced. */
        ONE_MINUS_LOG
    }

    private static final double TRAVEL = 1000;
    /** The style class of the control's slider: the window leaves the arrow keys to it while it has the focus. */
    public static final String SLIDER_CLASS = "value-slider";
    /** The style class of a control whose value no racer shown takes: it is drawn dimmed. */
    public static final String IGNORED_CLASS = "ignored";
    /** An arrow key's move, in the slider's travel: 1/200 of it, a factor of 1.07 on ε's six decades. */
    private static final double STEP = TRAVEL / 200;
    /** Shift's moves are this much finer. */
    private static final double FINE = 0.1;

    private final Scale scale;
    private final double lo;
    private final double hi;
    private final boolean whole;
    private final ValueModel model;
    private final Slider slider = new Slider(0, TRAVEL, 0);
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final Label note = new Label();
    /** The name's and the field's tooltip, made once the window is on screen: a popup with a scene of its own. */
    private Tooltip tip;
    private final String help;
    /** What the tooltip says: the help, after what the racers make of the value. */
    private String tipText;
    private boolean updating;
    /** Whether the slider is being moved finely, as with Shift: its values then keep more digits. */
    private boolean fine;
    /** Where a drag the control took over (a Shift+drag) has the slider, unrounded; NaN when there is none. */
    private double dragPosition = Double.NaN;
    private double dragX;

    /**
     * @param key     the id prefix: the slider is {@code key-slider}, the field {@code key-field}, the message
     *                {@code key-error}
     * @param lo      the slider's lowest value; typed values may go beyond the slider's ends
     * @param current the value in effect
     * @param setter  applies a value, or returns why it is refused
     */
    public ValueControl(String key, String title, String help, Scale scale, double lo, double hi, boolean whole,
            DoubleSupplier current, DoubleFunction<Optional<String>> setter) {
        this.scale = scale;
        this.lo = lo;
        this.hi = hi;
        this.whole = whole;
        this.model = new ValueModel(current, setter, whole);
        getStyleClass().add("value-control");
        setId(key);
        slider.setId(key + "-slider");
        slider.getStyleClass().add(SLIDER_CLASS);
        field.setId(key + "-field");
        error.setId(key + "-error");
        Label name = new Label(title);
        name.getStyleClass().add("value-name");
        // The name has a line of its own and the field sits beside the slider: beside the field, in a panel 18 ems
        // wide, a name was cut short ("ρ₁  1st-mom...") or broken mid-word. In a panel too narrow even for the name
        // alone (a large UI scale in a small window), the panel scrolls sideways.
        name.setMinWidth(USE_PREF_SIZE);
        field.getStyleClass().add("value-field");
        field.setAlignment(Pos.CENTER_RIGHT);
        LayoutRoot sliderRoot = new LayoutRoot(slider);
        HBox.setHgrow(sliderRoot, Priority.ALWAYS);
        HBox row = new HBox(8, sliderRoot, new LayoutRoot(field));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("value-row");
        error.getStyleClass().add("value-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        note.setId(key + "-note");
        note.getStyleClass().add("value-note");
        note.setWrapText(true);
        note.setVisible(false);
        note.setManaged(false);
        getChildren().addAll(name, row, error, note);
        setSpacing(2);
        this.help = help;
        tipText = help;
        Deferred.run(() -> {
            tip = Tips.of(tipText);
            Tooltip.install(name, tip);
            slider.setTooltip(Tips.of(help + "\nThe arrow keys move the slider a little; with Shift, and in a drag"
                    + " with Shift, ten times less."));
            field.setTooltip(tip);
        });
        initListeners();
        refresh();
    }

    private void initListeners() {
        slider.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                // Rounded to the fewest digits within a fifth of a move: an arrow key's move gives 0.054, not 0.0539.
                apply(round(fromPosition(now.doubleValue()), fine ? 0.2 * FINE * STEP : 0.2 * STEP), false);
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        slider.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!Double.isNaN(dragPosition)) {
                dragPosition = Double.NaN;
                e.consume();
            }
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                if (!commitField()) {
                    showField(model.value());
                }
            }
            // Editing starts from the exact value; once done the field goes back to four digits.
            if (!error.isVisible()) {
                showField(model.value());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showField(model.value());
                hideError();
            }
        });
    }

    private void keyPressed(KeyEvent e) {
        int direction = switch (e.getCode()) {
            case RIGHT, UP, KP_RIGHT, KP_UP -> 1;
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> -1;
            default -> 0;
        };
        if (direction != 0) {
            nudge(direction, e.isShiftDown());
            e.consume();
        }
    }

    /** Moves the slider one step (a tenth of one if {@code fineStep}) up or down, as the arrow keys do. */
    public void nudge(int direction, boolean fineStep) {
        double before = model.value();
        moveTo(slider.getValue() + direction * STEP * (fineStep ? FINE : 1), fineStep);
        if (whole && model.value() == before) {
            // A step smaller than one: go on to the next whole number all the same.
            double next = before + direction;
            if (next >= lo && next <= hi) {
                apply(next, false);
            }
        }
    }

    private void moveTo(double position, boolean fineMove) {
        fine = fineMove;
        slider.setValue(Math.max(0, Math.min(TRAVEL, position)));
        fine = false;
    }

    /** With Shift, a press neither moves the thumb to the pointer nor grabs it: the drag that follows is fine. */
    private void mousePressed(MouseEvent e) {
        dragPosition = Double.NaN;
        if (e.isShiftDown() && e.isPrimaryButtonDown() && !slider.isDisabled()) {
            takeOverDrag(e.getX());
            slider.requestFocus();
            e.consume();
        }
    }

    /**
     * A drag with Shift moves the slider by a tenth of the pointer's travel. Once Shift has been pressed during a
     * drag, the drag stays relative to where it was, so letting go of Shift does not make the thumb jump.
     */
    private void mouseDragged(MouseEvent e) {
        if (Double.isNaN(dragPosition)) {
            if (!e.isShiftDown() || !e.isPrimaryButtonDown()) {
                return;
            }
            takeOverDrag(e.getX());
        }
        javafx.scene.Node track = slider.lookup(".track");
        double length = Math.max(1, track == null ? slider.getWidth() : track.getLayoutBounds().getWidth());
        dragPosition += (e.getX() - dragX) / length * TRAVEL * (e.isShiftDown() ? FINE : 1);
        dragPosition = Math.max(0, Math.min(TRAVEL, dragPosition));
        dragX = e.getX();
        moveTo(dragPosition, e.isShiftDown());
        e.consume();
    }

    private void takeOverDrag(double x) {
        dragPosition = slider.getValue();
        dragX = x;
    }

    /**
     * A control for a hyperparameter, with the slider scale that suits it: logarithmic for ε, δ, τ and ε_τ, which
     * span decades, and logarithmic in 1 − v for the decay rates and α, so that 0.9, 0.99 and 0.999 are evenly
     * spaced.
     */
    public static ValueControl forHyperparameter(String key, descent.optim.Hyperparameter h, String help,
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

    /** Hands the field's text to the model; returns whether it was accepted. */
    private boolean commitField() {
        Optional<String> refused = model.commit(field.getText());
        if (refused.isPresent()) {
            showError(refused.get());
            field.selectAll();
            return false;
        }
        hideError();
        refresh();
        return true;
    }

    private boolean apply(double v, boolean typed) {
        Optional<String> refused = model.set(v);
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
    public void refresh() {
        double v = model.value();
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
        Fields.setTextIfChanged(field, field.isDisabled() ? "—" : model.text(field.isFocused()));
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

    /**
     * Says whom the value reaches: dimmed, with a line saying why, when no racer shown takes it ({@code note}, such
     * as "every racer has its own ε: 0.01, 0.15"); dimmed alone when no racer reads it ({@code unused}); as usual
     * otherwise. The control still works: a racer added later, or one told to follow it, takes its value.
     */
    public void showFollowers(Optional<String> text, boolean unused) {
        boolean dim = text.isPresent() || unused;
        if (dim != getStyleClass().contains(IGNORED_CLASS)) {
            if (dim) {
                getStyleClass().add(IGNORED_CLASS);
            } else {
                getStyleClass().remove(IGNORED_CLASS);
            }
        }
        if (!note.getText().equals(text.orElse(""))) {
            note.setText(text.orElse(""));
        }
        note.setVisible(text.isPresent());
        note.setManaged(text.isPresent());
        tipText = unused ? "No racer in the race reads this value.\n" + help
                : text.map(t -> t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.substring(1) + ".\n" + help)
                        .orElse(help);
        if (tip != null && !tipText.equals(tip.getText())) {
            tip.setText(tipText);
        }
    }

    /** The line under the control saying that no racer takes its value, for tests; hidden when some do. */
    public Label note() {
        return note;
    }

    /** Turns the control on or off, as for the batch size on surfaces without data: off, its field reads "—". */
    public void setEnabled(boolean enabled) {
        if (slider.isDisabled() == !enabled) {
            return;
        }
        slider.setDisable(!enabled);
        field.setDisable(!enabled);
        hideError();
        showField(model.value());
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

    /**
     * A slider's value rounded to the fewest significant digits that keep it within {@code tolerance} of the
     * slider's travel: a drag gives 0.0531 rather than 0.053118, a fine move as many digits as it needs to move at
     * all. Decay rates near 1 are rounded in 1 − v, so that 0.99871 does not become 1.
     */
    private double round(double v, double tolerance) {
        if (whole) {
            return Math.max(Math.rint(v), Math.ceil(lo));
        }
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double position = toPosition(v);
        for (int digits = 1; digits <= 17; digits++) {
            MathContext m = new MathContext(digits);
            double r = scale == Scale.ONE_MINUS_LOG && v < 1
                    ? BigDecimal.ONE.subtract(new BigDecimal(1 - v).round(m)).doubleValue()
                    : new BigDecimal(v).round(m).doubleValue();
            if (Math.abs(toPosition(r) - position) <= tolerance) {
                return r;
            }
        }
        return v;
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }
}
