package descent.ui.explore;

import descent.explore.BasinMap;
import descent.render.BasinPainter;
import descent.render.BasinPainter.BasinFrame;
import descent.render.FrameLayout;
import descent.sim.Racer;
import descent.ui.look.LookModel;
import descent.ui.util.FxDrawing;
import descent.ui.util.Tips;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The basins' window content: the racer and the number of starts above the picture, what the start under the
 * pointer leads to under it. A click starts the race there. It binds to its view-model and paints with the exports'
 * painter.
 */
public final class BasinsView extends BorderPane {

    private final BasinsViewModel vm;
    private final LookModel look;
    private final PictureCanvas picture;
    private final Label readout = new Label();
    private final ChoiceBox<Racer> racer = new ChoiceBox<>();
    private BasinFrame shown;
    private boolean syncing;
    private final Listeners listeners = new Listeners();

    public BasinsView(BasinsViewModel vm, LookModel look) {
        this.vm = vm;
        this.look = look;
        setId("basins-view");
        picture = new PictureCanvas("basins-canvas", this::paint);
        createView();
        initListeners();
        sync();
    }

    public BasinsViewModel model() {
        return vm;
    }

    private void createView() {
        racer.setId("basins-racer");
        racer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Racer r) {
                return r == null ? "" : vm.label(r);
            }

            @Override
            public Racer fromString(String s) {
                return null;
            }
        });
        ChoiceBox<Integer> side = new ChoiceBox<>(FXCollections.observableArrayList(BasinsViewModel.SIDES));
        side.setId("basins-starts");
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + " starts across";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        side.valueProperty().bindBidirectional(vm.sideProperty());
        Tips.install(racer, "The racer whose basins are drawn: from each start of the grid it runs the race's steps"
                + " with its own values, and the start takes the colour of where it ends.");
        Tips.install(side, "Starts across the plot. The picture comes coarse first and fills in, on every core.");
        FlowPane controls = new FlowPane(8, 6, new Label("Racer"), racer, side);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        Label message = new Label();
        message.setId("basins-message");
        message.textProperty().bind(vm.messageProperty());
        readout.setId("basins-readout");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.computingProperty());
        HBox status = new HBox(10, busy, readout, message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(4, 8, 8, 8));
        setTop(controls);
        setCenter(picture);
        setBottom(status);
        picture.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> readout.setText(describe(e.getX(), e.getY())));
        picture.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setText(""));
        picture.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] cell = cell(e.getX(), e.getY());
            if (cell != null) {
                vm.pick(cell[0], cell[1]);
            }
        });
    }

    /** Stops following the race and the look: the window closed. */
    public void dispose() {
        listeners.removeAll();
        vm.dispose();
    }

    private void initListeners() {
        listeners.add(vm.race().scenarioProperty(), (obs, was, now) -> {
            sync();
            picture.repaint();
        });
        listeners.add(vm.race().trajectoriesProperty(), (obs, was, now) -> picture.repaint());
        vm.racerProperty().addListener((obs, was, now) -> sync());
        vm.pictureProperty().addListener((obs, was, now) -> picture.repaint());
        listeners.add(look.darkProperty(), (obs, was, now) -> picture.repaint());
        listeners.add(look.uiScaleProperty(), (obs, was, now) -> picture.repaint());
        racer.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.racerProperty().set(now.slot());
            }
        });
    }

    private void sync() {
        syncing = true;
        try {
            racer.getItems().setAll(vm.racers());
            racer.setValue(vm.racer().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private void paint(FxDrawing d) {
        vm.setCanvas(picture.canvasWidth(), picture.canvasHeight(), picture.font(look.uiScale()));
        shown = vm.frame(look.theme());
        if (shown != null) {
            BasinPainter.paint(d, shown);
        } else if (vm.computingProperty().get()) {
            d.setFill(look.theme().text());
            d.setFont(picture.font(look.uiScale()), false);
            d.fillText("Running the race from every start…", picture.canvasWidth() / 2, picture.canvasHeight() / 2,
                    descent.render.Drawing.Align.CENTER, descent.render.Drawing.Baseline.MIDDLE);
        }
    }

    /** The start's cell under a point of the canvas, as column and row, or null off the grid. */
    public int[] cell(double px, double py) {
        BasinFrame f = shown;
        if (f == null) {
            return null;
        }
        FrameLayout l = f.race().layout();
        BasinMap m = f.map();
        if (!l.inPlot(px, py)) {
            return null;
        }
        double x = l.toDataX(px);
        double y = l.toDataY(py);
        int column = (int) Math.floor((x - m.view().xMin()) / m.view().width() * m.columns());
        int row = (int) Math.floor((y - m.view().yMin()) / m.view().height() * m.rows());
        return column < 0 || row < 0 || column >= m.columns() || row >= m.rows() ? null : new int[] {column, row};
    }

    /** Where on the canvas a cell's start is: x and y. */
    public double[] centre(int column, int row) {
        FrameLayout l = shown.race().layout();
        var s = shown.map().start(column, row);
        return new double[] {l.toPixelX(s.x()), l.toPixelY(s.y())};
    }

    private String describe(double px, double py) {
        int[] c = cell(px, py);
        return c == null ? "" : vm.describe(c[0], c[1]);
    }
}
