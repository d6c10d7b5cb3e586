package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.scenario.Scenario;
import descent.surface.SurfaceType;
import descent.surface.TypedSurface;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A surface of your own in the window: choosing custom, typing f(x, y) and its parameters, and typing it wrong. */
@ExtendWith(ApplicationExtension.class)
class FormulaFieldTest {

    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DescentApp.applyTheme(false);
        // Everything runs on the FX thread: results are there as soon as a command returns.
        vm = new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run);
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

    private int[] pixels(FxRobot robot) {
        javafx.scene.Node c = robot.lookup("#plot").query();
        int[][] out = new int[1][];
        robot.interact(() -> {
            WritableImage img = c.snapshot(null, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
        });
        return out[0];
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private void chooseCustom(FxRobot robot) {
        // custom is the last choice, below the popup's first rows: chosen as the keyboard or a scroll would.
        @SuppressWarnings("unchecked")
        ComboBox<SurfaceType> choice = robot.lookup("#surface-choice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(TypedSurface.TYPE));
        settle(robot);
        assertThat(vm.scenario().surfaceName()).isEqualTo(TypedSurface.NAME);
    }

    private TypedSurface typed() {
        return (TypedSurface) vm.scenario().surface();
    }

    @Test
    void theFieldsShowOnlyOnATypedSurfaceAndStartFromTheExample(FxRobot robot) {
        assertThat(robot.lookup("#formula-editor").query().isVisible()).isFalse();
        chooseCustom(robot);
        assertThat(robot.lookup("#formula-editor").query().isVisible()).isTrue();
        assertThat(robot.lookup("#formula-field").queryAs(TextField.class).getText()).isEqualTo(TypedSurface.EXAMPLE);
        assertThat(typed().text()).isEqualTo(TypedSurface.EXAMPLE);
        assertThat(robot.lookup("#formula-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theFieldsWordsAreShownWholeFromFullHdToTheSmallestSize(FxRobot robot) {
        chooseCustom(robot);
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("x^2 + sinn(x)"));
        for (double[] size : new double[][] {{1920, 1080}, {1280, 800}, {1024, 640}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.Node n : robot.lookup("#formula-editor .label").queryAll()) {
                Label label = (Label) n;
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
                // JavaFX draws "…" in place of what does not fit.
                assertThat(drawn.getText()).as("at %s", java.util.Arrays.toString(size)).isEqualTo(label.getText());
            }
        }
    }

    @Test
    void typingAFormulaRedrawsTheRaceOnIt(FxRobot robot) {
        chooseCustom(robot);
        int[] before = pixels(robot);
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write("x^2 + 3*y^2");
        settle(robot);
        assertThat(typed().text()).isEqualTo("x^2 + 3*y^2");
        assertThat(vm.scenario().surface().value(1, 1)).isEqualTo(4);
        assertThat(robot.lookup("#formula-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(differing(before, pixels(robot))).isGreaterThan(before.length / 10);
    }

    @Test
    void aFormulaWithAMistakeIsShownWhereAndTheLastGoodSurfaceStays(FxRobot robot) {
        chooseCustom(robot);
        Scenario good = vm.scenario();
        int[] before = pixels(robot);
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        // As if pasted: the whole text at once, so that no shorter formula on the way applies.
        robot.interact(() -> field.setText("x^2 + sinn(x)"));
        settle(robot);
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("unknown function 'sinn' at column 7");
        assertThat(field.getStyleClass()).contains("refused");
        assertThat(vm.scenario()).isSameAs(good);
        assertThat(differing(before, pixels(robot))).isZero();
        // The mistake stays in the field to be mended; mending it applies and clears the message.
        assertThat(field.getText()).isEqualTo("x^2 + sinn(x)");
        robot.interact(() -> field.setText("x^2 + sin(x)"));
        settle(robot);
        assertThat(error.isVisible()).isFalse();
        assertThat(field.getStyleClass()).doesNotContain("refused");
        assertThat(typed().text()).isEqualTo("x^2 + sin(x)");
    }

    @Test
    void unbalancedBracketsAndUnknownNamesSayWhere(FxRobot robot) {
        chooseCustom(robot);
        Scenario good = vm.scenario();
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        robot.interact(() -> field.setText("(x + y"));
        settle(robot);
        assertThat(error.getText()).isEqualTo("the '(' at column 1 is never closed at column 7");
        robot.interact(() -> field.setText("x + c"));
        settle(robot);
        assertThat(error.getText()).isEqualTo("unknown name 'c' (declare a parameter such as c=1:0:5) at column 5");
        assertThat(vm.scenario()).isSameAs(good);
    }

    @Test
    void declaredParametersGetSlidersAndMovingOneKeepsTheFormula(FxRobot robot) {
        chooseCustom(robot);
        TextField field = robot.lookup("#formula-field").queryAs(TextField.class);
        TextField parameters = robot.lookup("#formula-parameters").queryAs(TextField.class);
        robot.interact(() -> {
            parameters.setText("a=2:0:5");
            field.setText("a*x^2 + y^2");
        });
        settle(robot);
        assertThat(typed().values()).containsEntry("a", 2.0);
        assertThat(robot.lookup("#param-a-field").tryQuery()).isPresent();
        robot.doubleClickOn("#param-a-field").eraseText(8).write("4").type(javafx.scene.input.KeyCode.ENTER);
        settle(robot);
        assertThat(typed().values()).containsEntry("a", 4.0);
        assertThat(vm.scenario().surface().value(1, 0)).isEqualTo(4);
        assertThat(field.getText()).isEqualTo("a*x^2 + y^2");
        assertThat(parameters.getText()).isEqualTo("a=2:0:5");
    }

    @Test
    void aBadDeclarationIsShownUnderTheFieldsAndChangesNothing(FxRobot robot) {
        chooseCustom(robot);
        Scenario good = vm.scenario();
        TextField parameters = robot.lookup("#formula-parameters").queryAs(TextField.class);
        robot.interact(() -> parameters.setText("a=9:0:5"));
        settle(robot);
        Label error = robot.lookup("#formula-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("parameters: a=9 is outside its range 0 to 5 at column 1");
        assertThat(parameters.getStyleClass()).contains("refused");
        assertThat(vm.scenario()).isSameAs(good);
    }
}
