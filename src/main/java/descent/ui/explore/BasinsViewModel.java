package descent.ui.explore;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.explore.BasinMap;
import descent.explore.Basins;
import descent.explore.Finish;
import descent.math.Numbers;
import descent.math.Vec2;
import descent.render.BasinPainter;
import descent.render.BasinPainter.BasinFrame;
import descent.render.Extras;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.Theme;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.ui.race.RaceModel;
import descent.ui.util.LatestOnly;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The basins' state: which racer, how many starts across the plot, the layout of the picture at the canvas's size,
 * and the runs from every start, computed coarse to fine on a background worker, a newer request cancelling an
 * older one. A change to the race recomputes them where it changes where the racer goes, not where it only moves the
 * start, which a pick does.
 */
public final class BasinsViewModel {

    /** The numbers of starts across the plot the window offers. */
    public static final List<Integer> SIDES = List.of(100, 200, 400);

    /** The runs so far with what is drawn under them: the grid, the contour for isolines, the basins or null. */
    public record Picture(BasinMap map, ContourPlot contour, Basins basins) {
    }

    private final RaceModel race;
    private final LatestOnly<Picture> job;
    private final IntegerProperty slot = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Integer> side = new SimpleObjectProperty<>(200);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ColorMap> colorMap;
    private double width;
    private double height;
    private double font = 14;
    private FrameLayout layout;
    private BasinMap requested;
    private final Listeners listeners = new Listeners();

    /**
     * @param colorMap  the look's colour map, which the contour is computed in
     * @param worker    where the runs are computed (on every core from there)
     * @param publisher where their passes are handed back: the FX thread
     */
    public BasinsViewModel(RaceModel race, ObjectProperty<ColorMap> colorMap, Executor worker, Executor publisher) {
        this.race = race;
        this.colorMap = colorMap;
        this.job = new LatestOnly<>(worker, publisher, e -> {
            computing.set(false);
            message.set(e instanceof OutOfMemoryError ? "Out of memory: try fewer starts."
                    : "Could not compute the basins: " + e.getMessage());
        });
        slot.addListener((obs, was, now) -> request());
        side.addListener((obs, was, now) -> request());
        listeners.add(race.scenarioProperty(), (obs, was, now) -> raceChanged());
        List<Racer> shown = race.scenario().simulation().shownRacers();
        slot.set(shown.isEmpty() ? -1 : shown.get(0).slot());
    }

    // Properties

    /** The slot of the racer whose basins are shown, or −1 when there is none. */
    public IntegerProperty racerProperty() {
        return slot;
    }

    /** Starts across the plot. */
    public ObjectProperty<Integer> sideProperty() {
        return side;
    }

    /** The runs so far, or null before the first pass. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RaceModel race() {
        return race;
    }

    /** The racers shown, any of which can have its basins drawn. */
    public List<Racer> racers() {
        return race.scenario().simulation().shownRacers();
    }

    /** A racer's name as the race's legend gives it. */
    public String label(Racer r) {
        return Tracks.labels(race.scenario().simulation().racers()).getOrDefault(r, Tracks.label(r));
    }

    public Optional<Racer> racer() {
        return racers().stream().filter(r -> r.slot() == slot.get()).findFirst();
    }

    /** The layout at the canvas's size, or null before the canvas has one. */
    public FrameLayout layout() {
        return layout;
    }

    // Commands

    /** Stops following the race and drops any runs being computed: the window closed. */
    public void dispose() {
        listeners.removeAll();
        job.cancel();
    }

    /** Tells the model the canvas's size and base font: the plot, and with it the grid of starts, follow. */
    public void setCanvas(double w, double h, double baseFont) {
        if (w == width && h == height && baseFont == font) {
            return;
        }
        width = w;
        height = h;
        font = baseFont;
        request();
    }

    /** Moves the race's start to a cell's start: the paths follow, the basins stay. */
    public void pick(int column, int row) {
        Picture p = picture.get();
        if (p == null || column < 0 || row < 0 || column >= p.map().columns() || row >= p.map().rows()) {
            return;
        }
        race.setStart(p.map().start(column, row)).ifPresent(message::set);
    }

    /** What the cell under the pointer holds: its start and where its run leads. */
    public String describe(int column, int row) {
        Picture p = picture.get();
        if (p == null || p.basins() == null || column < 0 || row < 0 || column >= p.map().columns()
                || row >= p.map().rows()) {
            return "";
        }
        Vec2 s = p.map().start(column, row);
        Integer own = p.basins().computed(column, row);
        int code = own != null ? own : p.basins().shown(column, row);
        Finish f = own != null ? p.basins().grid().computed(column, row) : null;
        StringBuilder b = new StringBuilder("from (").append(Numbers.threeDigits(s.x())).append(", ")
                .append(Numbers.threeDigits(s.y())).append("): ");
        if (code >= 0) {
            Basins.Attractor a = p.basins().attractors().get(code);
            b.append("reaches the ").append(a.kind().title()).append(" at (").append(Numbers.threeDigits(a.point().x()))
                    .append(", ").append(Numbers.threeDigits(a.point().y())).append(')');
            if (f != null && f.outcome().isConverged()) {
                b.append(", converged at ").append(f.steps());
            }
        } else if (f != null) {
            b.append(Basins.describe(code)).append(code == Basins.UNFINISHED ? " after " + f.steps() + " steps"
                    : " (" + f.outcome().describe() + ")");
        } else {
            b.append(Basins.describe(code));
        }
        if (own == null) {
            b.append(" (nearby; finer starts are coming)");
        }
        return b.append(" · click to start the race here").toString();
    }

    /** The picture to paint now: the race's paths over the basins so far. */
    public BasinFrame frame(Theme theme) {
        Picture p = picture.get();
        if (layout == null || p == null) {
            return null;
        }
        Scenario s = race.scenario();
        Simulation sim = s.simulation();
        Frame f = new Frame(s.surfaceName(), null, layout, Tracks.of(sim, race.trajectories()), sim.steps(),
                sim.steps(), sim.start(), theme, new Extras(sim.surface().landmarks(), List.of(), null));
        return new BasinFrame(f, p.map(), p.basins(), p.contour(), racer().map(this::label).orElse(""));
    }

    // Reacting

    private void raceChanged() {
        if (racer().isEmpty()) {
            List<Racer> all = racers();
            int next = all.isEmpty() ? -1 : all.get(0).slot();
            if (next != slot.get()) {
                slot.set(next);
                return;
            }
        }
        request();
    }

    private void request() {
        Optional<Racer> r = racer();
        if (r.isEmpty() || width < 16 || height < 16) {
            job.cancel();
            requested = null;
            picture.set(null);
            computing.set(false);
            message.set(r.isEmpty() ? "No racer: add one to the race." : "");
            return;
        }
        Scenario s = race.scenario();
        Simulation sim = s.simulation();
        Map<Racer, String> labels = Tracks.labels(sim.racers());
        layout = BasinPainter.layout(sim.shownRacers().stream().map(labels::get).toList(), width, height, s.view(),
                font);
        // The start plays no part: each cell has its own.
        Simulation alone = sim.withRacers(List.of(r.get())).withStart(Vec2.ZERO);
        BasinMap next = BasinMap.of(alone, r.get(), layout.box(), side.get());
        if (next.equals(requested)) {
            return;
        }
        requested = next;
        message.set("");
        computing.set(true);
        FrameLayout l = layout;
        ColorMap map = colorMap.get();
        job.submit((cancelled, publish) -> {
            ContourPlot contour = ContourPlot.compute(sim.surface(), l.box(), l.imageWidth(), l.imageHeight(),
                    ContourPlot.FINE_STEP, map, cancelled);
            next.compute(cancelled, g -> publish.accept(new Picture(next, contour,
                    Basins.of(g, sim.surface().landmarks(), l.box()))));
        }, p -> {
            picture.set(p);
            computing.set(!p.basins().grid().isComplete());
        });
    }
}
