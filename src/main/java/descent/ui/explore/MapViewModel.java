package descent.ui.explore;

import descent.explore.Axis;
import descent.explore.Finish;
import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.explore.RunGrid;
import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.optim.Hyperparameter.Scale;
import descent.render.Tracks;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.ui.race.RaceModel;
import descent.ui.util.LatestOnly;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The hyperparameter map's state: which racer, which two of its hyperparameters over which ranges, how many cells,
 * what colours them, and the map computed from the race, coarse to fine on a background worker, a newer request
 * cancelling an older one. A change to the race recomputes it where it changes the map (another slider, another
 * start), not where it only moves the racer's own two values, which the map sets cell by cell; a pick sets them.
 */
public final class MapViewModel {

    /** The numbers of cells a side the window offers. */
    public static final List<Integer> SIDES = List.of(32, 64, 128, 256);

    private final RaceModel race;
    private final LatestOnly<RunGrid> job;
    private final IntegerProperty slot = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Hyperparameter> xParameter = new SimpleObjectProperty<>();
    private final ObjectProperty<Hyperparameter> yParameter = new SimpleObjectProperty<>();
    private final ObjectProperty<double[]> xRange = new SimpleObjectProperty<>();
    private final ObjectProperty<double[]> yRange = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> side = new SimpleObjectProperty<>(64);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.LOSS_GAP);
    private final ReadOnlyObjectWrapper<HyperparameterMap> map = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunGrid> grid = new ReadOnlyObjectWrapper<>();
    /** The map the grid belongs to: until a new map's first pass is in, the grid and the axes of the one before. */
    private HyperparameterMap gridMap;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Listeners listeners = new Listeners();
    private boolean choosing;

    /**
     * @param worker    where the map is computed (it runs on every core from there)
     * @param publisher where its passes are handed back: the FX thread
     */
    public MapViewModel(RaceModel race, Executor worker, Executor publisher) {
        this.race = race;
        this.job = new LatestOnly<>(worker, publisher, e -> {
            computing.set(false);
            message.set(e instanceof OutOfMemoryError ? "Out of memory: try fewer cells."
                    : "Could not compute the map: " + e.getMessage());
        });
        slot.addListener((obs, was, now) -> racerChosen());
        xParameter.addListener((obs, was, now) -> parameterChosen(xParameter, xRange, yParameter));
        yParameter.addListener((obs, was, now) -> parameterChosen(yParameter, yRange, xParameter));
        xRange.addListener((obs, was, now) -> request());
        yRange.addListener((obs, was, now) -> request());
        side.addListener((obs, was, now) -> request());
        listeners.add(race.scenarioProperty(), (obs, was, now) -> raceChanged());
        slot.set(firstChoice());
        racerChosen();
    }

    // Properties

    /** The slot of the racer mapped, or −1 when no racer can be. */
    public IntegerProperty racerProperty() {
        return slot;
    }

    public ObjectProperty<Hyperparameter> xParameterProperty() {
        return xParameter;
    }

    public ObjectProperty<Hyperparameter> yParameterProperty() {
        return yParameter;
    }

    /** The x axis's range, from and to. */
    public ObjectProperty<double[]> xRangeProperty() {
        return xRange;
    }

    public ObjectProperty<double[]> yRangeProperty() {
        return yRange;
    }

    /** Cells a side. */
    public ObjectProperty<Integer> sideProperty() {
        return side;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** The map asked for last, or null when none can be made. */
    public ReadOnlyObjectProperty<HyperparameterMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /**
     * The runs shown, coarse then fine: those of the map asked for once its first pass is in, until then those of
     * the map before, whose axes {@link #shownMap} gives; null before any.
     */
    public ReadOnlyObjectProperty<RunGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /**
     * The map whose runs are shown, with its own axes and size, so that a picture, a readout and a click never pair
     * one map's cells with another's values; the map asked for while none are in yet; null when there is no map.
     */
    public HyperparameterMap shownMap() {
        return grid.get() != null ? gridMap : map.get();
    }

    /** Whether a finer pass is still to come. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why there is no map, or what went wrong; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RaceModel race() {
        return race;
    }

    /**
     * The racer the window opens on: momentum when it races, whose map of ε against α is the lecture's (where the
     * heavy ball converges, and how fast); otherwise the first racer that can be mapped; −1 when none can.
     */
    private int firstChoice() {
        List<Racer> mappable = racers();
        return mappable.stream().filter(r -> r.rule() == Momentum.RULE).findFirst()
                .or(() -> mappable.stream().findFirst()).map(Racer::slot).orElse(-1);
    }

    /** The racers that can be mapped: the shown ones whose rule reads two values or more. */
    public List<Racer> racers() {
        return race.scenario().simulation().shownRacers().stream()
                .filter(r -> HyperparameterMap.mappable(r.rule()).size() >= 2).toList();
    }

    /** A racer's name as the race's legend gives it. */
    public String label(Racer r) {
        return Tracks.labels(race.scenario().simulation().racers()).getOrDefault(r, Tracks.label(r));
    }

    /** The racer mapped, if it still races. */
    public Optional<Racer> racer() {
        return racers().stream().filter(r -> r.slot() == slot.get()).findFirst();
    }

    /** The hyperparameters the racer mapped can be mapped over. */
    public List<Hyperparameter> parameters() {
        return racer().map(r -> HyperparameterMap.mappable(r.rule())).orElse(List.of());
    }

    // Commands

    /** Stops following the race and drops any map being computed: the window closed. */
    public void dispose() {
        listeners.removeAll();
        job.cancel();
    }

    /**
     * Sets a range from what was typed; a range the hyperparameter does not accept is refused with a message and
     * changes nothing.
     */
    public Optional<String> setRange(boolean x, String from, String to) {
        Hyperparameter h = (x ? xParameter : yParameter).get();
        OptionalDouble a = Numbers.parse(from);
        OptionalDouble b = Numbers.parse(to);
        if (h == null) {
            return Optional.of("choose a hyperparameter first");
        }
        if (a.isEmpty() || b.isEmpty()) {
            return refuse(h.symbol() + ": the range must be two numbers");
        }
        try {
            Axis.of(h, a.getAsDouble(), b.getAsDouble(), side.get());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        message.set("");
        (x ? xRange : yRange).set(new double[] {a.getAsDouble(), b.getAsDouble()});
        return Optional.empty();
    }

    private Optional<String> refuse(String why) {
        message.set(why);
        return Optional.of(why);
    }

    /**
     * Gives the racer the values of a cell as its own: the race recomputes its path, and the map stays, as those two
     * values are the map's to set.
     */
    public void pick(int column, int row) {
        HyperparameterMap m = shownMap();
        Optional<Racer> r = racer();
        if (m == null || r.isEmpty() || m.racer().slot() != r.get().slot() || column < 0 || row < 0
                || column >= m.x().count() || row >= m.y().count()) {
            return;
        }
        Optional<String> refused = race.setOwnValue(r.get().slot(), m.x().parameter(), m.x().value(column));
        if (refused.isEmpty()) {
            refused = race.setOwnValue(r.get().slot(), m.y().parameter(), m.y().value(row));
        }
        refused.ifPresent(message::set);
    }

    /** The racer's two values now, on the axes of the map shown; null when there is no map. */
    public double[] marker() {
        HyperparameterMap m = shownMap();
        Optional<Racer> r = racer();
        if (m == null || r.isEmpty()) {
            return null;
        }
        return new double[] {race.value(r.get().slot(), m.x().parameter()),
            race.value(r.get().slot(), m.y().parameter())};
    }

    /** What a cell of the map shown holds, for the readout under the pointer: its values and how its run ended. */
    public String describe(int column, int row) {
        HyperparameterMap m = shownMap();
        RunGrid g = grid.get();
        if (m == null || column < 0 || row < 0 || column >= m.x().count() || row >= m.y().count()) {
            return "";
        }
        String values = m.x().parameter().symbol() + " = " + Numbers.fourDigits(m.x().value(column)) + ", "
                + m.y().parameter().symbol() + " = " + Numbers.fourDigits(m.y().value(row));
        if (g == null) {
            return values;
        }
        Finish own = g.computed(column, row);
        Finish f = own != null ? own : g.shown(column, row);
        Outcome o = f.outcome();
        StringBuilder b = new StringBuilder(values).append(": ").append(o.describe());
        if (o.isConverged() || o.isMoving()) {
            double floor = Measure.floor(m.simulation().surface().minimum(), g);
            b.append(", loss ").append(Numbers.brief(f.loss()));
            if (m.simulation().surface().minimum().isPresent()) {
                b.append(" (f* + ").append(Numbers.brief(f.loss() - floor)).append(')');
            }
        }
        if (own == null) {
            b.append(" (nearby; finer cells are coming)");
        }
        return b.append(" · click to give ").append(label(racer().orElseThrow())).append(" these values").toString();
    }

    // Reacting

    private void raceChanged() {
        if (racer().isEmpty()) {
            List<Racer> all = racers();
            int next = all.isEmpty() ? -1 : all.get(0).slot();
            if (next == slot.get()) {
                racerChosen();
            } else {
                slot.set(next);
            }
            return;
        }
        List<Hyperparameter> ps = parameters();
        if (!ps.contains(xParameter.get()) || !ps.contains(yParameter.get())) {
            racerChosen();
            return;
        }
        request();
    }

    /** A new racer: its first two values on the axes, over ranges about their values now. */
    private void racerChosen() {
        List<Hyperparameter> ps = parameters();
        choosing = true;
        try {
            if (ps.size() < 2) {
                xParameter.set(null);
                yParameter.set(null);
            } else {
                xParameter.set(ps.contains(xParameter.get()) ? xParameter.get() : ps.get(0));
                yParameter.set(ps.contains(yParameter.get()) && yParameter.get() != xParameter.get()
                        ? yParameter.get() : ps.stream().filter(h -> h != xParameter.get()).findFirst().orElseThrow());
                xRange.set(defaultRange(xParameter.get()));
                yRange.set(defaultRange(yParameter.get()));
            }
        } finally {
            choosing = false;
        }
        request();
    }

    /** A new hyperparameter on one axis: a range about its value now; the other axis swaps if it had it. */
    private void parameterChosen(ObjectProperty<Hyperparameter> axis, ObjectProperty<double[]> range,
            ObjectProperty<Hyperparameter> other) {
        if (choosing || axis.get() == null) {
            return;
        }
        choosing = true;
        try {
            if (other.get() == axis.get()) {
                other.set(parameters().stream().filter(h -> h != axis.get()).findFirst().orElse(null));
                (other == xParameter ? xRange : yRange).set(defaultRange(other.get()));
            }
            range.set(defaultRange(axis.get()));
        } finally {
            choosing = false;
        }
        request();
    }

    /**
     * A range about a value: two decades either side on a log slider (in 1 − v for decay rates), the slider's whole
     * range on a linear one, within the slider's ends.
     */
    double[] defaultRange(Hyperparameter h) {
        if (h == null || racer().isEmpty()) {
            return null;
        }
        double v = race.value(racer().get().slot(), h);
        double lo = h.sliderMin();
        double hi = h.sliderMax();
        double from = lo;
        double to = hi;
        if (h.scale() == Scale.LOG && v > 0) {
            from = Math.max(lo, v / 100);
            to = Math.min(hi, v * 100);
        } else if (h.scale() == Scale.ONE_MINUS_LOG && v < 1) {
            from = Math.max(lo, 1 - (1 - v) * 100);
            to = Math.min(hi, 1 - (1 - v) / 100);
        }
        if (!(from < to) || !h.range().contains(from) || !h.range().contains(to)) {
            from = Math.max(lo, h.range().min());
            to = Math.min(hi, h.range().max());
        }
        return new double[] {from, to};
    }

    /** Asks for the map the state describes, if it differs from the one shown. */
    private void request() {
        if (choosing) {
            return;
        }
        HyperparameterMap next = describeMap();
        if (next == null) {
            job.cancel();
            map.set(null);
            gridMap = null;
            grid.set(null);
            computing.set(false);
            if (racers().isEmpty()) {
                message.set("No racer to map: a map needs a racer whose rule reads two values or more"
                        + " (SGD reads ε alone).");
            }
            return;
        }
        if (next.equals(map.get())) {
            return;
        }
        map.set(next);
        computing.set(true);
        job.submit((cancelled, publish) -> next.compute(cancelled, publish), g -> {
            gridMap = next;
            grid.set(g);
            computing.set(!g.isComplete());
        });
    }

    /**
     * The map of the state, or null: the race with the mapped racer alone, without its own values of the two, so
     * that a pick, which sets them, asks for the same map again.
     */
    private HyperparameterMap describeMap() {
        Optional<Racer> r = racer();
        Hyperparameter hx = xParameter.get();
        Hyperparameter hy = yParameter.get();
        if (r.isEmpty() || hx == null || hy == null || hx == hy || xRange.get() == null || yRange.get() == null) {
            return null;
        }
        try {
            Racer plain = r.get().without(hx).without(hy);
            Simulation sim = race.scenario().simulation().withRacers(List.of(plain));
            return new HyperparameterMap(sim, plain, Axis.of(hx, xRange.get()[0], xRange.get()[1], side.get()),
                    Axis.of(hy, yRange.get()[0], yRange.get()[1], side.get()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return null;
        }
    }
}
