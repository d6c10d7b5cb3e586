package descent.ui.inspect;

import descent.optim.StepExplanation;
import descent.render.RateChartPainter;
import descent.render.Tracks;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import descent.ui.util.LatestOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The step inspector's state: which racer is inspected, what its update at the step shown did (the rule's own
 * explanation, replayed off the FX thread from θ₀ so that it is the very step of its path), and every racer's
 * effective learning rate per coordinate for the rate chart.
 */
public final class InspectorModel {

    /** No racer inspected. */
    public static final int NONE = -1;

    private final RaceModel race;
    private final PlaybackModel playback;
    private final ReadOnlyIntegerWrapper slot = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<RateChartPainter.Series>> rates = new ReadOnlyObjectWrapper<>(
            List.of());
    private final LatestOnly<Optional<StepExplanation>> explaining;
    private final LatestOnly<List<RateChartPainter.Series>> measuring;
    /** The step the explanation is of, and the paths it was made from, to ask again only when they change. */
    private int explainedStep = -1;
    private Object explainedFor;
    private Object ratesFor;

    public InspectorModel(RaceModel race, PlaybackModel playback, Executor worker, Executor publisher) {
        this.race = race;
        this.playback = playback;
        explaining = new LatestOnly<>(worker, publisher, e -> explanation.set(null));
        measuring = new LatestOnly<>(worker, publisher, e -> rates.set(List.of()));
        playback.stepProperty().addListener((obs, was, now) -> refresh());
        race.trajectoriesProperty().addListener((obs, was, now) -> {
            // A racer removed or hidden since is no longer there to inspect.
            if (slot.get() != NONE && trajectory(slot.get()) == null && !now.isEmpty()) {
                inspect(NONE);
            } else {
                refresh();
            }
        });
    }

    /** The slot of the racer inspected, or {@link #NONE}. */
    public ReadOnlyIntegerProperty slotProperty() {
        return slot.getReadOnlyProperty();
    }

    public int slot() {
        return slot.get();
    }

    /**
     * What the inspected racer's update at the step shown did: the step that took it to the point shown (its last
     * step if its path ended before); null at step 0, with no racer inspected, or while it is being worked out.
     */
    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public StepExplanation explanation() {
        return explanation.get();
    }

    /** Each racer's effective learning rates, for the rate chart; only while a racer is inspected. */
    public ReadOnlyObjectProperty<List<RateChartPainter.Series>> ratesProperty() {
        return rates.getReadOnlyProperty();
    }

    /** Inspects the racer in a slot, or none with {@link #NONE}. */
    public void inspect(int racerSlot) {
        if (racerSlot == slot.get()) {
            return;
        }
        slot.set(racerSlot);
        explanation.set(null);
        explainedFor = null;
        ratesFor = null;
        if (racerSlot == NONE) {
            explaining.cancel();
            measuring.cancel();
            rates.set(List.of());
        }
        refresh();
    }

    /** The inspected racer, if it is still in the race. */
    public Optional<Racer> racer() {
        int s = slot.get();
        return race.scenario().simulation().racers().stream().filter(r -> r.slot() == s).findFirst();
    }

    private Trajectory trajectory(int racerSlot) {
        for (Trajectory t : race.trajectories()) {
            if (t.racer().slot() == racerSlot) {
                return t;
            }
        }
        return null;
    }

    private void refresh() {
        int s = slot.get();
        Trajectory t = s == NONE ? null : trajectory(s);
        if (t == null || t.isEmpty()) {
            explanation.set(null);
            return;
        }
        Simulation sim = race.scenario().simulation();
        Racer racer = t.racer();
        List<Trajectory> paths = race.trajectories();
        int k = t.clampStep(playback.step());
        if (k != explainedStep || explainedFor != paths) {
            explainedStep = k;
            explainedFor = paths;
            if (k < 1) {
                explaining.cancel();
                explanation.set(null);
            } else {
                explaining.submit((cancelled, publish) -> publish.accept(sim.explain(racer, k)),
                        e -> explanation.set(e.orElse(null)));
            }
        }
        if (ratesFor != paths) {
            ratesFor = paths;
            List<Racer> shown = paths.stream().map(Trajectory::racer).toList();
            Map<Racer, String> labels = Tracks.labels(sim.racers());
            measuring.submit((cancelled, publish) -> {
                List<RateChartPainter.Series> out = new ArrayList<>();
                for (Racer r : shown) {
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                    var series = sim.effectiveRates(r);
                    if (!series.isEmpty()) {
                        out.add(new RateChartPainter.Series(r.slot(), labels.getOrDefault(r, r.label()), series));
                    }
                }
                publish.accept(out);
            }, rates::set);
        }
    }
}
