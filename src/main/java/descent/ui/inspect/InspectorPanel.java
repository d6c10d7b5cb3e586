package descent.ui.inspect;

import descent.optim.StepExplanation;
import descent.render.RateChartPainter;
import descent.sim.Racer;
import descent.ui.controls.FormulaView;
import descent.ui.look.LookModel;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import descent.ui.util.FxDrawing;
import descent.ui.util.Tips;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The step inspector beside the race: the inspected racer's update in the book's notation, the same with the
 * numbers of the step shown substituted, and a chart of every racer's effective learning rate per coordinate. The
 * arrows of the step are drawn on the plot. Hidden while no racer is inspected.
 */
public final class InspectorPanel extends VBox {

    private final InspectorModel inspector;
    private final RaceModel race;
    private final PlaybackModel playback;
    private final LookModel look;
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final FormulaView rule = new FormulaView("inspector-rule");
    private final Label numbersHeading = new Label();
    private final VBox numbers = new VBox();
    private final Pane chartPane = new Pane();
    private final Canvas chart = new Canvas();
    private boolean chartDirty = true;

    public InspectorPanel(InspectorModel inspector, RaceModel race, PlaybackModel playback, LookModel look) {
        this.inspector = inspector;
        this.race = race;
        this.playback = playback;
        this.look = look;
        setId("inspector");
        getStyleClass().add("inspector");
        setSpacing(4);
        heading.setId("inspector-heading");
        heading.getStyleClass().add("sheet-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button close = new Button("×");
        close.setId("inspector-close");
        Tips.install(close, "Stop inspecting (Esc).");
        close.setOnAction(e -> inspector.inspect(InspectorModel.NONE));
        HBox top = new HBox(6, heading, close);
        top.setAlignment(Pos.CENTER_LEFT);
        hint.setId("inspector-hint");
        hint.setWrapText(true);
        Label ruleHeading = new Label("The update, as the book writes it");
        ruleHeading.getStyleClass().add("inspector-label");
        numbersHeading.getStyleClass().add("inspector-label");
        numbers.setId("inspector-numbers");
        numbers.setSpacing(2);
        chartPane.setId("rate-chart");
        chartPane.getChildren().add(chart);
        chartPane.minHeightProperty().bind(look.fontSizeProperty().multiply(9));
        chartPane.prefHeightProperty().bind(look.fontSizeProperty().multiply(11));
        chartPane.widthProperty().addListener((obs, was, now) -> chartDirty = true);
        chartPane.heightProperty().addListener((obs, was, now) -> chartDirty = true);
        Tips.install(chartPane, "Each racer's learning rate per coordinate, the step it takes per unit of gradient:"
                + " ε for SGD and momentum, ε_k for the decaying schedule, ε/(δ + √r) for AdaGrad and RMSProp,"
                + " ε/(δ + √r̂) for Adam. Log scale; along x solid, along y dotted.");
        getChildren().addAll(top, hint, ruleHeading, rule, numbersHeading, numbers, chartPane);
        inspector.slotProperty().addListener((obs, was, now) -> update());
        inspector.explanationProperty().addListener((obs, was, now) -> update());
        inspector.ratesProperty().addListener((obs, was, now) -> chartDirty = true);
        playback.stepProperty().addListener((obs, was, now) -> chartDirty = true);
        look.darkProperty().addListener((obs, was, now) -> update());
        look.fontSizeProperty().addListener((obs, was, now) -> update());
        update();
    }

    private void update() {
        boolean on = inspector.slot() != InspectorModel.NONE && inspector.racer().isPresent();
        setVisible(on);
        setManaged(on);
        chartDirty = true;
        if (!on) {
            return;
        }
        Racer r = inspector.racer().get();
        StepExplanation e = inspector.explanation();
        double font = look.fontSize();
        boolean dark = look.darkProperty().get();
        String name = descent.render.Tracks.labels(race.scenario().simulation().racers()).getOrDefault(r, r.label());
        heading.setText((e == null ? "Inspecting " : "Step " + e.step() + " of ") + name);
        rule.show(r.rule().latex(), r.rule().title(), font, dark);
        if (e == null) {
            hint.setText(playback.step() == 0 ? "Step 0 is the start θ₀: step forward (→) to see the first update."
                    : "Working out the step…");
            hint.setVisible(true);
            hint.setManaged(true);
            numbersHeading.setText("");
            numbers.getChildren().clear();
            return;
        }
        hint.setVisible(false);
        hint.setManaged(false);
        numbersHeading.setText("Step " + e.step() + ", with its numbers");
        List<FormulaView> lines = new ArrayList<>();
        int i = 0;
        for (String equation : e.equations()) {
            FormulaView v = new FormulaView("inspector-equation-" + i++);
            v.show(equation, equation, font, dark);
            lines.add(v);
        }
        numbers.getChildren().setAll(lines);
    }

    /** Repaints the rate chart if anything changed; called once a frame. */
    public void paintIfNeeded() {
        if (!isVisible()) {
            return;
        }
        double w = Math.floor(chartPane.getWidth());
        double h = Math.floor(chartPane.getHeight());
        if (chart.getWidth() != w || chart.getHeight() != h) {
            chart.setWidth(w);
            chart.setHeight(h);
            chartDirty = true;
        }
        if (!chartDirty || w < 10 || h < 10) {
            return;
        }
        RateChartPainter.paint(new FxDrawing(chart.getGraphicsContext2D()), inspector.ratesProperty().get(),
                playback.step(), race.totalSteps(), inspector.slot(), w, h, look.theme(),
                Math.round(look.fontSize() * 14 / 15));
        chartDirty = false;
    }

    /** The equations shown with numbers, as LaTeX, for tests. */
    public List<String> equationsShown() {
        StepExplanation e = inspector.explanation();
        return isVisible() && e != null ? e.equations() : List.of();
    }
}
