package descent.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: one window with the plot, the controls and the race. */
public final class DescentApp extends Application {

    @Override
    public void start(Stage stage) {
        Label title = new Label("Descent");
        title.setStyle("-fx-font-size: 32px;");
        stage.setScene(new Scene(new StackPane(title), 1280, 800));
        stage.setTitle("Descent");
        stage.show();
    }
}
