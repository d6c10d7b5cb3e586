package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.app.DescentApp;
import descent.lesson.Lessons;
import descent.ui.controls.FormulaView;
import descent.ui.util.Deferred;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the application builds it: the side panels, tooltips, typeset formulas and the lessons' menu wait
 * for its first frame, and are all there once that work is released.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWorkTest {

    private MainView view;
    /** The same window built with nothing held, beside it. */
    private MainView atOnce;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        atOnce = new MainView(new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run));
        Stage beside = new Stage();
        beside.setScene(MainView.scene(atOnce, 1280, 800));
        beside.show();
        MainViewModel vm = new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run);
        Deferred.hold();
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void releaseWhatIsHeld(FxRobot robot) throws Exception {
        // Deferred is global: the next test must not find work held.
        robot.interact(Deferred::release);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !Deferred.pending());
    }

    @Test
    void theSidePanelsComeAfterTheFirstFrameIntoRoomKeptForThemSoThatThePlotDoesNotMove(FxRobot robot) {
        assertThat(robot.from(view).lookup("#controls").tryQuery()).as("the controls before the first frame")
                .isEmpty();
        assertThat(robot.from(view).lookup("#race-panel").tryQuery()).as("the race panel before the first frame")
                .isEmpty();
        Region left = robot.from(view).lookup("#controls-stand-in").queryAs(Region.class);
        Region right = robot.from(view).lookup("#race-stand-in").queryAs(Region.class);
        double leftWidth = left.getWidth();
        double rightWidth = right.getWidth();
        Bounds plot = view.plot().localToScene(view.plot().getLayoutBounds());
        assertThat(leftWidth).as("the controls' room").isGreaterThan(100);
        assertThat(rightWidth).as("the race panel's room").isGreaterThan(100);

        robot.interact(view::bringPanels);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.panelsIn()).isTrue();
        assertThat(robot.from(view).lookup("#controls-stand-in").tryQuery()).isEmpty();
        assertThat(robot.from(view).lookup("#race-stand-in").tryQuery()).isEmpty();
        assertThat(robot.from(view).lookup("#controls").queryAs(Region.class).getWidth()).isCloseTo(leftWidth,
                within(1.0));
        assertThat(robot.from(view).lookup("#race-panel").queryAs(Region.class).getWidth()).isCloseTo(rightWidth,
                within(1.0));
        Bounds after = view.plot().localToScene(view.plot().getLayoutBounds());
        assertThat(after.getMinX()).as("the plot's left edge").isCloseTo(plot.getMinX(), within(1.0));
        assertThat(after.getWidth()).as("the plot's width").isCloseTo(plot.getWidth(), within(1.0));
        assertThat(after.getHeight()).as("the plot's height").isCloseTo(plot.getHeight(), within(1.0));
        Bounds whole = atOnce.plot().localToScene(atOnce.plot().getLayoutBounds());
        assertThat(after.getMinX()).as("the plot's left edge, against a window built at once")
                .isCloseTo(whole.getMinX(), within(1.0));
        assertThat(after.getWidth()).as("the plot's width, against a window built at once")
                .isCloseTo(whole.getWidth(), within(1.0));
    }

    @Test
    void theWorkHeldIsDoneOnceReleasedAndTheWindowThenLooksAsOneBuiltAtOnce(FxRobot robot) throws Exception {
        // As the application does at the first frame.
        robot.interact(view::bringPanels);
        FormulaView formula = robot.from(view).lookup("#formula").queryAs(FormulaView.class);
        MenuButton lessons = robot.from(view).lookup("#lessons-menu").queryAs(MenuButton.class);
        List<String> missing = new ArrayList<>();
        robot.interact(() -> collectControlsWithoutTooltip(view, missing));
        assertThat(missing).as("controls without a tooltip while held").isNotEmpty();
        assertThat(formula.pieces()).singleElement().isInstanceOf(Label.class);
        assertThat(((Label) formula.pieces().get(0)).getText()).startsWith("f(x, y) = ");
        assertThat(lessonItems(lessons)).isEmpty();

        robot.interact(Deferred::release);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !Deferred.pending());
        WaitForAsyncUtils.waitForFxEvents();

        missing.clear();
        robot.interact(() -> collectControlsWithoutTooltip(view, missing));
        assertThat(missing).as("controls without a tooltip once released").isEmpty();
        assertThat(formula.pieces()).isNotEmpty().allSatisfy(n -> assertThat(n).isInstanceOf(ImageView.class));
        List<MenuItem> items = lessonItems(lessons);
        assertThat(items).hasSize(Lessons.all().size());
        assertThat(items.get(0).getText()).isEqualTo("1. " + Lessons.all().get(0).title());
        // The lessons come before "Previous lesson" and "Next lesson", as when built at once.
        assertThat(lessons.getItems().get(0)).isSameAs(items.get(0));
    }

    private static List<MenuItem> lessonItems(MenuButton menu) {
        return menu.getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("lesson-")).toList();
    }

    /** The controls a user sets something with that have no tooltip, outside the race table. */
    private static void collectControlsWithoutTooltip(Parent parent, List<String> missing) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.TableView<?>) {
                continue;
            }
            if ((n instanceof ButtonBase || n instanceof Slider || n instanceof TextInputControl)
                    && ((Control) n).getTooltip() == null) {
                missing.add(n.getClass().getSimpleName() + "#" + n.getId());
            }
            if (n instanceof Parent p && !(n instanceof ScrollBar)) {
                collectControlsWithoutTooltip(p, missing);
            }
        }
    }
}
