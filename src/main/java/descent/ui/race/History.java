package descent.ui.race;

import descent.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of every change to the race's scenario. The many changes of a slider dragged, closer together than
 * {@link RaceModel#SETTLE}, are one: an undo goes back to before the drag.
 */
public final class History {

    /** How many changes back an undo can go. */
    private static final int DEPTH = 200;

    private final RaceModel race;
    private final LongSupplier clock;
    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private long lastChange = Long.MIN_VALUE / 2;
    private boolean restoring;

    /** @param clock nanoseconds, to tell a drag's many changes from separate ones */
    public History(RaceModel race, LongSupplier clock) {
        this.race = race;
        this.clock = clock;
        race.scenarioProperty().addListener((obs, was, now) -> changed(was));
    }

    private void changed(Scenario before) {
        if (restoring || before == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastChange > RaceModel.SETTLE || undo.isEmpty()) {
            undo.push(before);
            if (undo.size() > DEPTH) {
                undo.removeLast();
            }
        }
        lastChange = now;
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Back to the scenario before the last change (Ctrl+Z). */
    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(race.scenario());
            restore(undo.pop());
        }
    }

    /** Forward again to the scenario an undo left (Ctrl+Shift+Z). */
    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(race.scenario());
            restore(redo.pop());
        }
    }

    private void restore(Scenario s) {
        restoring = true;
        try {
            race.load(s);
        } finally {
            restoring = false;
        }
        // The next change starts a step of its own, however soon it comes.
        lastChange = Long.MIN_VALUE / 2;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
