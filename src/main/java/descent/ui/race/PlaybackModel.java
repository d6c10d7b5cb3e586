package descent.ui.race;

import descent.math.Range;
import descent.scenario.Scenario;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The animation of a race: the step shown, whether it plays, and how fast. The trajectories are computed whole; the
 * animation only reveals a prefix of them. Another surface starts again at step 0; fewer steps keep the step within.
 */
public final class PlaybackModel {

    /** The range of the animation speed, in steps per second. */
    public static final Range SPEED = Range.closed(1, 2000);

    private final RaceModel race;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(40);
    private double stepFraction;

    public PlaybackModel(RaceModel race) {
        this.race = race;
        speed.addListener((obs, was, now) -> {
            if (!SPEED.contains(now.doubleValue())) {
                speed.set(SPEED.clamp(now.doubleValue()));
            }
        });
        race.scenarioProperty().addListener((obs, was, now) -> follow(was, now));
    }

    private void follow(Scenario was, Scenario now) {
        if (was != null && !was.surfaceName().equals(now.surfaceName())) {
            pause();
            step.set(0);
        } else if (step.get() > now.simulation().steps()) {
            step.set(now.simulation().steps());
        }
    }

    // Properties

    /** The step the animation shows. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** The animation speed in steps per second, kept within {@link #SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    // Commands

    /** Plays from the step shown, or from the start once the race has been played to its end. */
    public void play() {
        if (step.get() >= race.totalSteps()) {
            step.set(0);
        }
        stepFraction = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepForward() {
        pause();
        step.set(Math.min(race.totalSteps(), step.get() + 1));
    }

    public void stepBack() {
        pause();
        step.set(Math.max(0, step.get() - 1));
    }

    /** Back to step 0, paused. */
    public void reset() {
        pause();
        step.set(0);
    }

    /** Shows step k (the timeline scrubber), within the race. */
    public void setStep(int k) {
        step.set(Math.max(0, Math.min(race.totalSteps(), k)));
    }

    /** Moves a playing race on by the time elapsed since the last frame, and stops it at its last step. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        stepFraction += speed.get() * Math.max(0, Math.min(seconds, 0.25));
        int whole = (int) stepFraction;
        if (whole > 0) {
            stepFraction -= whole;
            int next = step.get() + whole;
            if (next >= race.totalSteps()) {
                next = race.totalSteps();
                playing.set(false);
            }
            step.set(next);
        }
    }
}
