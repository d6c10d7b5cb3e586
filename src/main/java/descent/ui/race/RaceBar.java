package descent.ui.race;

import descent.optim.Rule;
import descent.optim.Rules;
import descent.sim.Racer;
import descent.ui.util.Tips;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The race panel's heading and its commands: add a racer (every rule, the lecture's and PyTorch's apart), and edit,
 * duplicate or remove the racer selected in the table.
 */
public final class RaceBar extends HBox {

    /**
     * @param table the race table, whose selected row the commands act on
     * @param edit  opens the editor of the racer in a slot
     */
    public RaceBar(RaceModel race, RaceTable table, IntConsumer edit) {
        setId("race-bar");
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Race");
        heading.getStyleClass().add("panel-heading");
        MenuButton add = new MenuButton(null, new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-racer");
        Tips.install(add, "Add a racer: any rule, as many times as you like, up to " + Racer.MAX_SLOTS
                + " racers. The lecture's rules are the book's; PyTorch's are what torch.optim computes.");
        for (Rule.Family family : Rule.Family.values()) {
            if (!add.getItems().isEmpty()) {
                add.getItems().add(new SeparatorMenuItem());
            }
            MenuItem title = new MenuItem(family.title());
            title.setDisable(true);
            title.getStyleClass().add("menu-group-title");
            add.getItems().add(title);
            for (Rule r : Rules.ALL) {
                if (r.family() == family) {
                    MenuItem item = new MenuItem(r.title());
                    item.setId("add-" + r.id());
                    item.setOnAction(e -> report(race, race.addRacer(r)));
                    add.getItems().add(item);
                }
            }
        }
        Button editOne = button("edit-racer", new FontIcon(MaterialDesignT.TUNE_VARIANT),
                "Edit the selected racer: its name, its own values, batch size, noise, clipping and many starts"
                        + " (or double-click its row).");
        Button duplicate = button("duplicate-racer", new FontIcon(MaterialDesignC.CONTENT_COPY),
                "Add a copy of the selected racer, to change one of its values and race the two.");
        Button remove = button("remove-racer", new FontIcon(MaterialDesignD.DELETE_OUTLINE),
                "Take the selected racer out of the race.");
        editOne.setOnAction(e -> selected(table).ifPresent(edit::accept));
        duplicate.setOnAction(e -> selected(table).ifPresent(s -> report(race, race.duplicate(s))));
        remove.setOnAction(e -> selected(table).ifPresent(race::remove));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        editOne.disableProperty().bind(none);
        duplicate.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(heading, gap, add, editOne, duplicate, remove);
    }

    private static Button button(String id, FontIcon icon, String help) {
        Button b = new Button(null, icon);
        b.setId(id);
        Tips.install(b, help);
        return b;
    }

    private static Optional<Integer> selected(RaceTable table) {
        RacerRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? Optional.empty() : Optional.of(row.slot());
    }

    private static void report(RaceModel race, Optional<String> refused) {
        race.report(refused.orElse(""));
    }
}
