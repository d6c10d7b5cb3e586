package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Sgd;
import descent.render.Palette;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.ui.race.RaceTable;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Racers in the window: added from the menu, duplicated, edited in place, renamed, removed. */
@ExtendWith(ApplicationExtension.class)
class RacersWindowTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        Scenario quadratic = Scenario.defaults("quadratic").with(sim -> sim.withRacers(List.of(Racer.of(Sgd.RULE))));
        vm = new MainViewModel(quadratic, Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.plot().paintIfNeeded());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Racer> racers() {
        return vm.scenario().simulation().racers();
    }

    @Test
    void theAddMenuListsEveryRuleGroupedAndAddsTheOneChosen(FxRobot robot) {
        MenuButton add = robot.lookup("#add-racer").queryAs(MenuButton.class);
        List<String> items = add.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertThat(items).contains("The lecture's rules (Deep Learning, ch. 8)", "PyTorch's rules (torch.optim 1.13)",
                "SGD", "Adam", "torch Adam", "torch AdamW");
        assertThat(items.indexOf("SGD")).isLessThan(items.indexOf("PyTorch's rules (torch.optim 1.13)"));
        robot.clickOn("#add-racer").clickOn("#add-adam");
        settle(robot);
        assertThat(racers()).extracting(r -> r.rule().id()).containsExactly("sgd", "adam");
        // Adam takes its own colour, the lecture table's black, and gets a row and a trajectory.
        assertThat(racers().get(1).slot()).isEqualTo(7);
        assertThat(vm.table().rows()).hasSize(2);
        assertThat(vm.race().trajectories()).hasSize(2);
    }

    @Test
    void threeSgdRacersWithTheirOwnLearningRatesRaceSideBySide(FxRobot robot) {
        robot.clickOn(robot.lookup("#race-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#duplicate-racer");
        robot.clickOn("#duplicate-racer");
        settle(robot);
        assertThat(racers()).hasSize(3).allMatch(r -> r.rule() == Sgd.RULE);
        assertThat(racers()).extracting(Racer::slot).doesNotHaveDuplicates();
        // Edit the second in place: its ε field, as typed.
        robot.interact(() -> vm.race().report(""));
        robot.doubleClickOn(robot.lookup("#race-table .table-row-cell").nth(1).queryAs(Node.class));
        settle(robot);
        assertThat(robot.lookup("#racer-sheet").queryAs(Node.class).isVisible()).isTrue();
        robot.doubleClickOn("#racer-eps-field").eraseText(10).write("0.15").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        int second = racers().get(1).slot();
        assertThat(vm.race().racer(second).own()).containsEntry(Hyperparameter.LEARNING_RATE, 0.15);
        assertThat(vm.race().racer(racers().get(0).slot()).own()).isEmpty();
        // A value out of range is refused beside the field, as the global slider's are, and changes nothing.
        robot.doubleClickOn("#racer-eps-field").eraseText(10).write("-1").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        assertThat(robot.lookup("#racer-eps-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(vm.race().racer(second).own()).containsEntry(Hyperparameter.LEARNING_RATE, 0.15);
        // The legend, the table and the paths tell the three apart.
        assertThat(vm.frame().tracks()).extracting(t -> t.label()).containsExactly("SGD", "SGD ε=0.15", "SGD 2");
        assertThat(vm.frame().tracks()).extracting(t -> Palette.color(t.slot())).doesNotHaveDuplicates();
        assertThat(vm.race().trajectories().get(1).x(1)).isNotEqualTo(vm.race().trajectories().get(0).x(1));
    }

    @Test
    void aRacerIsRenamedInItsSheetAndASwitchFlipsItsRule(FxRobot robot) {
        robot.interact(() -> vm.race().addRacer(Adam.RULE));
        int adam = racers().get(1).slot();
        robot.interact(() -> view.table().getSelectionModel().select(1));
        robot.clickOn("#edit-racer");
        settle(robot);
        TextField label = robot.lookup("#racer-label").queryAs(TextField.class);
        assertThat(label.getPromptText()).isEqualTo("Adam");
        robot.clickOn(label).write("Adam, uncorrected").type(javafx.scene.input.KeyCode.ENTER);
        ToggleSwitch bias = robot.lookup("#racer-bias_correction").queryAs(ToggleSwitch.class);
        assertThat(bias.isSelected()).isTrue();
        robot.interact(() -> bias.setSelected(false));
        settle(robot);
        Racer r = vm.race().racer(adam);
        assertThat(r.label()).isEqualTo("Adam, uncorrected");
        assertThat(r.own()).containsEntry(Adam.BIAS_CORRECTION, 0.0);
        assertThat(vm.frame().tracks().get(1).label()).isEqualTo("Adam, uncorrected");
        assertThat(RaceTable.describe(vm.race(), adam)).contains("bias_correction = false (own)");
    }

    @Test
    void removingTheRacerBeingEditedClosesItsSheetAndFreesItsSlot(FxRobot robot) {
        robot.interact(() -> vm.race().addRacer(Adam.RULE));
        robot.interact(() -> view.table().getSelectionModel().select(1));
        robot.clickOn("#edit-racer");
        settle(robot);
        robot.clickOn("#remove-racer");
        settle(robot);
        assertThat(racers()).hasSize(1);
        assertThat(robot.lookup("#racer-sheet").queryAs(Node.class).isVisible()).isFalse();
        assertThat(vm.scenario().simulation().freeSlot()).isEqualTo(1);
    }

    @Test
    void aFullRaceRefusesASeventeenthRacerWithAMessage(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 15; i++) {
                assertThat(vm.race().addRacer(Sgd.RULE)).isEmpty();
            }
            assertThat(vm.race().addRacer(Sgd.RULE)).contains("a race has at most 16 racers");
        });
        robot.clickOn("#add-racer").clickOn("#add-momentum");
        settle(robot);
        assertThat(racers()).hasSize(16);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("at most 16 racers");
    }
}
