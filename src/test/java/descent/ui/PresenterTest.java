package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.lesson.Lessons;
import descent.optim.Hyperparameter;
import descent.render.FrameLayout;
import descent.scenario.Scenario;
import descent.ui.lesson.Caption;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lessons and presenter mode as a lecturer uses them on a 1920x1080 projector: a lesson from the menu, its caption,
 * P for the plot alone in type the back row reads, N and B through the lessons, Esc back; undo and redo.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        vm = new MainViewModel(Scenario.defaults("wells"), Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.plot().paintIfNeeded());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void aLessonFromTheMenuShowsItsTitleAndTextAboveThePlot(FxRobot robot) {
        assertThat(showing(robot, "#caption")).isFalse();
        robot.clickOn("#lessons-menu").clickOn("#lesson-saddle-point");
        settle(robot);
        assertThat(vm.scenario()).isEqualTo(Lessons.find("saddle-point").orElseThrow().scenario());
        assertThat(robot.lookup("#caption-title").queryAs(Label.class).getText()).isEqualTo("A saddle point");
        assertThat(robot.lookup("#caption-text").queryAs(Label.class).getText()).contains("saddle point");
        assertThat(robot.lookup("#caption-place").queryAs(Label.class).getText()).isEqualTo(
                (Lessons.all().indexOf(Lessons.find("saddle-point").orElseThrow()) + 1) + " / " + Lessons.all().size());
        robot.clickOn("#caption-leave");
        assertThat(showing(robot, "#caption")).isFalse();
        assertThat(vm.scenario().surfaceName()).isEqualTo("saddle");
    }

    @Test
    void presenterModeShowsThePlotAloneInTypeTheBackRowReads(FxRobot robot) {
        robot.interact(() -> vm.lessons().open(Lessons.find("ill-conditioning").orElseThrow()));
        settle(robot);
        double normalFont = vm.viewport().layout().font();
        robot.interact(() -> view.plot().requestFocus());
        robot.type(KeyCode.P);
        settle(robot);
        assertThat(vm.look().presenterProperty().get()).isTrue();
        assertThat(view.getTop()).as("the toolbar").isNull();
        assertThat(robot.lookup("#split").queryAs(SplitPane.class).getItems()).hasSize(1);
        Caption caption = robot.lookup("#caption").queryAs(Caption.class);
        assertThat(caption.titleSize()).isGreaterThanOrEqualTo(40);
        assertThat(caption.textSize()).isGreaterThanOrEqualTo(28);
        // All of the lesson's text shows, however many lines it takes.
        Label text = robot.lookup("#caption-text").queryAs(Label.class);
        assertThat(text.getHeight()).isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 1);
        assertThat(text.getHeight()).isGreaterThan(3 * caption.textSize());
        FrameLayout layout = vm.viewport().layout();
        // The smallest text on the plot is 24 pixels or more, and a path is drawn 3 pixels wide or more.
        assertThat(FrameLayout.SMALL * layout.font()).isGreaterThanOrEqualTo(24);
        assertThat(layout.font()).isGreaterThan(normalFont);
        assertThat(2.2 * layout.scale()).isGreaterThanOrEqualTo(3);
        // The plot still has most of the screen.
        assertThat(view.plot().getWidth()).isGreaterThan(0.9 * 1920);
        assertThat(view.plot().getHeight()).isGreaterThan(0.5 * 1080);

        robot.type(KeyCode.N);
        settle(robot);
        assertThat(vm.lessons().lesson()).isEqualTo(Lessons.next(Lessons.find("ill-conditioning").orElseThrow()));
        robot.type(KeyCode.B);
        robot.type(KeyCode.B);
        settle(robot);
        assertThat(vm.lessons().lesson()).isEqualTo(Lessons.previous(Lessons.find("ill-conditioning")
                .orElseThrow()));

        robot.type(KeyCode.ESCAPE);
        settle(robot);
        assertThat(vm.look().presenterProperty().get()).isFalse();
        assertThat(view.getTop()).isNotNull();
        assertThat(robot.lookup("#split").queryAs(SplitPane.class).getItems()).hasSize(3);
        assertThat(vm.viewport().layout().font()).isLessThan(layout.font());
        assertThat(caption.titleSize()).isLessThan(40);
        // Outside presenter mode at most four lines of it, the rest in the tooltip.
        assertThat(text.getHeight()).isLessThanOrEqualTo(4 * 1.3 * caption.textSize() + 2);
        assertThat(text.getTooltip().getText()).isEqualTo(vm.lessons().lesson().text());
    }

    @Test
    void aKeyTypedInAFieldIsTextNotACommand(FxRobot robot) {
        robot.interact(() -> vm.lessons().open(Lessons.find("saddle-point").orElseThrow()));
        robot.doubleClickOn("#steps-field").type(KeyCode.P, KeyCode.N, KeyCode.B);
        settle(robot);
        assertThat(vm.look().presenterProperty().get()).isFalse();
        assertThat(vm.lessons().lesson().name()).isEqualTo("saddle-point");
    }

    @Test
    void ctrlZUndoesASliderDraggedAsOneChangeAndCtrlShiftZRedoesIt(FxRobot robot) {
        double before = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        robot.interact(() -> {
            for (int i = 1; i <= 5; i++) {
                vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.001 * i);
            }
        });
        // Focus without a click: a click on the plot would move the start, a change of its own.
        robot.interact(() -> view.plot().requestFocus());
        assertThat(robot.lookup("#undo-button").query().isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isEqualTo(before);
        assertThat(robot.lookup("#undo-button").query().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isEqualTo(0.005);
        assertThat(robot.lookup("#undo-button").query().isDisabled()).isFalse();
        robot.clickOn("#undo-button");
        settle(robot);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isEqualTo(before);
    }

    @Test
    void theViewMenuHidesTheMinimaAndSaddlePoints(FxRobot robot) {
        assertThat(vm.frame().extras().landmarks()).isNotEmpty();
        robot.clickOn("#view-menu").clickOn("#show-landmarks");
        settle(robot);
        assertThat(vm.frame().extras().landmarks()).isEmpty();
        assertThat(vm.frame().extras().field()).isNull();
        robot.clickOn("#view-menu").clickOn("#show-field");
        assertThat(vm.frame().extras().field()).isNotNull();
    }
}
