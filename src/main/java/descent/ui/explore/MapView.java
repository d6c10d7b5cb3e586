package descent.ui.explore;

import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.render.FrameLayout;
import descent.render.MapPainter;
import descent.render.MapPainter.MapFrame;
import descent.sim.Racer;
import descent.ui.look.LookModel;
import descent.ui.util.FxDrawing;
import descent.ui.util.Tips;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The hyperparameter map's window content: the racer, the two hyperparameters and their ranges, the cells and what
 * colours them above the map; under it, what the cell under the pointer holds. A click gives the racer that cell's
 * values. It binds to its view-model and paints with the exports' painter.
 */
public final class MapView extends BorderPane {

    private final MapViewModel vm;
    private final LookModel look;
    private final PictureCanvas picture;
    private final Label readout = new Label();
    private final ChoiceBox<Racer> racer = new ChoiceBox<>();
    private final ChoiceBox<Hyperparameter> xChoice = new ChoiceBox<>();
    private final ChoiceBox<Hyperparameter> yChoice = new ChoiceBox<>();
    private final TextField xFrom = field("map-x-from");
    private final TextField xTo = field("map-x-to");
    private final TextField yFrom = field("map-y-from");
    private final TextField yTo = field("map-y-to");
    private MapFrame shown;
    private boolean syncing;
    private final Listeners listeners = new Listeners();

    public MapView(MapViewModel vm, LookModel look) {
        this.vm = vm;
        this.look = look;
        setId("map-view");
        picture = new PictureCanvas("map-canvas", this::paint);
        createView();
        initListeners();
        sync();
    }

    public MapViewModel model() {
        return vm;
    }

    /** The picture as last painted, for finding a cell on it. */
    public MapFrame shown() {
        return shown;
    }

    /** Controls that wrap to the next line together. */
    private static HBox group(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private void createView() {
        racer.setId("map-racer");
        racer.setConverter(converter(vm::label));
        xChoice.setId("map-x");
        yChoice.setId("map-y");
        StringConverter<Hyperparameter> names = converter(h -> h.symbol() + "  " + h.title());
        xChoice.setConverter(names);
        yChoice.setConverter(names);
        ChoiceBox<Integer> side = new ChoiceBox<>(FXCollections.observableArrayList(MapViewModel.SIDES));
        side.setId("map-cells");
        side.setConverter(converter(n -> n + " × " + n));
        side.valueProperty().bindBidirectional(vm.sideProperty());
        ChoiceBox<Measure> measure = new ChoiceBox<>(FXCollections.observableArrayList(Measure.values()));
        measure.setId("map-measure");
        measure.setConverter(converter(m -> m == Measure.LOSS_GAP ? "final loss − f*" : m.title()));
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        Tips.install(racer, "The racer whose hyperparameters the map spans: each cell is its race run with the"
                + " cell's two values, from the race's start, with the race's steps and everything else as it is.");
        Tips.install(xChoice, "The hyperparameter across.");
        Tips.install(yChoice, "The hyperparameter up.");
        Tips.install(side, "Cells a side. The map comes coarse first and fills in, on every core.");
        Tips.install(measure, "What colours a cell: how far above f* the loss ends (log scale), or at which step the"
                + " run converged. Hatched cells diverged.");
        FlowPane controls = new FlowPane(12, 6, group(new Label("Racer"), racer),
                group(new Label("across"), xChoice, xFrom, new Label("to"), xTo),
                group(new Label("up"), yChoice, yFrom, new Label("to"), yTo), group(side, measure));
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        for (TextField f : List.of(xFrom, xTo, yFrom, yTo)) {
            boolean x = f == xFrom || f == xTo;
            f.setOnAction(e -> commitRange(x));
            f.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitRange(x);
                }
            });
            Tips.install(f, "The range of values; a log scale where it spans a decade or more. Enter applies it.");
        }
        Label message = new Label();
        message.setId("map-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("danger");
        readout.setId("map-readout");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.computingProperty());
        HBox status = new HBox(10, busy, readout, message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(4, 8, 8, 8));
        setTop(controls);
        setCenter(picture);
        setBottom(new VBox(status));
        picture.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> readout.setText(describe(e)));
        picture.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.setText(""));
        picture.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int[] cell = cell(e.getX(), e.getY());
            if (cell != null) {
                vm.pick(cell[0], cell[1]);
                readout.setText(describe(e));
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
        vm.racerProperty().addListener((obs, was, now) -> sync());
        vm.xParameterProperty().addListener((obs, was, now) -> sync());
        vm.yParameterProperty().addListener((obs, was, now) -> sync());
        vm.xRangeProperty().addListener((obs, was, now) -> sync());
        vm.yRangeProperty().addListener((obs, was, now) -> sync());
        vm.mapProperty().addListener((obs, was, now) -> picture.repaint());
        vm.gridProperty().addListener((obs, was, now) -> picture.repaint());
        vm.measureProperty().addListener((obs, was, now) -> picture.repaint());
        listeners.add(look.colorMapProperty(), (obs, was, now) -> picture.repaint());
        listeners.add(look.darkProperty(), (obs, was, now) -> picture.repaint());
        listeners.add(look.uiScaleProperty(), (obs, was, now) -> picture.repaint());
        racer.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.racerProperty().set(now.slot());
            }
        });
        xChoice.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.xParameterProperty().set(now);
            }
        });
        yChoice.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.yParameterProperty().set(now);
            }
        });
    }

    /** Shows the view-model's choices in the controls, without the controls telling it back. */
    private void sync() {
        syncing = true;
        try {
            racer.getItems().setAll(vm.racers());
            racer.setValue(vm.racer().orElse(null));
            xChoice.getItems().setAll(vm.parameters());
            yChoice.getItems().setAll(vm.parameters());
            xChoice.setValue(vm.xParameterProperty().get());
            yChoice.setValue(vm.yParameterProperty().get());
            show(vm.xRangeProperty().get(), xFrom, xTo);
            show(vm.yRangeProperty().get(), yFrom, yTo);
        } finally {
            syncing = false;
        }
    }

    private static void show(double[] range, TextField from, TextField to) {
        from.setText(range == null ? "" : Numbers.fourDigits(range[0]));
        to.setText(range == null ? "" : Numbers.fourDigits(range[1]));
    }

    private void commitRange(boolean x) {
        if (syncing) {
            return;
        }
        double[] now = (x ? vm.xRangeProperty() : vm.yRangeProperty()).get();
        TextField from = x ? xFrom : yFrom;
        TextField to = x ? xTo : yTo;
        // A field left as shown keeps the exact value behind its four digits.
        if (now != null && from.getText().equals(Numbers.fourDigits(now[0]))
                && to.getText().equals(Numbers.fourDigits(now[1]))) {
            return;
        }
        vm.setRange(x, from.getText(), to.getText());
    }

    private void paint(FxDrawing d) {
        HyperparameterMap map = vm.shownMap();
        if (map == null) {
            shown = null;
            return;
        }
        shown = MapFrame.of(map, vm.gridProperty().get(), vm.measureProperty().get(),
                vm.racer().map(vm::label).orElse(""), vm.marker(), picture.canvasWidth(), picture.canvasHeight(),
                picture.font(look.uiScale()), look.colorMapProperty().get(), look.theme());
        MapPainter.paint(d, shown);
    }

    /** The cell under a point of the canvas, as column and row, or null off the map. */
    public int[] cell(double px, double py) {
        MapFrame f = shown;
        if (f == null) {
            return null;
        }
        FrameLayout l = f.layout();
        if (!l.inPlot(px, py)) {
            return null;
        }
        int column = f.map().x().index(l.toDataX(px));
        int row = f.map().y().index(l.toDataY(py));
        return column < 0 || row < 0 ? null : new int[] {column, row};
    }

    /** Where on the canvas a cell's centre is: x and y. */
    public double[] centre(int column, int row) {
        FrameLayout l = shown.layout();
        return new double[] {l.toPixelX(column), l.toPixelY(row)};
    }

    private String describe(MouseEvent e) {
        int[] c = cell(e.getX(), e.getY());
        return c == null ? "" : vm.describe(c[0], c[1]);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
