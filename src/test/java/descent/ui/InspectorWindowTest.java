package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.app.DescentApp;
import descent.math.Vec2;
import descent.optim.Adagrad;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.optim.Sgd;
import descent.optim.StepExplanation;
import descent.render.FrameLayout;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.ui.inspect.InspectorModel;
import descent.ui.inspect.InspectorPanel;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The step inspector in the window: a racer chosen in the table or on the plot, its update at the step shown with
 * the very numbers of its path, stepping and leaving, and the rate chart.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {

    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        Scenario s = Scenario.defaults("quadratic").with(sim -> sim.withRacers(Simulation.racersOf(List.of(
                Sgd.RULE, Momentum.RULE, Adagrad.RULE))).withSteps(60));
        vm = new MainViewModel(s, Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.plot().paintIfNeeded());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Racer racer(int slot) {
        return vm.race().racer(slot);
    }

    private Trajectory path(int slot) {
        return vm.race().trajectories().stream().filter(t -> t.racer().slot() == slot).findFirst().orElseThrow();
    }

    private boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aRowChosenInTheTableShowsMomentumsFirstStepWithTheNumbersOfItsPath(FxRobot robot) {
        assertThat(shown(robot, "#inspector")).isFalse();
        int momentum = vm.scenario().simulation().racers().stream().filter(r -> r.rule() == Momentum.RULE)
                .findFirst().orElseThrow().slot();
        robot.interact(() -> view.table().select(momentum));
        settle(robot);
        assertThat(vm.inspector().slot()).isEqualTo(momentum);
        assertThat(shown(robot, "#inspector")).isTrue();
        // Step 0 is the start: nothing to explain yet.
        assertThat(vm.inspector().explanation()).isNull();
        assertThat(shown(robot, "#plot-inspector")).isFalse();

        robot.interact(() -> view.plot().requestFocus());
        robot.type(KeyCode.RIGHT);
        settle(robot);
        StepExplanation e = vm.inspector().explanation();
        assertThat(e).isNotNull();
        assertThat(e.step()).isEqualTo(1);
        // By hand: v₁ = α·0 − ε∇f(θ₀), θ₁ = θ₀ + v₁.
        Scenario s = vm.scenario();
        Vec2 start = s.simulation().start();
        Vec2 g = s.surface().gradient(start);
        double eps = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        assertThat(e.before()).isEqualTo(start);
        assertThat(e.after().x()).isCloseTo(start.x() - eps * g.x(), within(1e-12));
        assertThat(e.after().y()).isCloseTo(start.y() - eps * g.y(), within(1e-12));
        // The inspector's θ₁ is the path's, bit for bit, and the panel shows the rule's own equations.
        assertThat(e.after()).isEqualTo(path(momentum).point(1));
        InspectorPanel panel = robot.lookup("#inspector").queryAs(InspectorPanel.class);
        assertThat(panel.equationsShown()).isEqualTo(e.equations()).isNotEmpty();
        assertThat(shown(robot, "#plot-inspector")).isTrue();

        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
        }
        settle(robot);
        assertThat(vm.inspector().explanation().step()).isEqualTo(5);
        assertThat(vm.inspector().explanation().before()).isEqualTo(path(momentum).point(4));
        assertThat(vm.inspector().explanation().after()).isEqualTo(path(momentum).point(5));
    }

    @Test
    void aClickOnARacersMarkerInspectsItAndAClickElsewhereMovesTheStart(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(30));
        settle(robot);
        int adagrad = vm.scenario().simulation().racers().stream().filter(r -> r.rule() == Adagrad.RULE).findFirst()
                .orElseThrow().slot();
        Trajectory t = path(adagrad);
        FrameLayout l = vm.viewport().layout();
        Vec2 head = t.point(t.clampStep(30));
        Node plot = robot.lookup("#plot").query();
        Point2D onScreen = plot.localToScreen(l.toPixelX(head.x()), l.toPixelY(head.y()));
        Vec2 startBefore = vm.scenario().simulation().start();
        robot.clickOn(onScreen);
        settle(robot);
        assertThat(vm.inspector().slot()).isEqualTo(adagrad);
        assertThat(vm.scenario().simulation().start()).isEqualTo(startBefore);
        assertThat(view.table().getSelectionModel().getSelectedItem().slot()).isEqualTo(adagrad);

        // Far from every path, in a corner of the plot: the start moves there and the inspector stays.
        robot.clickOn(plot.localToScreen(l.plotX() + l.plotWidth() - 8, l.plotY() + l.plotHeight() - 8));
        settle(robot);
        assertThat(vm.scenario().simulation().start()).isNotEqualTo(startBefore);
        assertThat(vm.inspector().slot()).isEqualTo(adagrad);

        robot.type(KeyCode.ESCAPE);
        settle(robot);
        assertThat(vm.inspector().slot()).isEqualTo(InspectorModel.NONE);
        assertThat(shown(robot, "#inspector")).isFalse();
    }

    @Test
    void theRateChartShowsAdagradsRateDyingAwayAndSgdsStayingPut(FxRobot robot) {
        robot.interact(() -> vm.inspector().inspect(racer(0).slot()));
        settle(robot);
        var rates = vm.inspector().ratesProperty().get();
        var adagrad = rates.stream().filter(r -> racer(r.slot()).rule() == Adagrad.RULE).findFirst().orElseThrow();
        var sgd = rates.stream().filter(r -> racer(r.slot()).rule() == Sgd.RULE).findFirst().orElseThrow();
        List<Vec2> a = adagrad.rates();
        assertThat(a.size()).isGreaterThan(10);
        for (int k = 1; k < a.size(); k++) {
            assertThat(a.get(k).x()).isLessThanOrEqualTo(a.get(k - 1).x());
            assertThat(a.get(k).y()).isLessThanOrEqualTo(a.get(k - 1).y());
        }
        assertThat(a.get(a.size() - 1).x()).isLessThan(a.get(0).x());
        double eps = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        assertThat(sgd.rates()).allMatch(r -> r.x() == eps && r.y() == eps);
        robot.clickOn("#inspector-close");
        assertThat(vm.inspector().slot()).isEqualTo(InspectorModel.NONE);
    }

    @Test
    void aRacerThatDivergesIsExplainedUpToItsLastKeptStepAndTheWindowStaysResponsive(FxRobot robot) {
        robot.interact(() -> {
            vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 5);
            vm.inspector().inspect(racer(0).slot());
            vm.playback().setStep(60);
        });
        settle(robot);
        Trajectory t = path(racer(0).slot());
        assertThat(t.lastStep()).isBetween(1, 59);
        StepExplanation e = vm.inspector().explanation();
        assertThat(e).isNotNull();
        assertThat(e.step()).isLessThanOrEqualTo(t.lastStep());
        assertThat(e.after()).isEqualTo(t.point((int) e.step()));
        robot.interact(() -> vm.race().remove(racer(0).slot()));
        settle(robot);
        assertThat(vm.inspector().slot()).isEqualTo(InspectorModel.NONE);
    }
}
