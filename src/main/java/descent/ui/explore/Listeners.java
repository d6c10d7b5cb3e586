package descent.ui.explore;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners a window adds to what outlives it (the race, the look), so that closing the window removes them
 * all: otherwise the closed window would go on computing after every change to the race.
 */
final class Listeners {

    private final List<Runnable> removals = new ArrayList<>();

    /** Adds the listener, to be removed by {@link #removeAll}. */
    <T> void add(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    void removeAll() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
