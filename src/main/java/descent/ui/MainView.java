package descent.ui;

import descent.ui.controls.ControlPanel;
import descent.ui.controls.RacerSheet;
import descent.ui.controls.ValueControl;
import descent.ui.explore.ExploreMenu;
import descent.ui.export.ExportDialog;
import descent.ui.inspect.InspectorModel;
import descent.ui.inspect.InspectorPanel;
import descent.ui.lesson.Caption;
import descent.ui.plot.PlotView;
import descent.ui.plot.Surface3DView;
import descent.ui.race.LossChart;
import descent.ui.race.RaceBar;
import descent.ui.race.RaceTable;
import descent.ui.race.TransportBar;
import descent.ui.util.Deferred;
import descent.ui.util.FrameStats;
import descent.ui.util.LayoutRoot;
import descent.ui.util.ScaleStyle;
import descent.ui.util.Tips;
import descent.ui.util.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window's content: the toolbar, the controls on the left, the plot and the transport in the middle, and
 * the race table and the loss chart on the right. The side panels take what they need and no more, so that the plot
 * gets at least half the window, and either can be closed. It binds to the view-model and draws; a timer advances
 * the animation and repaints what changed once per frame.
 */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final PlotView plot;
    private final LossChart chart;
    /** The controls' panel, made when the panels come in. */
    private ControlPanel controls;
    private final VBox centre;
    private final VBox side;
    private final ScrollPane sidePane;
    private final RaceTable table;
    private final RacerSheet sheet;
    private final InspectorPanel inspectorPanel;
    private final Caption caption;
    private final ToolBar toolbar;
    private final TransportBar transport;
    private final WindowMenus menus;
    /** The divider positions the panels were last given, until the split pane has laid itself out with them. */
    private double[] arranged;
    /** Whether the race panel's width was last given with room for its vertical scroll bar. */
    private boolean barReserved;
    private final SplitPane split = new SplitPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // A split pane that was resized shares out the change by its own rule, after the positions set for
            // the new size: once more with them, so that the panels have the widths given.
            double[] positions = arranged;
            arranged = null;
            if (positions != null && !java.util.Arrays.equals(positions, getDividerPositions())) {
                setDividerPositions(positions);
                super.layoutChildren();
            }
        }
    };
    /**
     * Whether the side panels are in the window: while the first frame is made they wait, and blank areas of their
     * widths stand in for them, so that the plot has its size from the first frame.
     */
    private boolean panelsIn;
    private final Region controlsStandIn = standIn("controls-stand-in");
    private final Region raceStandIn = standIn("race-stand-in");
    private final FrameStats stats = new FrameStats();
    private boolean watchingFullScreen;
    private final AnimationTimer timer;
    private final java.util.concurrent.ExecutorService exportWorker = Workers.newWorker("descent-export");
    private final java.util.concurrent.ExecutorService view3dWorker = Workers.newWorker("descent-3d");
    private final Surface3DView view3d;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        // Styling and laying out the side panels' controls takes the most time before the first frame; the plot,
        // the toolbar and the transport come first, the panels in the pulse after (at once where no work is held).
        panelsIn = !Deferred.pending();
        setId("main");
        getStyleClass().add("descent");
        plot = new PlotView(vm.race(), vm.playback(), vm.viewport(), vm.look(), vm.inspector(), vm::frame);
        chart = new LossChart(vm.race(), vm.playback(), vm.table(), vm.look());
        if (panelsIn) {
            makeControls();
        }
        transport = new TransportBar(vm.race(), vm.playback());
        caption = new Caption(vm.lessons(), vm.look(), heightProperty());
        view3d = new Surface3DView(vm.race(), vm.playback(), vm.viewport(), vm.look(), vm::frame, view3dWorker,
                javafx.application.Platform::runLater);
        VBox.setVgrow(view3d, Priority.ALWAYS);
        centre = new VBox(caption, vm.look().view3dProperty().get() ? view3d : plot, transport);
        vm.look().view3dProperty().addListener((obs, was, now) -> centre.getChildren().set(1, now ? view3d : plot));
        menus = new WindowMenus(vm, () -> getScene() == null ? null : getScene().getWindow());
        toolbar = toolbar();
        sheet = new RacerSheet(vm.race(), vm.look());
        table = new RaceTable(vm.race(), vm.table(), vm.look(), sheet::edit);
        inspectorPanel = new InspectorPanel(vm.inspector(), vm.race(), vm.playback(), vm.look());
        side = new VBox(new RaceBar(vm.race(), table, sheet::edit), new LayoutRoot(table), sheet, inspectorPanel,
                new Label("Loss"), chart);
        sidePane = new ScrollPane(side);
        // An open editor follows the row selected, and the racer selected is the one inspected, whether chosen in
        // the table or on the plot.
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && sheet.slot() >= 0 && sheet.slot() != now.slot()) {
                sheet.edit(now.slot());
            }
            if (now != null) {
                vm.inspector().inspect(now.slot());
            }
        });
        vm.inspector().slotProperty().addListener((obs, was, now) -> table.select(now.intValue()));
        table.select(vm.inspector().slot());
        table.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (vm.inspector().slot() != InspectorModel.NONE) {
                table.select(vm.inspector().slot());
            }
        });
        createView();
        vm.look().presenterProperty().addListener((obs, was, now) -> present(now));
        if (vm.look().presenterProperty().get()) {
            present(true);
        }
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                double dt = last == 0 ? 0 : (now - last) / 1e9;
                last = now;
                long t0 = System.nanoTime();
                vm.advance(dt);
                long t1 = System.nanoTime();
                boolean painted;
                if (vm.look().view3dProperty().get()) {
                    view3d.paintIfNeeded();
                    painted = false;
                } else {
                    painted = plot.paintIfNeeded();
                }
                long t2 = System.nanoTime();
                // Never in the same frame as a whole new plot: the chart can wait a frame, the paths should not.
                if (!painted || !plot.redrewWhole()) {
                    chart.paintIfNeeded(now);
                    inspectorPanel.paintIfNeeded();
                }
                stats.work(t1 - t0, t2 - t1, System.nanoTime() - t2);
            }
        };
        timer.start();
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
                ScaleStyle.follow(now.getStylesheets(), vm.look().fontSizeProperty());
            }
        });
        widthProperty().addListener((obs, was, now) -> vm.look().setWindowSize(getWidth(), getHeight()));
        heightProperty().addListener((obs, was, now) -> vm.look().setWindowSize(getWidth(), getHeight()));
    }

    private void createView() {
        setTop(toolbar);
        VBox.setVgrow(plot, Priority.ALWAYS);
        centre.setMinWidth(200);
        side.getStyleClass().add("side-panel");
        // Half an em, set here rather than in the style sheet: the panel's width is worked out with it before the
        // panel is first styled, while the first frame is made without it.
        side.paddingProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> new javafx.geometry.Insets(
                0.5 * vm.look().fontSize()), vm.look().fontSizeProperty()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        // Never narrower than the table: a panel made narrower (a large UI scale in a small window) scrolls sideways
        // rather than cutting the table's words short.
        side.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> side.getPadding()
                .getLeft() + side.getPadding().getRight() + table.getMinWidth(), table.minWidthProperty(),
                side.paddingProperty()));
        sidePane.setId("race-panel");
        sidePane.getStyleClass().add("side-scroll");
        sidePane.setFitToWidth(true);
        sidePane.setFitToHeight(true);
        sidePane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sidePane.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        sidePane.setMinWidth(120);
        // As in the controls' panel: the scroll pane caches its content as an image, which every change in the race
        // table (each frame while the race plays) would have redrawn whole.
        sidePane.skinProperty().addListener((obs, was, now) -> {
            Node viewport = sidePane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        split.setId("split");
        SplitPane.setResizableWithParent(sidePane, false);
        split.widthProperty().addListener((obs, was, now) -> arrangePanels());
        vm.look().fontSizeProperty().addListener((obs, was, now) -> {
            arrangePanels();
            // Again once the new font has reached the controls' styles: the transport's least width follows it.
            javafx.application.Platform.runLater(this::arrangePanels);
        });
        vm.look().controlsShownProperty().addListener((obs, was, now) -> arrangePanels());
        vm.look().raceShownProperty().addListener((obs, was, now) -> arrangePanels());
        vm.race().scenarioProperty().addListener((obs, was, now) -> {
            if (was == null || was.simulation().steps() != now.simulation().steps()
                    || !was.simulation().racers().equals(now.simulation().racers())) {
                arrangePanels();
            }
        });
        table.setOnOutcomeTooWide(this::arrangePanels);
        // The racer's editor opened, or the window grown or shrunk: the race panel may need its scroll bar, or may
        // no longer.
        side.heightProperty().addListener((obs, was, now) -> arrangeIfScrollBarChanged());
        sidePane.heightProperty().addListener((obs, was, now) -> arrangeIfScrollBarChanged());
        arrangePanels();
        setCenter(split);
    }

    /** The left panel's width, in the window's font sizes: the value controls' names fit on one line. */
    static final double CONTROLS_WIDTH = 18;
    /**
     * The least the left panel narrows to, in font sizes, to leave the race table its names: the value controls'
     * names still fit on one line, and their sliders keep about 6 ems.
     */
    static final double CONTROLS_LEAST = 15;
    /**
     * The most of the window's width a side panel takes when even the narrowest arrangement does not fit (a large UI
     * scale in a small window): the panels then scroll, and the plot keeps a third.
     */
    static final double MAX_PANEL = 1.0 / 3;

    /**
     * Opens and closes the side panels and gives them their widths, so that the plot keeps at least half the window:
     * the controls 18 ems, the race table what its columns need. While that leaves the plot less than half, the table
     * drops its gradient norms, then its losses (the chart below has them), then the step each racer reached (its
     * outcome says where it stopped); then the controls narrow to 15 ems, and last the table's names are cut short,
     * whole in their tooltips. Either panel keeps its width when the other closes: a closed panel's room goes to the
     * plot.
     */
    private void arrangePanels() {
        boolean presenter = vm.look().presenterProperty().get();
        boolean controlsShown = vm.look().controlsShownProperty().get() && !presenter;
        boolean raceShown = vm.look().raceShownProperty().get() && !presenter;
        List<Node> items = new ArrayList<>();
        if (controlsShown) {
            items.add(panelsIn ? controls : controlsStandIn);
        }
        items.add(centre);
        if (raceShown) {
            items.add(panelsIn ? sidePane : raceStandIn);
        }
        if (!split.getItems().equals(items)) {
            split.getItems().setAll(items);
        }
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        double em = vm.look().fontSize();
        double divider = 6;
        // The room both side panels share: half the window, less what the transport bar needs beyond half of it.
        double sides = w - Math.max(0.5 * w, transport.minWidth(-1) + 2 * divider);
        // Each panel's width as if both were open, so that either keeps its width when the other closes.
        double left = CONTROLS_WIDTH * em + divider;
        barReserved = raceShown && raceNeedsScrollBar();
        double padding = Math.round(side.getPadding().getLeft() + side.getPadding().getRight()) + divider
                + (barReserved ? scrollBarWidth() : 0);
        double names = table.wholeNames();
        RaceTable.Columns chosen = RaceTable.Columns.NONE;
        for (RaceTable.Columns c : RaceTable.Columns.values()) {
            if (left + padding + table.widthFor(c, names) <= sides) {
                chosen = c;
                break;
            }
        }
        double needed = padding + table.widthFor(chosen, names);
        if (left + needed > sides) {
            left = Math.max(CONTROLS_LEAST * em + divider, sides - needed);
        }
        if (left + needed > sides) {
            names = Math.max(table.leastNames(), names - (left + needed - sides));
        }
        table.showColumns(chosen, names);
        double right = raceShown
                ? Math.min(padding + table.widthFor(chosen, names), Math.max(sides - left, MAX_PANEL * w)) : 0;
        left = controlsShown ? Math.min(left, MAX_PANEL * w) : 0;
        double[] positions;
        if (left == 0 && right == 0) {
            positions = new double[0];
        } else if (left > 0 && right > 0) {
            positions = new double[] {left / w, 1 - right / w};
        } else if (left > 0) {
            positions = new double[] {left / w};
        } else {
            positions = new double[] {1 - right / w};
        }
        split.setDividerPositions(positions);
        arranged = positions;
        split.requestLayout();
    }

    private void arrangeIfScrollBarChanged() {
        if (raceNeedsScrollBar() != barReserved) {
            arrangePanels();
        }
    }

    /** Whether the race panel's content is taller than the panel, so that its scroll bar takes room from the table. */
    private boolean raceNeedsScrollBar() {
        double height = sidePane.getHeight();
        return height > 0 && side.minHeight(-1) > height + 0.5;
    }

    /** The width of the race panel's vertical scroll bar, where it has one, or about as much. */
    private double scrollBarWidth() {
        for (Node n : sidePane.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                    && bar.getWidth() > 0) {
                return Math.ceil(bar.getWidth());
            }
        }
        return Math.ceil(0.8 * vm.look().fontSize());
    }

    private ToolBar toolbar() {
        ToggleButton controlsToggle = new ToggleButton(null, new FontIcon(MaterialDesignP.PAGE_LAYOUT_SIDEBAR_LEFT));
        controlsToggle.setId("controls-toggle");
        controlsToggle.selectedProperty().bindBidirectional(vm.look().controlsShownProperty());
        Tips.install(controlsToggle, "Show or hide the controls on the left: the surface, the hyperparameters,"
                + " noise and the start. Hidden, they leave their room to the plot.");
        ToggleButton raceToggle = new ToggleButton(null, new FontIcon(MaterialDesignP.PAGE_LAYOUT_SIDEBAR_RIGHT));
        raceToggle.setId("race-toggle");
        raceToggle.selectedProperty().bindBidirectional(vm.look().raceShownProperty());
        Tips.install(raceToggle, "Show or hide the race table and the loss chart on the right. Hidden, they"
                + " leave their room to the plot.");
        Button dark = themeButton();
        Button resetView = new Button("Reset view", new FontIcon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE));
        resetView.setId("reset-view-button");
        resetView.setOnAction(e -> vm.viewport().resetView());
        Tips.install(resetView, "Back to the surface's own view. Scroll on the plot to zoom, drag to pan.");
        ToggleButton view3dToggle = new ToggleButton("3-D");
        view3dToggle.setId("view3d-toggle");
        view3dToggle.selectedProperty().bindBidirectional(vm.look().view3dProperty());
        Tips.install(view3dToggle, "The surface in 3-D with the paths on it: drag to turn it, scroll to zoom,"
                + " double-click for the opening view, Top view to look straight down. Again for the flat plot.");
        Button full = new Button(null, new FontIcon(MaterialDesignF.FULLSCREEN));
        full.setId("fullscreen-button");
        full.setOnAction(e -> toggleFullScreen());
        Tips.install(full, "Full screen (F).");
        Button help = new Button(null, new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        help.setId("help-button");
        help.setOnAction(e -> showHelp());
        Tips.install(help, "How to use Descent.");
        Button export = new Button("Export…", new FontIcon(MaterialDesignE.EXPORT_VARIANT));
        export.setId("export-button");
        Tips.install(export, "Save the race as GIF, MP4, PNG, SVG or CSV, at the size you choose.");
        export.setOnAction(e -> ExportDialog.open(vm.race(), vm.playback(), vm.look(), getScene().getWindow(),
                exportWorker));
        Button undo = new Button(null, new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undo-button");
        undo.setOnAction(e -> vm.history().undo());
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        Tips.install(undo, "Undo the last change to the race (Ctrl+Z): a slider dragged is one change.");
        Button redo = new Button(null, new FontIcon(MaterialDesignR.REDO));
        redo.setId("redo-button");
        redo.setOnAction(e -> vm.history().redo());
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        Tips.install(redo, "Redo what was undone (Ctrl+Shift+Z or Ctrl+Y).");
        Button presenter = new Button(null, new FontIcon(MaterialDesignP.PRESENTATION_PLAY));
        presenter.setId("presenter-button");
        presenter.setOnAction(e -> vm.look().presenterProperty().set(true));
        Tips.install(presenter, "Presenter mode (P): the plot full screen, with the lesson's title and text in"
                + " large type for the back of the room. Esc or P again comes back.");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(controlsToggle, new Separator(Orientation.VERTICAL), menus.file(),
                menus.lessons(), menus.view(), undo, redo, new Separator(Orientation.VERTICAL), dark, resetView,
                view3dToggle,
                new Separator(Orientation.VERTICAL), export, gap, presenter, full, help, raceToggle);
        bar.setId("toolbar");
        return bar;
    }

    /**
     * The theme's button: a moon on the light theme, a sun on the dark one, the theme a click brings, as a light switch
     * shows where it goes rather than where it is.
     */
    private Button themeButton() {
        FontIcon icon = new FontIcon();
        Button button = new Button(null, icon);
        button.setId("theme-toggle");
        button.setOnAction(e -> vm.look().darkProperty().set(!vm.look().darkProperty().get()));
        // The tooltip after the first frame, with the words for the theme then.
        Deferred.run(() -> button.setTooltip(Tips.of(themeTip(vm.look().darkProperty().get()))));
        Consumer<Boolean> show = dark -> {
            icon.setIconCode(dark ? MaterialDesignW.WEATHER_SUNNY : MaterialDesignW.WEATHER_NIGHT);
            if (button.getTooltip() != null) {
                button.getTooltip().setText(themeTip(dark));
            }
        };
        show.accept(vm.look().darkProperty().get());
        vm.look().darkProperty().addListener((obs, was, now) -> show.accept(now));
        return button;
    }

    private static String themeTip(boolean dark) {
        return (dark ? "Light theme: it reads best on most projectors." : "Dark theme.")
                + " The View menu has the contour's colour maps.";
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isControlDown() || e.isShortcutDown()) {
            // Anywhere, also in a field: the scale is for the whole window.
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            // A text field keeps its own undo.
            boolean typing = focus instanceof TextInputControl;
            switch (code) {
                case PLUS, EQUALS, ADD -> vm.look().scaleUp();
                case MINUS, SUBTRACT -> vm.look().scaleDown();
                case DIGIT0, NUMPAD0 -> vm.look().resetScale();
                case Z -> {
                    if (typing) {
                        return;
                    }
                    if (e.isShiftDown()) {
                        vm.history().redo();
                    } else {
                        vm.history().undo();
                    }
                }
                case Y -> {
                    if (typing) {
                        return;
                    }
                    vm.history().redo();
                }
                case O -> menus.open();
                case S -> menus.save();
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        // A value's slider takes the arrow keys for itself (the timeline's scrubber leaves them to the race).
        boolean valueSlider = focus != null && focus.getStyleClass().contains(ValueControl.SLIDER_CLASS);
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase
                || valueSlider && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            return;
        }
        switch (code) {
            case SPACE -> vm.playback().togglePlay();
            case RIGHT -> vm.playback().stepForward();
            case LEFT -> vm.playback().stepBack();
            case R -> vm.playback().reset();
            case F -> toggleFullScreen();
            case P -> vm.look().presenterProperty().set(!vm.look().presenterProperty().get());
            case ESCAPE -> {
                if (vm.look().presenterProperty().get()) {
                    vm.look().presenterProperty().set(false);
                } else if (vm.inspector().slot() != InspectorModel.NONE) {
                    vm.inspector().inspect(InspectorModel.NONE);
                } else {
                    return;
                }
            }
            case N, PAGE_DOWN -> vm.lessons().next();
            case B, PAGE_UP -> vm.lessons().previous();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Enters or leaves presenter mode: the toolbar and the side panels go, the lesson's caption grows, and the window
     * fills the screen; leaving brings back the panels as they were, and the window's size.
     */
    private void present(boolean on) {
        setTop(on ? null : toolbar);
        // The transport stays on the keyboard: space, the arrows, R, N and B.
        transport.setVisible(!on);
        transport.setManaged(!on);
        arrangePanels();
        if (on) {
            // Not a field: the presenter's keys are for the race.
            plot.requestFocus();
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            if (!watchingFullScreen) {
                watchingFullScreen = true;
                // Esc leaves full screen by itself: presenter mode goes with it.
                stage.fullScreenProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        vm.look().presenterProperty().set(false);
                    }
                });
            }
            if (on) {
                stage.setFullScreenExitHint("Esc or P leaves presenter mode · space plays · N and B: next and"
                        + " previous lesson");
                stage.setFullScreen(true);
            } else {
                stage.setFullScreen(false);
            }
        }
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private void showHelp() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        Runnable unscale = ScaleStyle.follow(a.getDialogPane().getStylesheets(), vm.look().fontSizeProperty());
        a.initOwner(getScene().getWindow());
        a.setTitle("Descent");
        a.setHeaderText("Optimizers racing across a loss surface");
        a.setOnHidden(e -> unscale.run());
        a.setContentText("""
                Choose a surface on the left and press play: every optimizer starts from the same point θ₀.

                Plot: click to move the start, drag the start marker, drag elsewhere to pan, scroll to zoom.
                Sliders set the global hyperparameters; type a value in the field next to a slider for an exact one.
                Race table: tick to show or hide an optimizer; double-click a row to give it its own values.

                The buttons at the toolbar's two ends close and open the side panels, leaving their room to the plot.

                Lessons: the Lessons menu opens each point of the lecture as a race, with what to watch. N and B go to
                the next and the previous lesson; P is presenter mode, the plot alone in large type, Esc leaves it.
                File opens and saves scenarios and lessons; View marks minima and saddle points, the paths before the
                last change and the field of −∇f.

                Keys: space play/pause · ← → one step · R back to step 0 · F full screen · Ctrl+Z undo · Ctrl+Shift+Z
                redo · Ctrl+O open · Ctrl+S save · Ctrl+plus, Ctrl+minus larger or smaller text and lines · Ctrl+0 back
                to 100%. On a slider, ← → move it a little, with Shift
                ten times less (Shift also makes a drag ten times finer).""");
        a.show();
    }

    /** Puts the side panels in the window, where blank areas stood in for them during the first frame. */
    public void bringPanels() {
        if (!panelsIn) {
            panelsIn = true;
            makeControls();
            arrangePanels();
        }
    }

    /** Whether the side panels are in the window, rather than blank areas standing in for them. */
    public boolean panelsIn() {
        return panelsIn;
    }

    private void makeControls() {
        controls = new ControlPanel(vm.race(), vm.look());
        SplitPane.setResizableWithParent(controls, false);
    }

    private static Region standIn(String id) {
        Region r = new Region();
        r.setId(id);
        r.getStyleClass().add("side-scroll");
        SplitPane.setResizableWithParent(r, false);
        return r;
    }

    /** The frame statistics since the window opened, for the UI benchmark. */
    public FrameStats stats() {
        return stats;
    }

    public PlotView plot() {
        return plot;
    }

    public RaceTable table() {
        return table;
    }

    /** The 3-D view, shown in the plot's place while the 3-D toggle is on. */
    public Surface3DView view3d() {
        return view3d;
    }

    /** Stops the animation timer, when the window closes. */
    public void dispose() {
        timer.stop();
        exportWorker.shutdownNow();
        view3dWorker.shutdownNow();
    }

    public static Scene scene(MainView view, double w, double h) {
        Scene scene = new Scene(view, w, h);
        scene.getStylesheets().add(MainView.class.getResource("/descent/ui/descent.css").toExternalForm());
        return scene;
    }

    /** The hyperparameter map's and the basins' windows, which the View menu opens. */
    public ExploreMenu explore() {
        return menus.explore();
    }
}
