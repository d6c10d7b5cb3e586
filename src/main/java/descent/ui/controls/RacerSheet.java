package descent.ui.controls;

import descent.optim.Hyperparameter;
import descent.optim.Rule;
import descent.optim.Setting;
import descent.render.Tracks;
import descent.sim.Racer;
import descent.sim.StartSpread;
import descent.surface.MiniBatchSurface;
import descent.ui.controls.ValueControl.Scale;
import descent.ui.look.LookModel;
import descent.ui.race.RaceModel;
import descent.ui.util.Fields;
import descent.ui.util.Tips;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.ToggleSwitch;

/**
 * The editor of one racer, in the race panel beside its row: its label, its rule's update, every value the rule reads
 * (its own, or the global slider's, or the rule's default, with a button back to that), switches as switches, and
 * its own mini-batch size, gradient noise, clipping and many starts. It uses the same value controls, and the same
 * refusals, as the global sliders.
 */
public final class RacerSheet extends VBox {

    private final RaceModel race;
    private final LookModel look;
    private final TextField label = new TextField();
    private final Label labelError = new Label();
    private final FormulaView formula = new FormulaView("racer-rule");
    private final VBox values = new VBox(10);
    private final List<Runnable> refreshers = new ArrayList<>();
    private int slot = -1;
    /** The racer's rule and the surface the values were laid out for: either changed lays them out anew. */
    private Object builtFor;
    private boolean refreshing;

    public RacerSheet(RaceModel race, LookModel look) {
        this.race = race;
        this.look = look;
        setId("racer-sheet");
        getStyleClass().add("racer-sheet");
        setSpacing(8);
        setPadding(new Insets(6, 0, 6, 0));
        setVisible(false);
        setManaged(false);
        // As wide as the race panel gives it, whatever its value controls would like.
        setMinWidth(0);
        label.setPrefColumnCount(8);
        Label heading = new Label("Racer");
        heading.getStyleClass().add("sheet-heading");
        label.setId("racer-label");
        Tips.install(label, "The racer's name in the legend, the table and exported files. Leave it empty for"
                + " its rule's name and how it differs, such as \"SGD ε=0.5\".");
        label.setOnAction(e -> commitLabel());
        label.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitLabel();
            }
        });
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = new Button("Done");
        close.setId("racer-close");
        Tips.install(close, "Close the racer's editor.");
        close.setOnAction(e -> close());
        HBox header = new HBox(8, heading, label, close);
        header.setAlignment(Pos.CENTER_LEFT);
        labelError.setId("racer-label-error");
        labelError.getStyleClass().add("value-error");
        show(labelError, false);
        getChildren().addAll(header, labelError, formula, values);
        race.scenarioProperty().addListener((obs, was, now) -> refresh());
        look.darkProperty().addListener((obs, was, now) -> showFormula());
        look.fontSizeProperty().addListener((obs, was, now) -> showFormula());
    }

    /** The slot of the racer being edited, or −1 when the sheet is closed. */
    public int slot() {
        return slot;
    }

    /** Opens the sheet on the racer in a slot. */
    public void edit(int racerSlot) {
        slot = racerSlot;
        builtFor = null;
        setVisible(true);
        setManaged(true);
        refresh();
    }

    /** Closes the sheet. */
    public void close() {
        slot = -1;
        setVisible(false);
        setManaged(false);
        values.getChildren().clear();
        refreshers.clear();
    }

    private Optional<Racer> racer() {
        return race.scenario().simulation().racers().stream().filter(r -> r.slot() == slot).findFirst();
    }

    private void refresh() {
        if (slot < 0 || refreshing) {
            return;
        }
        Optional<Racer> r = racer();
        if (r.isEmpty()) {
            // Its racer left the race.
            close();
            return;
        }
        refreshing = true;
        Object key = List.of(r.get().rule(), race.scenario().surface().getClass());
        if (!key.equals(builtFor)) {
            build(r.get());
            builtFor = key;
        }
        if (!label.isFocused()) {
            Fields.setTextIfChanged(label, r.get().label() == null ? "" : r.get().label());
        }
        label.setPromptText(Tracks.label(r.get().withLabel(null)));
        refreshers.forEach(Runnable::run);
        refreshing = false;
    }

    private void commitLabel() {
        if (slot < 0) {
            return;
        }
        Optional<String> refused = race.rename(slot, label.getText());
        labelError.setText(refused.orElse(""));
        show(labelError, refused.isPresent());
    }

    private void showFormula() {
        racer().ifPresent(r -> formula.show(r.rule().latex(), r.rule().text(), look.fontSize(),
                look.darkProperty().get()));
    }

    private void build(Racer r) {
        values.getChildren().clear();
        refreshers.clear();
        showFormula();
        Rule rule = r.rule();
        for (Setting s : rule.settings()) {
            values.getChildren().add(s.parameter().isSwitch() ? switchRow(s) : valueRow(s));
        }
        if (rule.canFollowLecture()) {
            ToggleSwitch follow = new ToggleSwitch("follow the lecture's sliders");
            follow.setId("racer-follow-lecture");
            Tips.install(follow, "PyTorch's values start from PyTorch's own defaults. On, momentum follows α, alpha"
                    + " and rho follow ρ, eps follows δ, beta1 and beta2 follow ρ₁ and ρ₂, as the lecture's rules"
                    + " do; a value set here always wins.");
            follow.selectedProperty().addListener((obs, was, now) -> {
                if (!refreshing) {
                    race.setFollowsLecture(slot, now);
                }
            });
            refreshers.add(() -> racer().ifPresent(x -> follow.setSelected(x.followsLecture())));
            values.getChildren().add(follow);
        }
        if (race.scenario().surface() instanceof MiniBatchSurface data) {
            values.getChildren().add(ownRow(new ValueControl("racer-batch", "m  own mini-batch size",
                    "This racer's mini-batch size: 1 is online learning, " + data.exampleCount() + " the full batch.",
                    Scale.LINEAR, 0, data.exampleCount(), true,
                    () -> racer().map(x -> (double) x.batchSize().orElse(race.scenario().simulation().batchSize()))
                            .orElse(0.0),
                    v -> race.setRacerBatchSize(slot, OptionalInt.of((int) v))),
                    () -> racer().map(x -> x.batchSize().isPresent()).orElse(false),
                    () -> race.setRacerBatchSize(slot, OptionalInt.empty()), "the race's m"));
        }
        values.getChildren().add(ownRow(new ValueControl("racer-noise", "σ  own gradient noise",
                "Standard deviation of the Gaussian noise added to this racer's gradients alone.", Scale.LINEAR, 0, 3,
                false, () -> racer().map(x -> x.noise().orElse(race.scenario().simulation().noise())).orElse(0.0),
                v -> race.setRacerNoise(slot, OptionalDouble.of(v))),
                () -> racer().map(x -> x.noise().isPresent()).orElse(false),
                () -> race.setRacerNoise(slot, OptionalDouble.empty()), "the race's σ"));
        values.getChildren().add(ownRow(new ValueControl("racer-clip", "own gradient clipping",
                "This racer's gradients are scaled down to this norm when longer (0: no clipping).", Scale.LINEAR,
                0, 10, false,
                () -> racer().map(x -> x.clipNorm().orElse(race.scenario().simulation().clipNorm())).orElse(0.0),
                v -> race.setRacerClipNorm(slot, OptionalDouble.of(v))),
                () -> racer().map(x -> x.clipNorm().isPresent()).orElse(false),
                () -> race.setRacerClipNorm(slot, OptionalDouble.empty()), "the race's clipping"));
        values.getChildren().add(startsRow());
    }

    /** A value of the rule's: its control, whether it is the racer's own, and a button back to what it follows. */
    private Node valueRow(Setting s) {
        Hyperparameter h = s.parameter();
        ValueControl c = ValueControl.forHyperparameter("racer-" + h.key(), h, h.description(),
                () -> race.value(slot, h), v -> race.setOwnValue(slot, h, v));
        return ownRow(c, () -> racer().map(x -> x.own().containsKey(h)).orElse(false),
                () -> race.clearOwnValue(slot, h), followed(s));
    }

    /** A switch of the rule's, such as Adam's bias correction or PyTorch's nesterov. */
    private Node switchRow(Setting s) {
        Hyperparameter h = s.parameter();
        ToggleSwitch toggle = new ToggleSwitch(h.title());
        toggle.setId("racer-" + h.key());
        Tips.install(toggle, h.description());
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (!refreshing) {
                race.setOwnValue(slot, h, now ? 1 : 0);
            }
        });
        refreshers.add(() -> toggle.setSelected(race.value(slot, h) != 0));
        return toggle;
    }

    /** What a value follows when the racer does not set it: "the global ε", or "its default". */
    private String followed(Setting s) {
        Optional<Racer> r = racer();
        boolean follows = r.isPresent() && s.follows(r.get().followsLecture());
        return follows ? "the global " + s.global().symbol() : "its default";
    }

    private Node ownRow(ValueControl c, java.util.function.BooleanSupplier own, Runnable clear, String followed) {
        Label state = new Label();
        state.getStyleClass().add("override-state");
        Button back = new Button("Use " + followed);
        back.setId(c.getId() + "-clear");
        back.setOnAction(e -> clear.run());
        refreshers.add(() -> {
            c.refresh();
            boolean set = own.getAsBoolean();
            state.setText(set ? "its own value" : followed.startsWith("the") ? "as " + followed : "at " + followed);
            back.setDisable(!set);
        });
        HBox row = new HBox(10, state, back);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, c, row);
    }

    /** Many starts: how many, from which distribution, with its σ or its fan-in and fan-out. */
    private Node startsRow() {
        CheckBox many = new CheckBox("many starts");
        many.setId("racer-starts");
        Tips.install(many, "Runs this racer from many starts at once, drawn as thin paths with their end points: the"
                + " lecture's initialization schemes, N(0, σ²) or the normalized (Xavier) initialization.");
        ChoiceBox<StartSpread.Distribution> from = new ChoiceBox<>(FXCollections.observableArrayList(
                StartSpread.Distribution.values()));
        from.setId("racer-starts-from");
        from.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartSpread.Distribution d) {
                return d == null ? "" : d == StartSpread.Distribution.GAUSSIAN ? "N(0, σ²)" : "Xavier";
            }

            @Override
            public StartSpread.Distribution fromString(String s) {
                return null;
            }
        });
        ValueControl count = new ValueControl("racer-starts-count", "N  starts", "How many starts, up to "
                + StartSpread.MAX_COUNT + ".", Scale.LINEAR, 1, StartSpread.MAX_COUNT, true,
                () -> spread().count(), v -> setSpread(s -> new StartSpread(s.distribution(), (int) v, s.sigma(),
                s.fanIn(), s.fanOut())));
        ValueControl sigma = new ValueControl("racer-starts-sigma", "σ  spread of the starts", "σ of N(0, σ²).",
                Scale.LOG, 0.01, 10, false, () -> spread().sigma(), v -> setSpread(s -> new StartSpread(
                s.distribution(), s.count(), v, s.fanIn(), s.fanOut())));
        ValueControl fanIn = new ValueControl("racer-starts-fan-in", "m  fan-in", "The inputs of the layer: the"
                + " bound is √(6/(m + n)).", Scale.LOG, 1, 1000, true, () -> spread().fanIn(),
                v -> setSpread(s -> new StartSpread(s.distribution(), s.count(), s.sigma(), (int) v, s.fanOut())));
        ValueControl fanOut = new ValueControl("racer-starts-fan-out", "n  fan-out", "The outputs of the layer.",
                Scale.LOG, 1, 1000, true, () -> spread().fanOut(),
                v -> setSpread(s -> new StartSpread(s.distribution(), s.count(), s.sigma(), s.fanIn(), (int) v)));
        VBox details = new VBox(6, from, count, sigma, fanIn, fanOut);
        many.selectedProperty().addListener((obs, was, now) -> {
            if (!refreshing) {
                race.setStarts(slot, now ? spread() : null);
            }
        });
        from.valueProperty().addListener((obs, was, now) -> {
            if (!refreshing && now != null) {
                setSpread(s -> new StartSpread(now, s.count(), s.sigma(), s.fanIn(), s.fanOut()));
            }
        });
        refreshers.add(() -> {
            StartSpread s = racer().map(Racer::starts).orElse(null);
            many.setSelected(s != null);
            show(details, s != null);
            from.setValue(spread().distribution());
            boolean gaussian = spread().distribution() == StartSpread.Distribution.GAUSSIAN;
            show(sigma, gaussian);
            show(fanIn, !gaussian);
            show(fanOut, !gaussian);
            count.refresh();
            sigma.refresh();
            fanIn.refresh();
            fanOut.refresh();
        });
        return new VBox(6, many, details);
    }

    /** The racer's spread of starts, or the one it would get: 50 from N(0, 1). */
    private StartSpread spread() {
        StartSpread s = racer().map(Racer::starts).orElse(null);
        return s != null ? s : StartSpread.gaussian(50, 1);
    }

    private Optional<String> setSpread(java.util.function.UnaryOperator<StartSpread> change) {
        try {
            return race.setStarts(slot, change.apply(spread()));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }
}
