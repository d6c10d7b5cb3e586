package descent.ui.race;

import descent.render.Tracks;
import descent.sim.Racer;
import descent.sim.Standing;
import descent.sim.Trajectory;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The race table's rows, one per racer in the race's order, each keeping its identity (the racer's slot) while the
 * racer's values change, and their numbers at the step shown. A new step reaches the rows in the same frame as the
 * plot's title and the transport's counter, so that all three read alike; new paths alone (a slider or the start
 * being dragged) reach them ten times a second at most, and twice while they keep changing, since faster is
 * unreadable and costs frames.
 */
public final class TableModel {

    private final RaceModel race;
    private final PlaybackModel playback;
    private final ObservableList<RacerRow> rows = FXCollections.observableArrayList();
    private double sinceRowsUpdated = Double.POSITIVE_INFINITY;
    /** Seconds since the paths last changed: a small value means a slider or the start is being dragged. */
    private double sincePathsChanged = Double.POSITIVE_INFINITY;
    private boolean rowsDirty = true;
    /** The step the rows show. */
    private int rowsStep = -1;
    private boolean syncing;

    public TableModel(RaceModel race, PlaybackModel playback) {
        this.race = race;
        this.playback = playback;
        sync(race.scenario().simulation().racers());
        race.scenarioProperty().addListener((obs, was, now) -> {
            // A slider move changes a global value, not a racer: the rows are not rebuilt then.
            if (was == null || !was.simulation().racers().equals(now.simulation().racers())) {
                sync(now.simulation().racers());
            }
        });
        playback.stepProperty().addListener((obs, was, now) -> rowsDirty = true);
        race.trajectoriesProperty().addListener((obs, was, now) -> {
            rowsDirty = true;
            if (!pathsSettling()) {
                // New paths are painted in the coming frame; the table catches up in the one after. While they
                // are being dragged it keeps its own pace instead.
                sinceRowsUpdated = Math.min(sinceRowsUpdated, 0.05);
            }
            sincePathsChanged = 0;
        });
    }

    /** A row per racer, in the race's order. */
    public ObservableList<RacerRow> rows() {
        return rows;
    }

    /** The row of the racer in a slot. */
    public RacerRow row(int slot) {
        return rows.stream().filter(r -> r.slot() == slot).findFirst().orElseThrow();
    }

    /**
     * Whether the paths changed less than 0.12 s ago, as they do every frame while a slider or the start is dragged.
     * The table and the chart then wait for the hand to rest, or half a second, so that those frames go to the paths.
     */
    public boolean pathsSettling() {
        return sincePathsChanged < 0.12;
    }

    /** Called once per frame with the time elapsed since the last: brings the rows up to date when it is time. */
    public void advance(double seconds) {
        sinceRowsUpdated += seconds;
        sincePathsChanged += seconds;
        double wait = pathsSettling() ? 0.5 : 0.1;
        if (rowsDirty && (playback.step() != rowsStep || sinceRowsUpdated >= wait)) {
            sinceRowsUpdated = 0;
            update();
        }
    }

    private void sync(List<Racer> racers) {
        syncing = true;
        List<Integer> slots = racers.stream().map(Racer::slot).toList();
        if (!slots.equals(rows.stream().map(RacerRow::slot).toList())) {
            Map<Integer, RacerRow> old = new HashMap<>();
            rows.forEach(r -> old.put(r.slot(), r));
            List<RacerRow> next = new ArrayList<>();
            for (Racer r : racers) {
                RacerRow row = old.get(r.slot());
                if (row == null) {
                    row = new RacerRow(r);
                    int slot = r.slot();
                    row.shownProperty().addListener((obs, was, now) -> {
                        if (!syncing) {
                            race.setShown(slot, now);
                        }
                    });
                }
                next.add(row);
            }
            rows.setAll(next);
        }
        Map<Racer, String> labels = Tracks.labels(racers, true);
        for (int i = 0; i < racers.size(); i++) {
            RacerRow row = rows.get(i);
            row.setRacer(racers.get(i));
            row.shownProperty().set(racers.get(i).shown());
            row.setOverrides(Tracks.differences(racers.get(i)));
            row.setLabel(labels.get(racers.get(i)));
        }
        rowsDirty = true;
        syncing = false;
    }

    private void update() {
        rowsDirty = false;
        Surface surface = race.scenario().surface();
        ViewBox view = race.scenario().view();
        Map<Integer, Trajectory> bySlot = new HashMap<>();
        for (Trajectory t : race.trajectories()) {
            bySlot.put(t.racer().slot(), t);
        }
        int k = playback.step();
        rowsStep = k;
        for (RacerRow row : rows) {
            Trajectory t = bySlot.get(row.slot());
            if (t == null) {
                row.update(Double.NaN, Double.NaN, 0, "hidden", "Hidden: tick its box to race it again.");
                continue;
            }
            Standing s = Standing.of(t, surface, view, k);
            // The loss and gradient where the path is after the steps it took; none when that update overflowed.
            boolean point = t.hasPoint(s.steps());
            int at = (int) s.steps();
            double loss = point ? t.loss(at) : Double.NaN;
            double norm = point ? surface.gradient(t.x(at), t.y(at)).norm() : Double.NaN;
            row.update(loss, norm, at, s.text(), s.detail());
        }
    }
}
