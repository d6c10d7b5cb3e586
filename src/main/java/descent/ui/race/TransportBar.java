package descent.ui.race;

import descent.math.Range;
import descent.ui.util.Fields;
import descent.ui.util.LayoutRoot;
import descent.ui.util.ShownIfItFits;
import descent.ui.util.Tips;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Play, pause, step, reset, the speed, the timeline scrubber, the step counter and the number of steps; and a line
 * for the window's messages, or a hint on the plot's mouse actions where there is room for it.
 */
public final class TransportBar extends VBox {

    private final RaceModel race;
    private final PlaybackModel playback;
    private final Button play = new Button();
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label counter = new Label();
    private final Slider speed = new Slider(0, 1, 0);
    private final Label speedLabel = new Label();
    private final TextField steps = new TextField();
    private final Label stepsError = new Label();
    private final Label status = new Label();
    /** The total the counter was last sized for, and at which font size. */
    private int counterSizedFor = -1;
    private double counterFont = -1;
    private final FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY);
    private final FontIcon pauseIcon = new FontIcon(MaterialDesignP.PAUSE);
    private boolean updating;

    public TransportBar(RaceModel race, PlaybackModel playback) {
        this.race = race;
        this.playback = playback;
        setId("transport");
        getStyleClass().add("transport");
        createView();
        initListeners();
        refresh();
    }

    private static Button iconButton(String id, FontIcon icon, String help) {
        Button b = new Button(null, icon);
        b.setId(id);
        Tips.install(b, help);
        b.getStyleClass().add("transport-button");
        b.setFocusTraversable(false);
        return b;
    }

    private void createView() {
        play.setId("play-button");
        Tips.install(play, "Play or pause the race (space).");
        play.getStyleClass().addAll("transport-button", "accent");
        play.setFocusTraversable(false);
        Button back = iconButton("step-back-button", new FontIcon(MaterialDesignS.STEP_BACKWARD),
                "One step back (left arrow).");
        back.setOnAction(e -> playback.stepBack());
        Button forward = iconButton("step-button", new FontIcon(MaterialDesignS.STEP_FORWARD),
                "One step forward: every optimizer makes one update (right arrow).");
        forward.setOnAction(e -> playback.stepForward());
        Button reset = iconButton("reset-button", new FontIcon(MaterialDesignR.RESTART),
                "Back to step 0, at the start θ₀ (R).");
        reset.setOnAction(e -> playback.reset());
        play.setOnAction(e -> playback.togglePlay());

        scrubber.setId("scrubber");
        // Never narrower than 11 ems (descent.css): a short timeline cannot be scrubbed.
        scrubber.getStyleClass().add("scrubber");
        Tips.install(scrubber, "The timeline: drag to move back and forth through the steps.");
        scrubber.setFocusTraversable(false);
        counter.setId("step-counter");
        counter.getStyleClass().add("step-counter");

        speed.setId("speed-slider");
        Tips.install(speed, "Animation speed, in steps per second.");
        speed.setFocusTraversable(false);
        speedLabel.setId("speed-label");
        speedLabel.getStyleClass().add("speed-label");
        steps.setId("steps-field");
        steps.setPrefColumnCount(6);
        Tips.install(steps, "How many updates each optimizer makes (up to " + RaceModel.MAX_STEPS + ").");
        steps.setOnAction(e -> commitSteps());
        steps.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitSteps();
            }
        });
        stepsError.setId("steps-error");
        stepsError.getStyleClass().add("value-error");
        stepsError.setVisible(false);
        stepsError.setManaged(false);

        // The scrubber's thumb and the counter's text change at every step while the race plays; held as layout
        // roots of their own, they no longer have the window laid out again each frame.
        LayoutRoot scrubberRoot = new LayoutRoot(scrubber);
        HBox.setHgrow(scrubberRoot, Priority.ALWAYS);
        HBox timeline = new HBox(8, play, back, forward, reset, scrubberRoot, new LayoutRoot(counter));
        timeline.setAlignment(Pos.CENTER_LEFT);
        // On narrow windows the speed slider gives way; the words beside it are never cut short.
        Label speedName = new Label("speed");
        Label stepsName = new Label("steps");
        speedName.setMinWidth(Region.USE_PREF_SIZE);
        stepsName.setMinWidth(Region.USE_PREF_SIZE);
        speed.getStyleClass().add("speed-slider");
        status.setId("status");
        status.getStyleClass().add("status-message");
        status.setWrapText(true);
        status.textProperty().bind(race.statusProperty());
        status.visibleProperty().bind(race.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label hint = new Label("click: move the start · drag: pan · scroll: zoom · space: play");
        hint.setId("plot-hint");
        hint.getStyleClass().add("hint");
        ShownIfItFits hintHolder = new ShownIfItFits(hint);
        HBox.setHgrow(hintHolder, Priority.ALWAYS);
        hintHolder.visibleProperty().bind(status.visibleProperty().not());
        HBox settings = new HBox(8, speedName, speed, speedLabel, stepsName, steps, stepsError, status, hintHolder);
        settings.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(timeline, settings);
        getStyleClass().add("transport-bar");
    }

    /**
     * Gives the counter the width of the longest text it will show, "step N / N" for the race's N steps: it keeps
     * that size while the race plays, so its layout root never asks for more.
     */
    private void sizeCounter(int total) {
        double font = counter.getFont().getSize();
        if (total == counterSizedFor && font == counterFont) {
            return;
        }
        counterSizedFor = total;
        counterFont = font;
        javafx.scene.text.Text probe = new javafx.scene.text.Text("step " + total + " / " + total);
        probe.setFont(counter.getFont());
        double w = Math.ceil(probe.getLayoutBounds().getWidth() + counter.getPadding().getLeft()
                + counter.getPadding().getRight() + 0.5 * font);
        counter.setMinWidth(w);
        counter.setPrefWidth(w);
        counter.setMaxWidth(w);
    }

    private void initListeners() {
        counter.fontProperty().addListener((obs, was, now) -> sizeCounter(race.totalSteps()));
        playback.playingProperty().addListener((obs, was, now) -> refresh());
        playback.stepProperty().addListener((obs, was, now) -> refresh());
        race.scenarioProperty().addListener((obs, was, now) -> refresh());
        playback.speedProperty().addListener((obs, was, now) -> refresh());
        scrubber.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                playback.pause();
                playback.setStep((int) Math.round(now.doubleValue()));
            }
        });
        speed.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                Range r = PlaybackModel.SPEED;
                playback.speedProperty().set(Math.round(Math.pow(10, Math.log10(r.min()) + now.doubleValue()
                        * (Math.log10(r.max()) - Math.log10(r.min())))));
            }
        });
    }

    private void commitSteps() {
        Optional<String> refused = race.setSteps(steps.getText());
        stepsError.setText(refused.orElse(""));
        stepsError.setVisible(refused.isPresent());
        stepsError.setManaged(refused.isPresent());
        if (refused.isEmpty()) {
            refresh();
        }
    }

    private void refresh() {
        updating = true;
        int total = race.totalSteps();
        scrubber.setMax(total);
        scrubber.setValue(playback.step());
        play.setGraphic(playback.playingProperty().get() ? pauseIcon : playIcon);
        sizeCounter(total);
        counter.setText("step " + playback.step() + " / " + total);
        Range r = PlaybackModel.SPEED;
        double s = playback.speedProperty().get();
        speed.setValue((Math.log10(s) - Math.log10(r.min())) / (Math.log10(r.max()) - Math.log10(r.min())));
        speedLabel.setText(Math.round(s) + " steps/s");
        if (!steps.isFocused() || !stepsError.isVisible()) {
            Fields.setTextIfChanged(steps, Integer.toString(total));
        }
        updating = false;
    }
}
