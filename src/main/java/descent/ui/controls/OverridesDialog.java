package descent.ui.controls;

import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Setting;
import descent.render.Tracks;
import descent.sim.Racer;
import descent.ui.look.LookModel;
import descent.ui.race.RaceModel;
import descent.ui.util.ScaleStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The editor of one racer's own values, which win over the global ones for it alone. */
public final class OverridesDialog {

    private OverridesDialog() {
    }

    public static void show(RaceModel race, LookModel look, int slot, Window owner) {
        Racer racer = race.racer(slot);
        Rule o = racer.rule();
        String name = Tracks.label(racer);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(name + ": own values");
        VBox content = new VBox(12);
        content.setPadding(new Insets(12));
        content.setId("overrides-" + slot);
        Label intro = new Label("Values set here apply to " + name + " only; the others keep the global"
                + " values. \"Use global\" removes a value set here.");
        intro.setWrapText(true);
        intro.maxWidthProperty().bind(look.fontSizeProperty().multiply(28));
        // The rule in the theme's text colour and at the size of the text around it, as the window changes either.
        FormulaView rule = new FormulaView("rule-" + o.id());
        rule.maxWidthProperty().bind(intro.maxWidthProperty());
        Runnable showRule = () -> rule.show(o.latex(), o.text(), look.fontSize(), look.darkProperty().get());
        showRule.run();
        content.getChildren().addAll(intro, rule);
        List<Runnable> refreshers = new ArrayList<>();
        for (Setting setting : o.settings()) {
            Hyperparameter h = setting.parameter();
            Label own = new Label();
            own.getStyleClass().add("override-state");
            ValueControl c = ValueControl.forHyperparameter(o.id() + "-" + h.key(), h, h.description(),
                    () -> race.value(slot, h), v -> race.setOwnValue(slot, h, v));
            Button global = new Button("Use global");
            global.setId(o.id() + "-" + h.key() + "-global");
            global.setOnAction(e -> race.clearOwnValue(slot, h));
            Runnable refresh = () -> {
                c.refresh();
                boolean set = race.racer(slot).own().containsKey(h);
                own.setText(set ? "own value" : "global value");
                global.setDisable(!set);
            };
            refreshers.add(refresh);
            HBox row = new HBox(10, own, global);
            content.getChildren().add(new VBox(4, c, row));
        }
        Runnable refreshAll = () -> refreshers.forEach(Runnable::run);
        refreshAll.run();
        javafx.beans.value.ChangeListener<Object> listener = (obs, was, now) -> refreshAll.run();
        javafx.beans.value.ChangeListener<Object> restyle = (obs, was, now) -> showRule.run();
        race.scenarioProperty().addListener(listener);
        look.darkProperty().addListener(restyle);
        look.fontSizeProperty().addListener(restyle);
        Runnable unscale = ScaleStyle.follow(dialog.getDialogPane().getStylesheets(), look.fontSizeProperty());
        dialog.setOnHidden(e -> {
            unscale.run();
            race.scenarioProperty().removeListener(listener);
            look.darkProperty().removeListener(restyle);
            look.fontSizeProperty().removeListener(restyle);
        });
        dialog.getDialogPane().getStylesheets().add(
                OverridesDialog.class.getResource("/descent/ui/descent.css").toExternalForm());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
