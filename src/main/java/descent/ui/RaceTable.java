package descent.ui;

import descent.optim.Optimizer;
import descent.render.Palette;
import descent.render.Tracks;
import descent.render.Theme;
import descent.render.Ticks;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.MouseButton;

/**
 * The race table, which is also the legend: each optimizer's colour and marker, a box to show or hide it, and its
 * loss, gradient norm, step and outcome at the step shown. Sortable; double-click a row to set that optimizer's
 * own hyperparameters.
 */
final class RaceTable extends TableView<OptimizerRow> {

    private final MainViewModel vm;
    private TableColumn<OptimizerRow, Number> loss;
    private TableColumn<OptimizerRow, Number> norm;
    private TableColumn<OptimizerRow, Number> step;

    RaceTable(MainViewModel vm) {
        super(vm.rows());
        this.vm = vm;
        setId("race-table");
        getStyleClass().add("race-table");
        setEditable(true);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPrefHeight(300);
        setMinHeight(180);

        TableColumn<OptimizerRow, Boolean> shown = new TableColumn<>("");
        shown.setCellValueFactory(c -> c.getValue().shownProperty());
        shown.setCellFactory(CheckBoxTableCell.forTableColumn(shown));
        shown.setEditable(true);
        shown.setSortable(false);
        shown.setPrefWidth(30);
        shown.setMaxWidth(36);
        shown.setMinWidth(30);

        TableColumn<OptimizerRow, Optimizer> name = new TableColumn<>("Optimizer");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().optimizer()));
        name.setCellFactory(col -> new OptimizerCell());
        name.setPrefWidth(128);

        TableColumn<OptimizerRow, Number> loss = numberColumn("Loss", "loss");
        loss.setCellValueFactory(c -> c.getValue().lossProperty());
        TableColumn<OptimizerRow, Number> norm = numberColumn("‖∇f‖", "gradient norm");
        norm.setCellValueFactory(c -> c.getValue().gradientNormProperty());
        TableColumn<OptimizerRow, Number> step = new TableColumn<>("k");
        step.setId("step-column");
        step.setCellValueFactory(c -> c.getValue().stepProperty());
        step.setPrefWidth(46);
        TableColumn<OptimizerRow, String> outcome = new TableColumn<>("Outcome");
        outcome.setCellValueFactory(c -> c.getValue().outcomeProperty());
        outcome.setPrefWidth(126);

        this.loss = loss;
        this.norm = norm;
        this.step = step;
        getColumns().add(shown);
        getColumns().add(name);
        getColumns().add(loss);
        getColumns().add(norm);
        getColumns().add(step);
        getColumns().add(outcome);

        setRowFactory(table -> {
            TableRow<OptimizerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    OverridesDialog.show(vm, row.getItem().optimizer(), getScene().getWindow());
                }
            });
            MenuItem edit = new MenuItem("Set this optimizer's own values…");
            edit.setOnAction(e -> OverridesDialog.show(vm, row.getItem().optimizer(), getScene().getWindow()));
            MenuItem clear = new MenuItem("Use the global values");
            clear.setOnAction(e -> vm.clearOverrides(row.getItem().optimizer()));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(edit, clear)));
            return row;
        });
        // The swatches are drawn in the theme's colours: on the dark one Adam's black turns white.
        vm.darkProperty().addListener((obs, was, now) -> refresh());
        setTooltip(Tips.of("Tick to show or hide an optimizer. Double-click a row to give that optimizer"
                + " its own hyperparameters (a * marks those that have some). k is the step each has reached."
                + " Click a heading to sort."));
    }

    private static TableColumn<OptimizerRow, Number> numberColumn(String title, String what) {
        TableColumn<OptimizerRow, Number> c = new TableColumn<>(title);
        c.setPrefWidth(60);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || Double.isNaN(v.doubleValue()) ? null : short3(v.doubleValue()));
            }
        });
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return c;
    }

    /**
     * For narrow windows: hides the loss, gradient-norm and step columns, so that every optimizer's name and outcome
     * can be read whole (the loss chart below gives the losses in the same colours).
     */
    void setCompact(boolean compact) {
        loss.setVisible(!compact);
        norm.setVisible(!compact);
        step.setVisible(!compact);
        getColumns().get(1).setPrefWidth(compact ? 120 : 128);
        getColumns().get(5).setPrefWidth(compact ? 130 : 126);
    }

    /** Three significant digits, so that the numbers fit their columns: -0.812, 9.2e-7, 1250, 2.3e-3. */
    static String short3(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return Ticks.format(v);
        }
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-2) {
            java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(2));
            return Ticks.format(d.doubleValue());
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The optimizer's swatch (line and marker in its colour), its name and the values it sets for itself. */
    private final class OptimizerCell extends TableCell<OptimizerRow, Optimizer> {
        private final Canvas swatch = new Canvas(18, 16);
        private final Label label = new Label();

        OptimizerCell() {
            label.setGraphic(swatch);
            label.setGraphicTextGap(5);
        }

        @Override
        protected void updateItem(Optimizer o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            GraphicsContext g = swatch.getGraphicsContext2D();
            g.clearRect(0, 0, 18, 16);
            FxDrawing d = new FxDrawing(g);
            Theme theme = vm.theme();
            int color = Palette.color(Tracks.slot(o), theme);
            if (Palette.faintOn(color, theme.background())) {
                d.setStroke(Palette.halo(theme), 5);
                d.strokeLine(1, 8, 17, 8);
            }
            d.setStroke(color, 3);
            d.strokeLine(1, 8, 17, 8);
            double[][] shape = Palette.marker(Tracks.slot(o)).outline(9, 8, 4.5);
            d.setFill(color);
            d.fillPolygon(shape[0], shape[1], shape[0].length);
            d.setStroke(theme.isDark() ? 0xFFFFFFFF : 0xFF1A1A1A, 1.2);
            d.strokePolygon(shape[0], shape[1], shape[0].length);
            OptimizerRow row = getTableRow() == null ? null : getTableRow().getItem();
            String own = row == null ? "" : row.overridesProperty().get();
            label.setText(o.shortTitle() + (own.isEmpty() ? "" : " *"));
            setGraphic(label);
            setTooltip(Tips.of(o.title() + ": " + o.rule() + (own.isEmpty() ? "" : "\nOwn values: " + own)));
        }
    }
}
