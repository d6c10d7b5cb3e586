package descent.ui.controls;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.StartSpread;
import descent.surface.MiniBatchSurface;
import descent.surface.Parameter;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.ui.controls.ValueControl.Scale;
import descent.ui.look.LookModel;
import descent.ui.race.RaceModel;
import descent.ui.util.Fields;
import descent.ui.util.Tips;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left panel: the surface and its parameters, the hyperparameters, noise and batches, and the start. */
public final class ControlPanel extends ScrollPane {

    private final RaceModel race;
    private final LookModel look;
    private final ComboBox<SurfaceType> surfaceChoice = new ComboBox<>(
            FXCollections.observableArrayList(Surfaces.CHOICES));
    private final Label summary = new Label();
    private final FormulaView formula = new FormulaView("formula");
    private final FormulaField formulaField;
    private final VBox parameterBox = new VBox(10);
    private final List<ValueControl> valueControls = new ArrayList<>();
    /** Each global hyperparameter's control, in the order of {@link Hyperparameter#GLOBALS}. */
    private final List<ValueControl> hyperparameterControls = new ArrayList<>();
    private ValueControl noiseControl;
    private ValueControl clipControl;
    private final List<ValueControl> parameterControls = new ArrayList<>();
    private ValueControl batchControl;
    private final TextField startX = new TextField();
    private final TextField startY = new TextField();
    private final Label startError = new Label();
    private String shownSurface;
    private List<Parameter> shownParameters;
    private String shownFormula;

    public ControlPanel(RaceModel race, LookModel look) {
        this.race = race;
        this.look = look;
        this.formulaField = new FormulaField(race);
        setId("controls");
        setFitToWidth(true);
        // At a large UI scale in a small window the panel may be narrower than its content: it scrolls rather than
        // cutting anything short.
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        VBox content = new VBox(surfaceSection(), hyperparameterSection(), noiseSection(), startSection());
        content.getStyleClass().add("control-panel");
        setContent(content);
        setMinWidth(120);
        race.scenarioProperty().addListener((obs, was, now) -> refresh());
        // The scroll pane caches its content as an image, and any change in it (a slider moved) then re-renders
        // the whole panel: far slower than repainting the control that changed.
        skinProperty().addListener((obs, was, now) -> {
            javafx.scene.Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        look.darkProperty().addListener((obs, was, now) -> showFormula(race.scenario().surface()));
        look.fontSizeProperty().addListener((obs, was, now) -> showFormula(race.scenario().surface()));
        refresh();
    }

    private static TitledPane section(String title, String id, javafx.scene.Node... nodes) {
        VBox box = new VBox(8, nodes);
        TitledPane pane = new TitledPane(title, box);
        pane.setId(id);
        pane.setAnimated(false);
        return pane;
    }

    private TitledPane surfaceSection() {
        surfaceChoice.setId("surface-choice");
        surfaceChoice.setMaxWidth(Double.MAX_VALUE);
        surfaceChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SurfaceType t) {
                return t == null ? "" : t.name();
            }

            @Override
            public SurfaceType fromString(String s) {
                return Surfaces.find(s).orElse(null);
            }
        });
        surfaceChoice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SurfaceType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
                setTooltip(empty || t == null ? null : Tips.of(t.summary()));
            }
        });
        Tips.install(surfaceChoice, "The loss surface f(x, y) the optimizers descend. Each one shows a lesson:"
                + " saddle points, ill-conditioned valleys, several minima, cliffs, mini-batch noise.");
        surfaceChoice.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.name().equals(race.scenario().surfaceName())) {
                race.setSurface(now.name());
            }
        });
        summary.setWrapText(true);
        summary.getStyleClass().add("summary");
        Label heading = new Label("Loss surface");
        return section("Surface", "surface-section", heading, surfaceChoice, summary, formulaField, formula,
                parameterBox);
    }

    private TitledPane hyperparameterSection() {
        VBox box = new VBox(10);
        for (Hyperparameter h : Hyperparameter.GLOBALS) {
            ValueControl c = hyperparameterControl(h);
            valueControls.add(c);
            hyperparameterControls.add(c);
            box.getChildren().add(c);
        }
        Button reset = new Button("Reset to defaults");
        reset.setId("reset-hyperparameters");
        Tips.install(reset, "Puts every hyperparameter back to the lecture's default and removes the values set"
                + " for single optimizers.");
        reset.setOnAction(e -> race.resetHyperparameters());
        box.getChildren().add(reset);
        TitledPane pane = section("Hyperparameters", "hyperparameter-section", box);
        return pane;
    }

    private ValueControl hyperparameterControl(Hyperparameter h) {
        String users = Rules.ALL.stream().filter(r -> r.settings().stream().anyMatch(s -> s.global() == h))
                .map(Rule::title).collect(Collectors.joining(", "));
        String help = h.symbol() + ", " + h.title() + ": " + h.description() + "\nUsed by " + users
                + ". This is the global value; an optimizer can set its own in the race table (double-click it).";
        return ValueControl.forHyperparameter(h.key(), h, help, () -> race.hyperparameter(h),
                v -> race.setHyperparameter(h, v));
    }

    private TitledPane noiseSection() {
        ValueControl noise = new ValueControl("noise", "σ  gradient noise",
                "Standard deviation of Gaussian noise added to each component of every gradient, as a stand-in for"
                        + " the noise of stochastic gradients. Each optimizer draws its own stream from the seed.",
                Scale.LINEAR, 0, 3, false, () -> race.scenario().simulation().noise(), race::setNoise);
        batchControl = new ValueControl("batch", "m  mini-batch size",
                "Examples per gradient on the logistic surface: m = 1 is online learning, 0 the full batch (the"
                        + " contour shows the full-batch loss). Batches are drawn at random with the seed.",
                Scale.LINEAR, 0, 200, true, () -> race.scenario().simulation().batchSize(),
                v -> race.setBatchSize((int) v));
        ValueControl seed = new ValueControl("seed", "seed",
                "Seed of the noise, the mini-batches and the random starts: the same seed gives the same race.",
                Scale.LINEAR, 0, 1000, true, () -> race.scenario().simulation().seed(), v -> race.setSeed((long) v));
        ValueControl clip = new ValueControl("clip", "gradient clipping",
                "If the gradient's norm exceeds this, it is scaled down to it before the update (0: no clipping)."
                        + " The lecture's remedy for exploding gradients on cliffs.",
                Scale.LINEAR, 0, 10, false, () -> race.scenario().simulation().clipNorm(), race::setClipNorm);
        valueControls.add(noise);
        valueControls.add(batchControl);
        valueControls.add(seed);
        valueControls.add(clip);
        noiseControl = noise;
        clipControl = clip;
        return section("Noise and clipping", "noise-section", noise, batchControl, seed, clip);
    }

    private TitledPane startSection() {
        startX.setId("start-x");
        startY.setId("start-y");
        for (TextField f : new TextField[] {startX, startY}) {
            f.setOnAction(e -> commitStart());
            f.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commitStart();
                }
                if (!startError.isVisible()) {
                    Vec2 start = race.scenario().simulation().start();
                    showStart(f, f == startX ? start.x() : start.y());
                }
            });
            Tips.install(f, "The start θ₀. You can also click on the plot, or drag the start marker.");
        }
        startError.setId("start-error");
        startError.getStyleClass().add("value-error");
        startError.setVisible(false);
        startError.setManaged(false);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        startX.setPrefColumnCount(5);
        startY.setPrefColumnCount(5);
        grid.addRow(0, new Label("x₀"), startX, new Label("y₀"), startY);

        ChoiceBox<StartSpread.Distribution> distribution = new ChoiceBox<>(
                FXCollections.observableArrayList(StartSpread.Distribution.values()));
        distribution.setId("start-distribution");
        distribution.setValue(StartSpread.Distribution.GAUSSIAN);
        distribution.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartSpread.Distribution d) {
                return d == StartSpread.Distribution.GAUSSIAN ? "N(0, σ²)" : "Xavier";
            }

            @Override
            public StartSpread.Distribution fromString(String s) {
                return null;
            }
        });
        Tips.install(distribution, "N(0, σ²): each coordinate drawn from a Gaussian. Normalized (Xavier)"
                + " initialization: U(−√(6/(m+n)), √(6/(m+n))) with fan-in m and fan-out n (Glorot and Bengio).");
        TextField sigma = smallField("start-sigma", "1", "σ of the Gaussian start.");
        TextField fanIn = smallField("fan-in", "1", "Fan-in m: the inputs of the layer the weights belong to.");
        TextField fanOut = smallField("fan-out", "1", "Fan-out n: the outputs of that layer.");
        Label sigmaLabel = new Label("σ");
        Label fanLabel = new Label("m, n");
        HBox gaussianRow = new HBox(6, sigmaLabel, sigma);
        HBox xavierRow = new HBox(6, fanLabel, fanIn, fanOut);
        gaussianRow.setAlignment(Pos.CENTER_LEFT);
        xavierRow.setAlignment(Pos.CENTER_LEFT);
        xavierRow.visibleProperty().bind(distribution.valueProperty().isEqualTo(StartSpread.Distribution.XAVIER));
        xavierRow.managedProperty().bind(xavierRow.visibleProperty());
        gaussianRow.visibleProperty().bind(xavierRow.visibleProperty().not());
        gaussianRow.managedProperty().bind(gaussianRow.visibleProperty());
        // "Random" beside the distribution, under the section's title "Start θ₀": "Random start" did not fit
        // beside it in the side panel and was cut to "Rando...".
        Button random = new Button("Random");
        random.setMinWidth(Region.USE_PREF_SIZE);
        random.setId("random-start");
        Tips.install(random, "Draws a new start θ₀ from the chosen distribution, with the seed.");
        random.setOnAction(e -> {
            showStartError(race.randomStart(distribution.getValue(), sigma.getText(), fanIn.getText(),
                    fanOut.getText()));
        });
        HBox randomRow = new HBox(8, random, distribution);
        randomRow.setAlignment(Pos.CENTER_LEFT);
        return section("Start θ₀", "start-section", grid, startError, randomRow, gaussianRow, xavierRow);
    }

    private TextField smallField(String id, String text, String help) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(4);
        Tips.install(f, help);
        HBox.setHgrow(f, Priority.NEVER);
        return f;
    }

    private void commitStart() {
        showStartError(race.setStart(startX.getText(), startY.getText()));
    }

    private void showStartError(Optional<String> message) {
        startError.setText(message.orElse(""));
        startError.setVisible(message.isPresent());
        startError.setManaged(message.isPresent());
    }

    private void refresh() {
        Scenario s = race.scenario();
        Surface surface = s.surface();
        SurfaceType type = surface.type();
        // A typed surface's formula and parameters change without its name.
        showFormula(surface);
        if (!surface.name().equals(shownSurface) || !type.parameters().equals(shownParameters)) {
            shownSurface = surface.name();
            shownParameters = type.parameters();
            surfaceChoice.setValue(Surfaces.byName(surface.name()));
            summary.setText(type.summary());
            parameterBox.getChildren().clear();
            parameterControls.clear();
            for (Parameter p : type.parameters()) {
                ValueControl c = new ValueControl("param-" + p.name(), p.label(),
                        p.description() + " (default " + descent.math.Numbers.shortest(p.defaultValue()) + ")",
                        p.range().wholeNumbers() || p.range().max() / Math.max(1e-9, p.range().min()) < 1e4
                                || p.range().min() <= 0 ? Scale.LINEAR : Scale.LOG,
                        p.range().min(), p.range().max(), p.range().wholeNumbers(),
                        () -> race.scenario().parameters().get(p.name()), v -> race.setParameter(p.name(), v));
                parameterControls.add(c);
                parameterBox.getChildren().add(c);
            }
        }
        for (ValueControl c : parameterControls) {
            c.refresh();
        }
        for (ValueControl c : valueControls) {
            c.refresh();
        }
        batchControl.setEnabled(surface instanceof MiniBatchSurface);
        showFollowers(s);
        Vec2 start = s.simulation().start();
        if (!startX.isFocused()) {
            showStart(startX, start.x());
        }
        if (!startY.isFocused()) {
            showStart(startY, start.y());
        }
    }

    /**
     * Tells each global control whether a racer shown takes its value: in a lesson whose racers each set their own ε,
     * the ε slider says so and lists their values, rather than show a value none of them uses.
     */
    private void showFollowers(Scenario s) {
        List<Racer> racers = s.simulation().racers();
        for (int i = 0; i < Hyperparameter.GLOBALS.size(); i++) {
            Hyperparameter h = Hyperparameter.GLOBALS.get(i);
            Followers f = Followers.of(racers, h, race::value);
            hyperparameterControls.get(i).showFollowers(f.note(h.symbol()), f.unused());
        }
        Followers noise = Followers.of(racers, r -> true, r -> r.noise().isEmpty(),
                r -> Numbers.brief(r.noise().orElse(0)));
        noiseControl.showFollowers(noise.note("σ"), noise.unused());
        Followers clip = Followers.of(racers, r -> true, r -> r.clipNorm().isEmpty(),
                r -> Numbers.brief(r.clipNorm().orElse(0)));
        clipControl.showFollowers(clip.note("clipping"), clip.unused());
        if (s.surface() instanceof MiniBatchSurface) {
            Followers batch = Followers.of(racers, r -> true, r -> r.batchSize().isEmpty(),
                    r -> Integer.toString(r.batchSize().orElse(0)));
            batchControl.showFollowers(batch.note("m"), batch.unused());
        } else {
            batchControl.showFollowers(Optional.empty(), false);
        }
    }

    /** A coordinate of the start: exact while it is being edited, four digits otherwise. */
    private static void showStart(TextField f, double v) {
        Fields.setTextIfChanged(f, f.isFocused() ? descent.math.Numbers.shortest(v) : Numbers.fourDigits(v));
    }

    private void showFormula(Surface surface) {
        formula.show("f(x,y)=" + surface.formula().latex(), "f(x, y) = " + surface.formula().text(), look.fontSize(),
                look.darkProperty().get());
        if (!surface.formula().text().equals(shownFormula)) {
            shownFormula = surface.formula().text();
            Tips.install(formula, "f(x, y) = " + surface.formula().text());
        }
    }
}
