package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A control held as a layout root: new text lays out the control alone, a new size lays out its container too. */
@ExtendWith(ApplicationExtension.class)
class LayoutRootTest {

    private TextField field;
    private HBox row;
    private VBox panel;

    @Start
    void start(Stage stage) {
        field = new TextField("1");
        row = new HBox(new LayoutRoot(field));
        panel = new VBox(row);
        field.setPrefColumnCount(4);
        stage.setScene(new Scene(panel, 400, 100));
        stage.show();
    }

    private void layOut() {
        panel.applyCss();
        panel.layout();
    }

    @Test
    void theControlHasItsPreferredSize(FxRobot robot) {
        robot.interact(() -> {
            layOut();
            // Within the pixel that the container snaps sizes to.
            assertThat(field.getWidth()).isCloseTo(field.prefWidth(-1), within(1.0));
            assertThat(field.getHeight()).isCloseTo(field.prefHeight(-1), within(1.0));
            assertThat(field.getWidth()).isGreaterThan(20);
        });
    }

    @Test
    void newTextLaysOutTheControlAlone(FxRobot robot) {
        robot.interact(() -> {
            layOut();
            field.setText("0.0123456");
            assertThat(field.isNeedsLayout()).isTrue();
            assertThat(row.isNeedsLayout()).isFalse();
            assertThat(panel.isNeedsLayout()).isFalse();
        });
    }

    @Test
    void aNewSizeLaysOutTheContainerToo(FxRobot robot) {
        robot.interact(() -> {
            layOut();
            double before = field.getWidth();
            field.setPrefColumnCount(12);
            assertThat(panel.isNeedsLayout()).isTrue();
            layOut();
            assertThat(field.getWidth()).isGreaterThan(before + 20).isCloseTo(field.prefWidth(-1), within(1.0));
        });
    }
}
