package descent.ui.race;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Hyperparameter;
import descent.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Undo and redo of the race's changes, a slider's drag counting as one, and the ghost of the paths before. */
class HistoryTest {

    private long now = 1_000_000_000_000L;
    private final RaceModel race = new RaceModel(Scenario.defaults("quadratic"), Runnable::run, Runnable::run,
            () -> now);
    private final History history = new History(race, () -> now);

    private double epsilon() {
        return race.hyperparameter(Hyperparameter.LEARNING_RATE);
    }

    private void later(double seconds) {
        now += (long) (seconds * 1e9);
    }

    @Test
    void aDragOfManySmallChangesIsUndoneAtOnce() {
        double before = epsilon();
        for (int i = 1; i <= 10; i++) {
            race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.01 + 0.001 * i);
            later(0.05);
        }
        assertThat(epsilon()).isEqualTo(0.02);
        history.undo();
        assertThat(epsilon()).isEqualTo(before);
        assertThat(history.canUndoProperty().get()).isFalse();
        history.redo();
        assertThat(epsilon()).isEqualTo(0.02);
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void changesFurtherApartThanTheSettlingTimeAreUndoneOneByOne() {
        double before = epsilon();
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.02);
        later(1);
        race.setSteps(77);
        later(1);
        race.setSurface("saddle");
        history.undo();
        assertThat(race.scenario().surfaceName()).isEqualTo("quadratic");
        assertThat(race.scenario().simulation().steps()).isEqualTo(77);
        history.undo();
        assertThat(race.scenario().simulation().steps()).isNotEqualTo(77);
        assertThat(epsilon()).isEqualTo(0.02);
        history.undo();
        assertThat(epsilon()).isEqualTo(before);
        history.redo();
        history.redo();
        history.redo();
        assertThat(race.scenario().surfaceName()).isEqualTo("saddle");
    }

    @Test
    void aNewChangeAfterAnUndoForgetsWhatCouldBeRedone() {
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.02);
        later(1);
        history.undo();
        assertThat(history.canRedoProperty().get()).isTrue();
        later(1);
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.03);
        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(epsilon()).isEqualTo(0.03);
    }

    @Test
    void aChangeRightAfterAnUndoIsAStepOfItsOwn() {
        double before = epsilon();
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.02);
        later(1);
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.03);
        history.undo();
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.04);
        history.undo();
        assertThat(epsilon()).isEqualTo(0.02);
        history.undo();
        assertThat(epsilon()).isEqualTo(before);
    }

    @Test
    void theGhostIsThePathsFromBeforeADragAndGoesWithTheSurface() {
        var original = race.trajectories();
        assertThat(race.ghostsProperty().get()).isEmpty();
        for (int i = 1; i <= 5; i++) {
            race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.01 + 0.001 * i);
            later(0.1);
        }
        assertThat(race.ghostsProperty().get()).isEqualTo(original);
        assertThat(race.trajectories()).isNotEqualTo(original);
        var afterDrag = race.trajectories();
        later(1);
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.03);
        assertThat(race.ghostsProperty().get()).isEqualTo(afterDrag);
        race.setSurface("saddle");
        assertThat(race.ghostsProperty().get()).isEmpty();
    }
}
