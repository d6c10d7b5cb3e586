package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.app.DescentApp;
import descent.render.Camera;
import descent.scenario.Scenario;
import descent.ui.plot.Surface3DView;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 3-D view in the window: the toggle shows it in the plot's place and back, and a drag turns the camera. */
@ExtendWith(ApplicationExtension.class)
class View3DWindowTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        Scenario s = Scenario.defaults("wells").with(sim -> sim.withSteps(60));
        vm = new MainViewModel(s, Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    private static boolean inScene(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false);
    }

    private void waitForFrame() throws Exception {
        Surface3DView v = view.view3d();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> v.settled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theToggleShowsTheSurfaceIn3dInThePlotsPlaceAndBack(FxRobot robot) throws Exception {
        assertThat(inScene(robot, "#plot")).isTrue();
        assertThat(inScene(robot, "#plot-3d")).isFalse();

        robot.clickOn("#view3d-toggle");
        waitForFrame();
        assertThat(vm.look().view3dProperty().get()).isTrue();
        assertThat(inScene(robot, "#plot-3d")).isTrue();
        assertThat(inScene(robot, "#plot")).isFalse();
        // A frame is shown, the size of the view, and the surface covers its middle: not the page's background.
        Image shown = robot.lookup("#plot-3d-image").queryAs(ImageView.class).getImage();
        Node plot3d = robot.lookup("#plot-3d").query();
        assertThat(shown.getWidth()).isEqualTo(Math.floor(plot3d.getLayoutBounds().getWidth()));
        int middle = shown.getPixelReader().getArgb((int) shown.getWidth() / 3, (int) shown.getHeight() / 2);
        int corner = shown.getPixelReader().getArgb(2, (int) shown.getHeight() - 2);
        assertThat(middle).isNotEqualTo(corner);

        robot.clickOn("#view3d-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.look().view3dProperty().get()).isFalse();
        assertThat(inScene(robot, "#plot")).isTrue();
        assertThat(inScene(robot, "#plot-3d")).isFalse();
    }

    @Test
    void theViewMenuTurnsItOnAsTheToggleDoes(FxRobot robot) throws Exception {
        robot.clickOn("#view-menu");
        robot.clickOn("Surface in 3-D");
        waitForFrame();
        assertThat(inScene(robot, "#plot-3d")).isTrue();
        assertThat(robot.lookup("#view3d-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
    }

    @Test
    void draggingRightTurnsTheSurfaceRightAndADoubleClickGoesBackToTheOpeningView(FxRobot robot) throws Exception {
        robot.clickOn("#view3d-toggle");
        waitForFrame();
        long before = view.view3d().paints();
        Bounds b = robot.lookup("#plot-3d").query().localToScreen(robot.lookup("#plot-3d").query().getLayoutBounds());
        double x = b.getMinX() + b.getWidth() / 2;
        double y = b.getMinY() + b.getHeight() / 2;
        robot.moveTo(new javafx.geometry.Point2D(x, y)).press(MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(x + 100, y)).release(MouseButton.PRIMARY);
        waitForFrame();
        // 0.4° per pixel: 100 pixels right takes the camera 40° clockwise round, from 30° to 350°; no tilt.
        Camera c = vm.look().cameraProperty().get();
        assertThat(c.azimuth()).isCloseTo(350, within(1e-6));
        assertThat(c.elevation()).isEqualTo(Camera.DEFAULT.elevation());
        assertThat(view.view3d().paints()).isGreaterThan(before);

        robot.doubleClickOn(new javafx.geometry.Point2D(x, y), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.look().cameraProperty().get()).isEqualTo(Camera.DEFAULT);
    }

    @Test
    void theTopViewButtonLooksStraightDownNorthUp(FxRobot robot) throws Exception {
        robot.clickOn("#view3d-toggle");
        waitForFrame();
        assertThat(vm.look().cameraProperty().get()).isEqualTo(Camera.DEFAULT);

        robot.clickOn("#view3d-top");
        waitForFrame();
        Camera c = vm.look().cameraProperty().get();
        assertThat(c.elevation()).isEqualTo(90);
        assertThat(c.azimuth()).isEqualTo(0);
        assertThat(c.isTop()).isTrue();
    }
}
