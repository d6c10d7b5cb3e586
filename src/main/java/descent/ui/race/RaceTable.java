package descent.ui.race;

import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Setting;
import descent.render.Palette;
import descent.render.Theme;
import descent.render.Tracks;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.ui.look.LookModel;
import descent.ui.util.Deferred;
import descent.ui.util.FxDrawing;
import descent.ui.util.Tips;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The race table, which is also the legend: each optimizer's colour and marker, a box to show or hide it, and its
 * loss, gradient norm, step and outcome at the step shown. A name says how the racer differs from a plain one of its
 * rule, and its tooltip gives the name whole and every value the racer uses. Sortable; double-click a row to set that
 * optimizer's own hyperparameters. The window chooses which number columns show and how much room the names get
 * ({@link #showColumns}); whatever width the table has beyond that goes to the names, then to the outcomes.
 */
public final class RaceTable extends TableView<RacerRow> {

    /** The table's text, relative to the window's: a little smaller, so that the numbers fit their columns. */
    private static final double FONT = 0.87;
    /** A row's height and the swatch's width, in the table's font sizes. */
    private static final double ROW = 1.9;
    private static final double SWATCH = 1.4;
    /** The widest number {@link Numbers#threeDigits} writes, to size the number columns by. */
    private static final String WIDEST_NUMBER = "-9.9e-10";
    /** The least room a racer's name is given before the window gives up on fitting the table, in font sizes. */
    private static final double LEAST_NAME = 6;
    private static final String FAMILY = Font.getFamilies().contains("DejaVu Sans") ? "DejaVu Sans"
            : Font.getDefault().getFamily();

    private final RaceModel race;
    private final TableModel table;
    private final LookModel look;
    private final IntConsumer edit;
    private final TableColumn<RacerRow, Boolean> shown = new TableColumn<>("");
    private final TableColumn<RacerRow, Named> name = new TableColumn<>("Racer");
    private final TableColumn<RacerRow, Number> loss = numberColumn("Loss", "loss-column");
    private final TableColumn<RacerRow, Number> norm = numberColumn("‖∇f‖", "norm-column");
    private final TableColumn<RacerRow, Number> step = new TableColumn<>("k");
    private final TableColumn<RacerRow, String> outcome = new TableColumn<>("Outcome");
    private javafx.scene.Node headingBackground;
    /** Whether the k and outcome headings have their tooltips: they exist once the table is first laid out. */
    private boolean headingTips;
    /** The columns' widths as last measured, in the order of the columns, the names' at their whole width. */
    private double[] widths;
    /** The room given to the names by the window, and the outcome text's room that went with it. */
    private double nameRoom;
    private double outcomeRoom;
    /** Called, once per pulse at most, when an outcome shows that is wider than its column. */
    private Runnable onOutcomeTooWide = () -> { };
    private boolean outcomeCheckQueued;
    private final javafx.beans.value.ChangeListener<String> outcomeWatcher = (obs, was, now) -> checkOutcome(now);

    /** Which number columns the table shows beside the names and the outcomes, widest first. */
    public enum Columns {
        /** Loss, gradient norm and the step reached. */
        ALL(true, true, true),
        /** Loss and the step reached. */
        LOSS_AND_STEP(true, false, true),
        /** The step reached alone: the loss chart below has the losses. */
        STEP(false, false, true),
        /** No numbers: the outcome says where each racer stopped. */
        NONE(false, false, false);

        private final boolean loss;
        private final boolean norm;
        private final boolean step;

        Columns(boolean loss, boolean norm, boolean step) {
            this.loss = loss;
            this.norm = norm;
            this.step = step;
        }
    }

    /**
     * A racer with its label as the legend shows it: its own, or its rule's name and how it differs from a plain
     * racer of that rule ("SGD ε=0.3"), numbered when repeated ("SGD 2").
     */
    public record Named(Racer racer, String label) {
        /** What the cell reads. */
        String text() {
            return label;
        }
    }

    /** @param edit opens the editor of the racer in a slot */
    public RaceTable(RaceModel race, TableModel table, LookModel look, IntConsumer edit) {
        super(table.rows());
        this.race = race;
        this.table = table;
        this.look = look;
        this.edit = edit;
        setId("race-table");
        getStyleClass().add("race-table");
        setEditable(true);
        // Each column as wide as its text needs; the outcome takes what is left (see layoutChildren). The constrained
        // policy kept the widths it had shared out when the font, and with it the widths wanted, changed.
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);

        shown.setCellValueFactory(c -> c.getValue().shownProperty());
        shown.setCellFactory(CheckBoxTableCell.forTableColumn(shown));
        shown.setEditable(true);
        shown.setSortable(false);

        name.setId("name-column");
        // The cell value follows the row's own values, so that the mark appears as soon as the dialog sets one.
        name.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> new Named(c.getValue().racer(), c.getValue().labelProperty().get()),
                c.getValue().labelProperty()));
        name.setCellFactory(col -> new OptimizerCell());
        name.setComparator((a, b) -> a.text().compareTo(b.text()));

        loss.setCellValueFactory(c -> c.getValue().lossProperty());
        norm.setCellValueFactory(c -> c.getValue().gradientNormProperty());
        step.setId("step-column");
        step.setCellValueFactory(c -> c.getValue().stepProperty());
        outcome.setId("outcome-column");
        outcome.setCellValueFactory(c -> c.getValue().outcomeProperty());
        outcome.setCellFactory(col -> new OutcomeCell());

        getColumns().add(shown);
        getColumns().add(name);
        getColumns().add(loss);
        getColumns().add(norm);
        getColumns().add(step);
        getColumns().add(outcome);

        setRowFactory(view -> {
            TableRow<RacerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    edit.accept(row.getItem().slot());
                }
            });
            MenuItem own = new MenuItem("Edit this racer…");
            own.setOnAction(e -> edit.accept(row.getItem().slot()));
            MenuItem copy = new MenuItem("Duplicate");
            copy.setOnAction(e -> race.report(race.duplicate(row.getItem().slot()).orElse("")));
            MenuItem clear = new MenuItem("Use the global values");
            clear.setOnAction(e -> race.clearOwnValues(row.getItem().slot()));
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(e -> race.remove(row.getItem().slot()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(own, copy, clear, remove)));
            return row;
        });
        // The swatches are drawn in the theme's colours: on the dark one Adam's black turns white.
        look.darkProperty().addListener((obs, was, now) -> refresh());
        look.fontSizeProperty().addListener((obs, was, now) -> applyFontSize());
        widthProperty().addListener((obs, was, now) -> shareSpareWidth());
        // A racer added or removed: all rows still show.
        getItems().addListener((javafx.collections.ListChangeListener<RacerRow>) c -> {
            requestLayout();
            while (c.next()) {
                c.getRemoved().forEach(r -> r.outcomeProperty().removeListener(outcomeWatcher));
                c.getAddedSubList().forEach(r -> r.outcomeProperty().addListener(outcomeWatcher));
            }
        });
        getItems().forEach(r -> r.outcomeProperty().addListener(outcomeWatcher));
        applyFontSize();
        Tips.install(this, "Tick to show or hide a racer. Double-click a row to edit that racer: its name and its"
                + " own values (its name says how it differs, such as \"SGD ε=0.5\"; point at a name for every value"
                + " it uses). " + STEPS_TIP + " Point at an outcome for what it means. Click a heading to sort.");
    }

    private static TableColumn<RacerRow, Number> numberColumn(String title, String id) {
        TableColumn<RacerRow, Number> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || Double.isNaN(v.doubleValue()) ? null
                        : Numbers.threeDigits(v.doubleValue()));
            }
        });
        c.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
        return c;
    }

    /** The table's font size in pixels, from the window's. */
    /** Selects the row of the racer in a slot, or none for a slot with no row (such as −1). */
    public void select(int slot) {
        RacerRow selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.slot() == slot) {
            return;
        }
        for (RacerRow row : getItems()) {
            if (row.slot() == slot) {
                getSelectionModel().select(row);
                return;
            }
        }
        getSelectionModel().clearSelection();
    }

    public double fontSize() {
        return Math.round(FONT * look.fontSize());
    }

    /** Sizes the text, the rows and the swatches to the window's font size, rows all in view without a scroll bar. */
    private void applyFontSize() {
        double f = fontSize();
        setStyle("-fx-font-size: " + f + "px;");
        // A fixed row height also spares the table measuring every row when the race plays and the numbers change.
        double row = Math.round(ROW * f);
        setFixedCellSize(row);
        // A first guess at the heading's height; the first layout measures it (see layoutChildren).
        fitHeight(1.5 * row);
        refresh();
    }

    /** Makes the table exactly as high as its heading and its rows, so that all rows show and no space is left. */
    private void fitHeight(double heading) {
        double height = heightFor(heading);
        if (Math.abs(height - getPrefHeight()) > 0.5) {
            setMinHeight(height);
            setPrefHeight(height);
            setMaxHeight(height);
        }
    }

    private double heightFor(double heading) {
        // Four pixels to spare: with one less the rows' flow already asks for a scroll bar.
        return Math.ceil(heading + getItems().size() * getFixedCellSize() + snappedTopInset() + snappedBottomInset()
                + 4);
    }

    /** What k counts, for the table's and its heading's tooltips. */
    static final String STEPS_TIP = "k is the number of steps a racer has taken: the step shown while it runs, and"
            + " once its path has ended the step its outcome names (where it converged, diverged or escaped).";

    /** What every outcome means, for the outcome heading's tooltip. */
    static String outcomesTip() {
        StringBuilder b = new StringBuilder("Outcome: how each racer's path stands at the step shown.");
        for (Outcome.Status s : Outcome.Status.values()) {
            b.append("\n• ").append(s.meaning()).append('.');
        }
        return b.append("\nA racer with many starts also counts how they stand.").toString();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!headingTips) {
            // A column's heading takes the column's id.
            javafx.scene.Node k = lookup(".column-header#step-column");
            javafx.scene.Node o = lookup(".column-header#outcome-column");
            if (k != null && o != null) {
                Tooltip.install(k, Tips.of(STEPS_TIP));
                Tooltip.install(o, Tips.of(outcomesTip()));
                headingTips = true;
            }
        }
        if (headingBackground == null) {
            // Looked up once: while the race plays the table is laid out every frame.
            headingBackground = lookup(".column-header-background");
        }
        if (headingBackground != null && headingBackground.getLayoutBounds().getHeight() > 0) {
            double h = headingBackground.getLayoutBounds().getHeight();
            if (Math.abs(heightFor(h) - getPrefHeight()) > 0.5) {
                // After this layout pass, so that the panel around is told of the new height.
                javafx.application.Platform.runLater(() -> fitHeight(h));
            }
        }
    }

    /**
     * The width the table needs for the columns chosen, with {@code names} for the name column (swatch, name and
     * padding), measured in its font.
     */
    public double widthFor(Columns c, double names) {
        double[] w = columnWidths();
        return 6 + w[0] + names + (c.loss ? w[2] : 0) + (c.norm ? w[3] : 0) + (c.step ? w[4] : 0) + w[5];
    }

    /** The name column's width with every racer's name whole. */
    public double wholeNames() {
        return columnWidths()[1];
    }

    /** The least width the name column is given: a few letters of each name, the rest in its tooltip. */
    public double leastNames() {
        double f = fontSize();
        return Math.min(wholeNames(), Math.ceil(SWATCH * f + 0.35 * f + LEAST_NAME * f + 0.8 * f + 2));
    }

    /**
     * Shows the number columns chosen, gives every column the width its text needs and the names {@code names}; the
     * table is as wide as that at least.
     */
    public void showColumns(Columns c, double names) {
        loss.setVisible(c.loss);
        norm.setVisible(c.norm);
        step.setVisible(c.step);
        widths = columnWidths();
        nameRoom = Math.min(names, widths[1]);
        outcomeRoom = widths[5];
        TableColumn<?, ?>[] columns = {shown, name, loss, norm, step, outcome};
        for (int i = 0; i < columns.length; i++) {
            double width = i == 1 ? nameRoom : widths[i];
            columns[i].setMinWidth(width);
            columns[i].setPrefWidth(width);
        }
        setMinWidth(widthFor(c, nameRoom));
        shareSpareWidth();
    }

    /** Tells the window when an outcome shows that its column is too narrow for, so that it can make room. */
    public void setOnOutcomeTooWide(Runnable action) {
        onOutcomeTooWide = action;
    }

    /**
     * Gives whatever width the table has beyond what its columns were given to the names, up to their whole width,
     * and the rest to the outcomes.
     */
    private void shareSpareWidth() {
        if (widths == null) {
            return;
        }
        double spare = Math.max(0, Math.floor(getWidth() - getMinWidth()));
        double toNames = Math.min(spare, widths[1] - nameRoom);
        name.setPrefWidth(nameRoom + toNames);
        outcome.setPrefWidth(widths[5] + spare - toNames);
    }

    /** Asks the window for room when an outcome's text is wider than its column was sized for. */
    private void checkOutcome(String text) {
        if (widths == null || outcomeCheckQueued || text == null
                || textWidth(text, false) + 0.8 * fontSize() + 2 <= outcomeRoom) {
            return;
        }
        outcomeCheckQueued = true;
        javafx.application.Platform.runLater(() -> {
            outcomeCheckQueued = false;
            onOutcomeTooWide.run();
        });
    }

    /**
     * Each column's width: its widest text (for the step, "N" for a race of N steps; for the outcome, any outcome at
     * step N and those shown) and the cell's padding.
     */
    private double[] columnWidths() {
        double f = fontSize();
        double pad = 0.8 * f + 2;
        double names = 0;
        double outcomes = textWidth("Outcome", true);
        for (RacerRow row : table.rows()) {
            names = Math.max(names, textWidth(row.labelProperty().get(), false));
            outcomes = Math.max(outcomes, textWidth(row.outcomeProperty().get(), false));
        }
        int total = race.totalSteps();
        for (Outcome.Status s : COMMON_OUTCOMES) {
            outcomes = Math.max(outcomes, textWidth(new Outcome(s, total).describe(), false));
        }
        double number = Math.max(textWidth(WIDEST_NUMBER, false), textWidth("‖∇f‖", true)) + pad;
        return new double[] {
            Math.ceil(2.1 * f),
            Math.ceil(Math.max(textWidth("Racer", true), SWATCH * f + 0.35 * f + names) + pad),
            Math.ceil(number),
            Math.ceil(number),
            Math.ceil(Math.max(textWidth("k", true), textWidth(Integer.toString(total), false)) + pad),
            Math.ceil(outcomes + pad),
        };
    }

    /**
     * The outcomes the outcome column is sized for before they show, at the race's last step; a rarer one (a start
     * with no finite loss) widens it when it shows.
     */
    private static final List<Outcome.Status> COMMON_OUTCOMES = List.of(Outcome.Status.RUNNING,
            Outcome.Status.MOVING, Outcome.Status.CONVERGED, Outcome.Status.DIVERGED, Outcome.Status.ESCAPED);

    private double textWidth(String s, boolean bold) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, fontSize()));
        // A little to spare: the text a cell draws may be measured a pixel wider than this.
        return 1.03 * t.getLayoutBounds().getWidth() + 1;
    }

    /**
     * What a racer's tooltip says: its rule and every value it uses, its own ones marked, such as "ε = 0.3 (own),
     * ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-7".
     */
    public static String describe(RaceModel race, int slot) {
        return describe(race, slot, Tracks.label(race.racer(slot)));
    }

    /** What a racer's tooltip says, under the name the table gives it (numbered when repeated). */
    static String describe(RaceModel race, int slot, String label) {
        Racer r = race.racer(slot);
        Rule rule = r.rule();
        String values = rule.settings().stream().map(Setting::parameter).map(h -> text(h, race.value(slot, h))
                + (r.own().containsKey(h) ? " (own)" : "")).collect(Collectors.joining(", "));
        String different = Tracks.differences(r);
        return label + ": " + rule.text() + "\nUses " + values + "."
                + (different.isEmpty() ? "" : "\n* its own: " + different + "; double-click its row to change them.");
    }

    private static String text(Hyperparameter h, double v) {
        return h.isSwitch() ? h.key() + " = " + h.format(v) : h.symbol() + " = " + Numbers.brief(v);
    }

    /**
     * The optimizer's swatch (line and marker in its colour) and its name, cut short in the middle by whole words
     * where the column is too narrow ({@link NameCut}); the tooltip has the name whole.
     */
    private final class OptimizerCell extends TableCell<RacerRow, Named> {
        private final Canvas swatch = new Canvas();
        /** Made once the window is on screen: a tooltip is a popup window with a scene of its own. */
        private Tooltip tip;

        OptimizerCell() {
            // The cell cuts its name itself (NameCut), by whole words; should it still be a pixel too wide, one
            // character rather than three.
            setEllipsisString(NameCut.ELLIPSIS);
        }

        /** Gives the cell the tooltip with the racer's whole name and the values it uses. */
        private void describeRacer() {
            if (getItem() == null) {
                return;
            }
            if (tip == null) {
                tip = Tips.of("");
                // Written as it shows: the values in use change with every slider move, which redraws no cell.
                tip.setOnShowing(e -> {
                    if (getItem() != null) {
                        tip.setText(describe(race, getItem().racer().slot(), getItem().label()));
                    }
                });
            }
            tip.setText(describe(race, getItem().racer().slot(), getItem().label()));
            setTooltip(tip);
        }

        @Override
        protected void updateItem(Named item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Racer o = item.racer();
            double f = fontSize();
            double w = Math.round(SWATCH * f);
            double h = Math.round(1.2 * f);
            if (swatch.getWidth() != w || swatch.getHeight() != h) {
                swatch.setWidth(w);
                swatch.setHeight(h);
            }
            setGraphicTextGap(Math.round(0.35 * f));
            paintSwatch(swatch, o.slot(), look.theme());
            setGraphic(swatch);
            showName();
            Deferred.run(this::describeRacer);
        }

        @Override
        protected void layoutChildren() {
            // Cut to the width the cell has now, before its text is placed; a name that changes asks for a new layout.
            showName();
            super.layoutChildren();
        }

        /** The name, cut in the middle to the room its column leaves beside the swatch. */
        private void showName() {
            Named item = getItem();
            if (item == null || isEmpty()) {
                return;
            }
            double room = getWidth() - snappedLeftInset() - snappedRightInset() - swatch.getWidth()
                    - getGraphicTextGap();
            // Before its first layout the cell has no width: the name whole, cut once the width is known.
            String shown = getWidth() <= 0 ? item.text() : NameCut.cut(item.text(), room, this::measure);
            if (!shown.equals(getText())) {
                setText(shown);
            }
        }

        private double measure(String s) {
            Text t = new Text(s);
            t.setFont(getFont());
            return Math.ceil(t.getLayoutBounds().getWidth());
        }
    }

    /**
     * An outcome, with a tooltip saying what it means with its numbers and how the racer's many starts stand, after
     * the outcome's whole text when the detail does not start with it: a narrow column may cut the text short.
     */
    private static final class OutcomeCell extends TableCell<RacerRow, String> {
        private final Tooltip tip = Tips.of("");

        OutcomeCell() {
            // Read as it shows: the row's detail changes with the step, which may leave the cell's text as it was.
            tip.setOnShowing(e -> {
                RacerRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    tip.setText(tip(row.outcomeProperty().get(), row.outcomeDetailProperty().get()));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            RacerRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            if (row == null) {
                setTooltip(null);
                return;
            }
            tip.setText(tip(item, row.outcomeDetailProperty().get()));
            setTooltip(tip);
        }

        private static String tip(String text, String detail) {
            return text == null || text.isEmpty() || detail.startsWith(text) ? detail : text + "\n" + detail;
        }
    }

    /** Draws a slot's line and marker, as the legend does, to the canvas's size. */
    public static void paintSwatch(Canvas swatch, int slot, Theme theme) {
        double w = swatch.getWidth();
        double h = swatch.getHeight();
        double s = h / 16;
        GraphicsContext g = swatch.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        FxDrawing d = new FxDrawing(g);
        int color = Palette.color(slot, theme);
        if (Palette.faintOn(color, theme.background())) {
            d.setStroke(Palette.halo(theme), 5 * s);
            d.strokeLine(1, h / 2, w - 1, h / 2);
        }
        d.setStroke(color, 3 * s);
        d.strokeLine(1, h / 2, w - 1, h / 2);
        double[][] shape = Palette.marker(slot).outline(w / 2, h / 2, 4.5 * s);
        d.setFill(color);
        d.fillPolygon(shape[0], shape[1], shape[0].length);
        d.setStroke(theme.isDark() ? 0xFFFFFFFF : 0xFF1A1A1A, 1.2 * s);
        d.strokePolygon(shape[0], shape[1], shape[0].length);
    }
}
