package descent.ui.export;

import descent.export.Exporter.Format;
import descent.ui.look.LookModel;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import descent.ui.util.ScaleStyle;
import descent.ui.util.Tips;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The export dialog: format, size, frame rate, steps per frame and range of steps (or the step of a single frame),
 * the file, then a progress bar with the time left and a cancel button. It only binds to its view-model.
 */
public final class ExportDialog {

    private static final String[][] SIZES = {
        {"800 x 600", "800", "600"}, {"1280 x 720 (HD)", "1280", "720"}, {"1920 x 1080 (full HD)", "1920", "1080"},
        {"1024 x 768", "1024", "768"}, {"custom", "", ""},
    };

    private ExportDialog() {
    }

    public static void show(ExportViewModel vm, Window owner, ExecutorService worker,
            javafx.beans.value.ObservableDoubleValue fontSize) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Export");

        ChoiceBox<Format> format = new ChoiceBox<>(FXCollections.observableArrayList(Format.values()));
        format.setId("export-format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(Format f) {
                return switch (f) {
                    case GIF -> "GIF animation";
                    case MP4 -> "MP4 video (H.264)";
                    case PNG -> "PNG image of one step";
                    case PNG_SEQUENCE -> "PNG sequence, one image per frame";
                    case SVG -> "SVG drawing of one step";
                    case CSV -> "CSV of the trajectories";
                };
            }

            @Override
            public Format fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());

        ChoiceBox<String> sizes = new ChoiceBox<>();
        for (String[] s : SIZES) {
            sizes.getItems().add(s[0]);
        }
        sizes.setValue(SIZES[0][0]);
        TextField width = intField("export-width", vm.widthProperty());
        TextField height = intField("export-height", vm.heightProperty());
        sizes.valueProperty().addListener((obs, was, now) -> {
            for (String[] s : SIZES) {
                if (s[0].equals(now) && !s[1].isEmpty()) {
                    vm.widthProperty().set(Integer.parseInt(s[1]));
                    vm.heightProperty().set(Integer.parseInt(s[2]));
                }
            }
        });
        TextField fps = intField("export-fps", vm.fpsProperty());
        TextField spf = intField("export-steps-per-frame", vm.stepsPerFrameProperty());
        TextField from = intField("export-from", vm.firstStepProperty());
        TextField to = intField("export-to", vm.lastStepProperty());
        TextField step = intField("export-step", vm.stepProperty());
        Label summary = new Label();
        summary.setId("export-summary");
        Runnable summarize = () -> summary.setText(String.format("%d frames, %.1f s at %d frames per second",
                vm.frames(), vm.frames() / (double) Math.max(1, vm.fpsProperty().get()), vm.fpsProperty().get()));
        for (IntegerProperty p : new IntegerProperty[] {vm.fpsProperty(), vm.stepsPerFrameProperty(),
            vm.firstStepProperty(), vm.lastStepProperty()}) {
            p.addListener((obs, was, now) -> summarize.run());
        }
        summarize.run();

        TextField file = new TextField();
        file.setId("export-file");
        file.setPrefColumnCount(32);
        file.textProperty().bindBidirectional(vm.fileProperty(), new StringConverter<>() {
            @Override
            public String toString(Path p) {
                return p == null ? "" : p.toString();
            }

            @Override
            public Path fromString(String s) {
                try {
                    return s.isBlank() ? null : Path.of(s.trim());
                } catch (RuntimeException e) {
                    return null;
                }
            }
        });
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            Path current = vm.fileProperty().get();
            if (current != null && current.toAbsolutePath().getParent() != null
                    && current.toAbsolutePath().getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
            File chosen = chooser.showSaveDialog(stage);
            if (chosen != null) {
                vm.fileProperty().set(chosen.toPath());
            }
        });
        CheckBox scenario = new CheckBox("Save the scenario beside it (JSON), so anyone can reproduce it");
        scenario.setId("export-save-scenario");
        scenario.selectedProperty().bindBidirectional(vm.saveScenarioProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        HBox sizeRow = new HBox(8, sizes, width, new Label("x"), height, new Label("pixels"));
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, new Label("Size"), sizeRow);
        HBox frames = new HBox(8, new Label("steps"), from, new Label("to"), to, new Label("every"), spf,
                new Label("steps, at"), fps, new Label("frames/s"));
        frames.setAlignment(Pos.CENTER_LEFT);
        Label framesLabel = new Label("Frames");
        grid.addRow(2, framesLabel, frames);
        grid.add(summary, 1, 3);
        Label stepLabel = new Label("Step");
        grid.addRow(4, stepLabel, step);
        HBox fileRow = new HBox(8, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(5, new Label("File"), fileRow);
        grid.add(scenario, 1, 6);
        var animated = Bindings.createBooleanBinding(() -> vm.formatProperty().get().animated(),
                vm.formatProperty());
        var single = Bindings.createBooleanBinding(() -> vm.formatProperty().get() == Format.PNG
                || vm.formatProperty().get() == Format.SVG, vm.formatProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {framesLabel, frames, summary}) {
            n.visibleProperty().bind(animated);
            n.managedProperty().bind(animated);
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {stepLabel, step}) {
            n.visibleProperty().bind(single);
            n.managedProperty().bind(single);
        }
        sizeRow.disableProperty().bind(vm.formatProperty().isEqualTo(Format.CSV));

        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.failedProperty().addListener((obs, was, now) -> status.setStyle(now ? "-fx-text-fill: -color-danger-fg;"
                : ""));

        Button export = new Button("Export");
        export.setId("export-start");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, export, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {fps, spf, from, to, step}) {
            c.setTooltip(Tips.of(switch (c.getId()) {
                case "export-fps" -> "Frames per second of the animation.";
                case "export-steps-per-frame" -> "Optimizer steps between two frames.";
                case "export-from" -> "The first step shown.";
                case "export-to" -> "The last step shown; the race is computed this far.";
                default -> "The step the image shows.";
            }));
        }

        VBox root = new VBox(14, grid, bar, status, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("descent");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ExportDialog.class.getResource("/descent/ui/descent.css").toExternalForm());
        Runnable unscale = ScaleStyle.follow(scene.getStylesheets(), fontSize);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
        stage.setOnHidden(e -> unscale.run());
        stage.show();
    }

    /** A whole-number field bound to a property: a typed value that is not a whole number is put back. */
    private static TextField intField(String id, IntegerProperty p) {
        TextField f = new TextField(Integer.toString(p.get()));
        f.setId(id);
        f.setPrefColumnCount(5);
        Runnable commit = () -> {
            try {
                p.set(Integer.parseInt(f.getText().trim()));
            } catch (NumberFormatException e) {
                f.setText(Integer.toString(p.get()));
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        p.addListener((obs, was, now) -> {
            if (!f.isFocused()) {
                f.setText(Integer.toString(now.intValue()));
            }
        });
        return f;
    }

    /** Opens the dialog on what the window shows now. */
    public static void open(RaceModel race, PlaybackModel playback, LookModel look, Window owner,
            ExecutorService worker) {
        Path folder = Path.of(System.getProperty("user.home"));
        ExportViewModel vm = new ExportViewModel(race.scenario(), look.colorMapProperty().get(), look.theme(),
                playback.step(), folder, worker, Platform::runLater);
        show(vm, owner, worker, look.fontSizeProperty());
    }
}
