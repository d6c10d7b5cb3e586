package descent.ui.controls;

import descent.surface.TypedSurface;
import descent.surface.formula.Declaration;
import descent.ui.race.RaceModel;
import descent.ui.util.Fields;
import descent.ui.util.Tips;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The fields of a surface of your own: the formula f(x, y) and its parameters' declarations, shown while the race is
 * on a typed surface. Each edit applies as soon as it reads; until then the message under the fields says what is
 * wrong and where, and the race stays on the last good surface.
 */
public final class FormulaField extends VBox {

    private final RaceModel race;
    private final TextField formula = new TextField();
    private final TextField parameters = new TextField();
    private final Label error = new Label();
    /** The surface's formula and declarations as last shown, to tell the race's own changes (an undo) from ours. */
    private String shownFormula;
    private String shownParameters;
    /** Whether the fields are being set from the race, or the race from the fields: neither echoes the other. */
    private boolean echo;

    public FormulaField(RaceModel race) {
        super(4);
        this.race = race;
        setId("formula-editor");
        formula.setId("formula-field");
        parameters.setId("formula-parameters");
        error.setId("formula-error");
        error.getStyleClass().add("value-error");
        error.setWrapText(true);
        formula.setPromptText("x^2 + 10*y^2");
        parameters.setPromptText("a=1:0:5, b=2:-1:3");
        Tips.install(formula, "Your own loss f(x, y): numbers, x, y, pi, the parameters below, + - * / ^"
                + " (^ before unary minus: -x^2 is -(x^2)), brackets, and the functions " + "sin cos tan exp log"
                + " sqrt abs tanh sigmoid softplus min max pow. log is the natural logarithm. The race redraws as you"
                + " type; the gradient is exact, by automatic differentiation.");
        Tips.install(parameters, "Parameters of the formula, each with a slider: name=value:min:max,"
                + " separated by commas, such as a=1:0:5, b=2:-1:3.");
        Label f = new Label("f(x, y) =");
        Label p = new Label("Parameters (name=value:min:max)");
        f.setLabelFor(formula);
        p.setLabelFor(parameters);
        // The panel may be narrow: the label wraps rather than hide its example behind '…'.
        p.setWrapText(true);
        getChildren().addAll(f, formula, p, parameters, error);
        formula.textProperty().addListener((obs, was, now) -> commit());
        parameters.textProperty().addListener((obs, was, now) -> commit());
        race.scenarioProperty().addListener((obs, was, now) -> refresh());
        showError(Optional.empty());
        refresh();
    }

    private void commit() {
        if (echo) {
            return;
        }
        echo = true;
        try {
            showError(race.setFormula(formula.getText(), parameters.getText()));
        } finally {
            echo = false;
        }
        remember();
    }

    /** Shows the race's typed surface in the fields, or hides them when the race is on a built-in surface. */
    private void refresh() {
        boolean typed = race.scenario().surface() instanceof TypedSurface;
        setVisible(typed);
        setManaged(typed);
        if (!typed || echo) {
            return;
        }
        TypedSurface t = (TypedSurface) race.scenario().surface();
        String declared = Declaration.format(t.declarations());
        // Only another formula replaces what is typed: a slider moved leaves a half-typed mistake where it is.
        if (!t.text().equals(shownFormula) || !declared.equals(shownParameters)) {
            echo = true;
            try {
                Fields.setTextIfChanged(formula, t.text());
                Fields.setTextIfChanged(parameters, declared);
            } finally {
                echo = false;
            }
            showError(Optional.empty());
            remember();
        }
    }

    private void remember() {
        if (race.scenario().surface() instanceof TypedSurface t) {
            shownFormula = t.text();
            shownParameters = Declaration.format(t.declarations());
        }
    }

    private void showError(Optional<String> message) {
        error.setText(message.orElse(""));
        error.setVisible(message.isPresent());
        error.setManaged(message.isPresent());
        boolean aboutParameters = message.isPresent() && message.get().startsWith("parameters:");
        formula.getStyleClass().remove("refused");
        parameters.getStyleClass().remove("refused");
        if (message.isPresent()) {
            (aboutParameters ? parameters : formula).getStyleClass().add("refused");
        }
    }
}
