package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.explore.BasinMap;
import descent.explore.HyperparameterMap;
import descent.math.Vec2;
import descent.optim.Momentum;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.ui.explore.BasinsView;
import descent.ui.explore.MapView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hyperparameter map and the basins, opened from the View menu: a click on them changes the race. */
@ExtendWith(ApplicationExtension.class)
class ExploreWindowTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        Scenario bowl = Scenario.defaults("quadratic").with(sim -> sim.withSteps(80)
                .withRacers(List.of(Racer.of(Momentum.RULE))));
        vm = new MainViewModel(bowl, Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    private static Point2D onScreen(Node canvas, double[] p) {
        return canvas.localToScreen(p[0], p[1]);
    }

    @Test
    void aClickOnTheMapGivesTheRacerThatCellsValuesAndTheRaceRunsWithThem(FxRobot robot) throws Exception {
        robot.clickOn("#view-menu").clickOn("#open-map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#map-view").tryQuery().isPresent());
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        // The map comes coarse first, then fine, from the window's own worker.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> map.model().gridProperty().get() != null
                && map.model().gridProperty().get().isComplete());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.shown() != null
                && map.shown().grid() == map.model().gridProperty().get());
        HyperparameterMap m = map.model().mapProperty().get();
        assertThat(m.x().parameter().key()).isEqualTo("eps");
        assertThat(m.y().parameter().key()).isEqualTo("alpha");
        Node canvas = robot.lookup("#map-canvas").query();
        double[] cell = map.centre(20, 40);
        robot.moveTo(onScreen(canvas, cell));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#map-readout").queryAs(Label.class).getText())
                .startsWith("ε = " + descent.math.Numbers.fourDigits(m.x().value(20)) + ", α = ");
        robot.clickOn(onScreen(canvas, cell));
        WaitForAsyncUtils.waitForFxEvents();
        Racer r = vm.race().racer(2);
        assertThat(r.own()).containsEntry(m.x().parameter(), m.x().value(20))
                .containsEntry(m.y().parameter(), m.y().value(40));
        assertThat(vm.race().trajectories().get(0).racer()).isEqualTo(r);
        // The racer's new values are the map's to set: it stays as it was.
        assertThat(map.model().mapProperty().get()).isSameAs(m);
        robot.interact(() -> ((Stage) map.getScene().getWindow()).close());
    }

    @Test
    void aClickOnTheBasinsStartsTheRaceThere(FxRobot robot) throws Exception {
        robot.clickOn("#view-menu").clickOn("#open-basins");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#basins-view").tryQuery().isPresent());
        BasinsView basins = robot.lookup("#basins-view").queryAs(BasinsView.class);
        robot.interact(() -> basins.model().sideProperty().set(100));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> basins.model().pictureProperty().get() != null
                && basins.model().pictureProperty().get().basins().grid().isComplete()
                && basins.model().pictureProperty().get().map().columns() == 100);
        WaitForAsyncUtils.waitForFxEvents();
        BasinMap m = basins.model().pictureProperty().get().map();
        // Every start on the bowl reaches its one minimum.
        assertThat(basins.model().pictureProperty().get().basins().share(0)).isEqualTo(1.0);
        Node canvas = robot.lookup("#basins-canvas").query();
        double[] cell = basins.centre(30, 12);
        robot.clickOn(onScreen(canvas, cell));
        WaitForAsyncUtils.waitForFxEvents();
        Vec2 start = m.start(30, 12);
        assertThat(vm.scenario().simulation().start()).isEqualTo(start);
        assertThat(vm.race().trajectories().get(0).point(0)).isEqualTo(start);
        assertThat(robot.lookup("#basins-readout").queryAs(Label.class).getText())
                .contains("reaches the global minimum at (0, 0)");
        // A new start changes no basin.
        assertThat(basins.model().pictureProperty().get().map()).isSameAs(m);
        robot.interact(() -> ((Stage) basins.getScene().getWindow()).close());
    }

    @Test
    void theMenuAndTheCommandLineOpenOneMapWindowNotTwo(FxRobot robot) throws Exception {
        robot.clickOn("#view-menu").clickOn("#open-map");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#map-view").tryQuery().isPresent());
        robot.interact(() -> view.explore().open("map"));
        assertThat(robot.lookup("#map-view").queryAll()).hasSize(1);
        MapView map = robot.lookup("#map-view").queryAs(MapView.class);
        robot.interact(() -> ((Stage) map.getScene().getWindow()).close());
        // Closed, it stops following the race: a change asks it for nothing.
        HyperparameterMap before = map.model().mapProperty().get();
        robot.interact(() -> vm.race().setHyperparameter(descent.optim.Hyperparameter.MOMENTUM, 0.5));
        assertThat(map.model().mapProperty().get()).isSameAs(before);
    }
}
