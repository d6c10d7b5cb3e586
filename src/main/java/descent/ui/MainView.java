package descent.ui;

import descent.contour.ColorMap;
import descent.render.FrameLayout;
import descent.render.Ticks;
import descent.surface.Surface;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window's content: the toolbar, the controls on the left, the plot and the transport in the middle, the
 * race table and the loss chart on the right, and a status line. It binds to the view-model and draws; a timer
 * advances the animation and repaints what changed once per frame.
 */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final PlotView plot;
    private final LossChart chart;
    private final Label hover = new Label();
    private final FrameStats stats = new FrameStats();
    private final AnimationTimer timer;
    private final java.util.concurrent.ExecutorService exportWorker = DescentApp.newWorker();

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("main");
        getStyleClass().add("descent");
        plot = new PlotView(vm);
        chart = new LossChart(vm);
        createView();
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                double dt = last == 0 ? 0 : (now - last) / 1e9;
                last = now;
                long t0 = System.nanoTime();
                vm.advance(dt);
                long t1 = System.nanoTime();
                boolean painted = plot.paintIfNeeded();
                long t2 = System.nanoTime();
                // Never in the same frame as a whole new plot: the chart can wait a frame, the paths should not.
                if (!painted || !plot.redrewWhole()) {
                    chart.paintIfNeeded(now);
                }
                stats.work(t1 - t0, t2 - t1, System.nanoTime() - t2);
            }
        };
        timer.start();
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
            }
        });
    }

    private void createView() {
        setTop(toolbar());
        ControlPanel controls = new ControlPanel(vm);
        VBox centre = new VBox(plot, new TransportBar(vm));
        VBox.setVgrow(plot, Priority.ALWAYS);
        centre.setMinWidth(360);
        RaceTable table = new RaceTable(vm);
        VBox side = new VBox(8, new Label("Race"), table, new Label("Loss"), chart);
        side.getStyleClass().add("side-panel");
        side.setPadding(new Insets(8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        side.setMinWidth(300);
        side.setPrefWidth(480);
        SplitPane split = new SplitPane(controls, centre, side);
        split.setId("split");
        // The side panels keep their widths and the plot takes the rest; below 1200 pixels the side panels narrow
        // and the table drops its loss, gradient-norm and step columns, so that nothing is cut off.
        split.widthProperty().addListener((obs, was, now) -> {
            double w = now.doubleValue();
            if (w <= 0) {
                return;
            }
            boolean compact = w < 1200;
            table.setCompact(compact);
            double left = compact ? 250 : Math.min(controls.getPrefWidth(), w * 0.25);
            double right = compact ? 306 : Math.min(side.getPrefWidth(), w * 0.37);
            split.setDividerPositions(left / w, 1 - right / w);
        });
        SplitPane.setResizableWithParent(controls, false);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);
        setBottom(statusBar());
        plot.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> showHover(e.getX(), e.getY()));
        plot.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> hover.setText(""));
    }

    private ToolBar toolbar() {
        Label title = new Label("Descent");
        title.getStyleClass().add("app-title");
        ChoiceBox<ColorMap> maps = new ChoiceBox<>(FXCollections.observableArrayList(ColorMap.values()));
        maps.setId("colormap-choice");
        maps.valueProperty().bindBidirectional(vm.colorMapProperty());
        maps.setTooltip(Tips.of("Colour map of the contour: viridis and cividis are perceptually uniform; light reads"
                + " best on a projector."));
        ToggleButton dark = new ToggleButton(null, new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        dark.setId("theme-toggle");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        dark.setTooltip(Tips.of("Dark or light theme."));
        Button resetView = new Button("Reset view", new FontIcon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE));
        resetView.setId("reset-view-button");
        resetView.setOnAction(e -> vm.resetView());
        resetView.setTooltip(Tips.of("Back to the surface's own view. Scroll on the plot to zoom, drag to pan."));
        Button full = new Button(null, new FontIcon(MaterialDesignF.FULLSCREEN));
        full.setId("fullscreen-button");
        full.setOnAction(e -> toggleFullScreen());
        full.setTooltip(Tips.of("Full screen (F)."));
        Button help = new Button(null, new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        help.setId("help-button");
        help.setOnAction(e -> showHelp());
        help.setTooltip(Tips.of("How to use Descent."));
        Button export = new Button("Export…", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("export-button");
        export.setTooltip(Tips.of("Save the race as GIF, MP4, PNG, SVG or CSV, at the size you choose."));
        export.setOnAction(e -> ExportDialog.open(vm, getScene().getWindow(), exportWorker));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(title, new Separator(Orientation.VERTICAL), new Label("Colours"), maps, dark,
                resetView, new Separator(Orientation.VERTICAL), export, gap, full, help);
        bar.setId("toolbar");
        return bar;
    }

    private Node statusBar() {
        hover.setId("hover-readout");
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-message");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.computingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label("Click the plot to move the start · drag to pan · scroll to zoom · space plays");
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(12, hover, status, gap, hint, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showHover(double px, double py) {
        FrameLayout l = vm.layoutProperty().get();
        if (l == null || !l.inPlot(px, py)) {
            hover.setText("");
            return;
        }
        double x = l.toDataX(px);
        double y = l.toDataY(py);
        Surface s = vm.scenario().surface();
        hover.setText("x = " + Ticks.format(round(x, l)) + "   y = " + Ticks.format(round(y, l)) + "   f = "
                + Ticks.format(s.value(x, y)));
    }

    private static double round(double v, FrameLayout l) {
        double unit = Math.pow(10, Math.floor(Math.log10(l.box().width() / l.plotWidth())));
        return Math.rint(v / unit) * unit;
    }

    private void keyPressed(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> vm.stepForward();
            case LEFT -> vm.stepBack();
            case R -> vm.reset();
            case F -> toggleFullScreen();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private void showHelp() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(getScene().getWindow());
        a.setTitle("Descent");
        a.setHeaderText("Optimizers racing across a loss surface");
        a.setContentText("""
                Choose a surface on the left and press play: every optimizer starts from the same point θ₀.

                Plot: click to move the start, drag the start marker, drag elsewhere to pan, scroll to zoom.
                Sliders set the global hyperparameters; type a value in the field next to a slider for an exact one.
                Race table: tick to show or hide an optimizer; double-click a row to give it its own values.

                Keys: space play/pause · ← → one step · R back to step 0 · F full screen.""");
        a.show();
    }

    /** The frame statistics since the window opened, for the UI benchmark. */
    FrameStats stats() {
        return stats;
    }

    PlotView plot() {
        return plot;
    }

    /** Stops the animation timer, when the window closes. */
    public void dispose() {
        timer.stop();
        exportWorker.shutdownNow();
    }

    static Scene scene(MainView view, double w, double h) {
        Scene scene = new Scene(view, w, h);
        scene.getStylesheets().add(MainView.class.getResource("/descent/ui/descent.css").toExternalForm());
        return scene;
    }
}
