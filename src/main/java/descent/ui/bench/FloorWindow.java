package descent.ui.bench;

import descent.ui.util.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for Descent's start: a JavaFX window with one label, as large as Descent's, started from the same jar
 * ({@code java -cp descent.jar descent.ui.bench.FloorWindow}). {@code scripts/bench_start.sh} times both.
 */
public final class FloorWindow {

    private FloorWindow() {
    }

    public static void main(String[] args) {
        StartClock.mark("main");
        // Started through this class, which is not an Application, for JavaFX to load from the class path.
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            StartClock.mark("toolkit started");
            stage.setScene(new Scene(new StackPane(new Label("Descent")), 1280, 800));
            stage.setTitle("Floor");
            stage.show();
            StartClock.mark("stage shown");
            FirstFrame.then(() -> true, StartClock::firstFrame);
        }
    }
}
