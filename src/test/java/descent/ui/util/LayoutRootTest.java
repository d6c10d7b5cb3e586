package descent.ui.util;

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

    /**
     * A region that, laid out after the row while the panel is, asks the row for another layout, as a button whose
     * graphic moves does; and asks for one itself, so that it does so at every layout of the panel.
     */
    private final class Restless extends javafx.scene.layout.Region {
        @Override
        protected void layoutChildren() {
            row.requestLayout();
            requestLayout();
        }
    }

    @Test
    void theControlIsLaidOutEvenUnderAContainerLeftMarkedDirtyUnderACleanParent(FxRobot robot) {
        robot.interact(() -> {
            panel.getChildren().add(new Restless());
            layOut();
            // Again, now that nothing moves: the first pass placed the new region, which marks the panel again.
            layOut();
            // JavaFX leaves the row marked and its parent clean: no layout pass goes down to the row again.
            assertThat(row.isNeedsLayout()).as("row").isTrue();
            assertThat(panel.isNeedsLayout()).as("panel").isFalse();
            field.setText("0.0123456");
            assertThat(field.isNeedsLayout()).as("field").isTrue();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> javafx.application.Platform.requestNextPulse());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(field.isNeedsLayout()).as("laid out after the next pulse").isFalse());
    }
}
