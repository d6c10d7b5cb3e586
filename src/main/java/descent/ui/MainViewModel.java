package descent.ui;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.surface.MiniBatchSurface;
import descent.surface.Parameter;
import descent.surface.Range;
import descent.surface.SeededRandom;
import descent.surface.Surface;
import descent.surface.Surfaces;
import descent.surface.Vec2;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window and the commands that change it. Controls call the commands; the view-model
 * validates, updates its properties, and recomputes trajectories and contours on background executors, keeping
 * only the newest result; views bind to the properties and draw. It never touches a node.
 */
public final class MainViewModel {

    /** The number of steps a race runs when nobody says otherwise. */
    public static final int DEFAULT_STEPS = 300;
    /** The most steps the window animates. */
    public static final int MAX_STEPS = 100_000;
    /** The range of the animation speed, in steps per second. */
    public static final Range SPEED = Range.closed(1, 2000);
    /** The gradient noise the window accepts. */
    public static final Range NOISE = Range.closed(0, 100);
    /** The clipping norms the window accepts (0 for none). */
    public static final Range CLIP = Range.closed(0, 1e6);

    /** The steps of the UI scale (Ctrl+plus, Ctrl+minus), from 80% to 200%; Ctrl+0 goes back to 100%. */
    public static final List<Double> UI_SCALES = List.of(0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0);
    /** The key of the UI scale in the settings. */
    static final String UI_SCALE_KEY = "uiScale";

    /** Where a random start is drawn from. */
    public enum StartDistribution {
        /** θ₀ ~ N(0, σ²) in each coordinate. */
        GAUSSIAN,
        /** The normalized initialization of Glorot and Bengio: θ₀ ~ U(−√(6/(m+n)), √(6/(m+n))). */
        XAVIER
    }

    private final LatestOnly<List<Trajectory>> simulationJob;
    private final LatestOnly<ContourPlot> contourJob;

    // Properties
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Trajectory>> trajectories = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ContourPlot> contour = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FrameLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(40);
    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(ColorMap.VIRIDIS);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<OptimizerRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper uiScale = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(15);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty raceShown = new SimpleBooleanProperty(true);
    private final Settings settings;
    private double windowWidth = 1280;
    private double windowHeight = 800;

    private double canvasWidth = 800;
    private double canvasHeight = 600;
    private double stepFraction;
    private double sinceRowsUpdated = Double.POSITIVE_INFINITY;
    /** Seconds since the paths last changed: a small value means a slider or the start is being dragged. */
    private double sincePathsChanged = Double.POSITIVE_INFINITY;
    private boolean rowsDirty = true;
    /** The step the table shows. */
    private int rowsStep = -1;
    private long randomDraws;
    private Object contourKey;
    private boolean updatingRows;

    /**
     * A view-model that remembers nothing between runs: its UI scale starts at 100%.
     *
     * @param worker    where trajectories and contours are computed
     * @param publisher where results are handed back: the FX thread
     */
    public MainViewModel(Scenario initial, Executor worker, Executor publisher) {
        this(initial, worker, publisher, Settings.inMemory());
    }

    /**
     * @param worker    where trajectories and contours are computed
     * @param publisher where results are handed back: the FX thread
     * @param settings  where the UI scale is remembered between runs
     */
    public MainViewModel(Scenario initial, Executor worker, Executor publisher, Settings settings) {
        this.settings = settings;
        uiScale.set(nearestScale(settings.get(UI_SCALE_KEY, 1)));
        updateFontSize();
        simulationJob = new LatestOnly<>(worker, publisher, this::failed);
        contourJob = new LatestOnly<>(worker, publisher, this::failed);

        speed.addListener((obs, was, now) -> {
            if (!SPEED.contains(now.doubleValue())) {
                speed.set(SPEED.clamp(now.doubleValue()));
            }
        });
        colorMap.addListener((obs, was, now) -> requestContour());
        step.addListener((obs, was, now) -> rowsDirty = true);
        trajectories.addListener((obs, was, now) -> {
            rowsDirty = true;
            if (!pathsSettling()) {
                // New paths are painted in the coming frame; the table catches up in the one after. While they
                // are being dragged it keeps its own pace instead.
                sinceRowsUpdated = Math.min(sinceRowsUpdated, 0.05);
            }
            sincePathsChanged = 0;
        });
        apply(initial);
    }

    // Properties

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The trajectories of the optimizers shown, in the lecture's order. */
    public ReadOnlyObjectProperty<List<Trajectory>> trajectoriesProperty() {
        return trajectories.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContourPlot> contourProperty() {
        return contour.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FrameLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

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

    /** The animation speed in steps per second, kept within {@link #SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The theme the plot, the chart and the table draw in: dark when {@link #darkProperty} is set. */
    public Theme theme() {
        return dark.get() ? Theme.DARK : Theme.LIGHT;
    }

    /** The last message for the user, such as why a computation failed; empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a finer contour is still being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /**
     * How much larger than usual the user wants the window's text, its plot's text, lines and markers drawn: one of
     * {@link #UI_SCALES}, remembered between runs.
     */
    public ReadOnlyDoubleProperty uiScaleProperty() {
        return uiScale.getReadOnlyProperty();
    }

    /**
     * The font size of the window's controls, in pixels: {@link #baseFontSize} of the window's size times the UI
     * scale, so that the side panels' text grows on a large screen and with Ctrl+plus.
     */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public double fontSize() {
        return fontSize.get();
    }

    /** Whether the left panel (the surface, the hyperparameters, noise and the start) is open. */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** Whether the right panel (the race table and the loss chart) is open. */
    public BooleanProperty raceShownProperty() {
        return raceShown;
    }

    /** A row per optimizer, in the lecture's order, for the race table. */
    public ObservableList<OptimizerRow> rows() {
        return rows;
    }

    /** The last step of the race. */
    public int totalSteps() {
        return scenario.get().simulation().steps();
    }

    /** The frame to draw now. */
    public Frame frame() {
        Scenario s = scenario.get();
        List<Track> tracks = Tracks.of(s.simulation(), trajectories.get());
        return new Frame(s.surfaceName(), contour.get(), layout.get(), tracks, step.get(), totalSteps(),
                s.simulation().start(), theme());
    }

    // Commands: the race

    /** Switches to another surface at its defaults (parameters, start, view); the step goes back to 0. */
    public void setSurface(String name) {
        if (name.equals(scenario.get().surfaceName())) {
            return;
        }
        pause();
        step.set(0);
        apply(scenario.get().withSurface(name));
    }

    /** Sets a parameter of the surface; a value out of range is refused with a message and changes nothing. */
    public Optional<String> setParameter(String name, double value) {
        Surface surface = scenario.get().surface();
        Parameter p = Surfaces.byName(surface.name()).parameters().stream().filter(q -> q.name().equals(name))
                .findFirst().orElseThrow();
        if (!p.range().contains(value)) {
            return Optional.of(p.symbol() + " must be " + p.range().describe());
        }
        apply(scenario.get().withParameters(Map.of(name, value)));
        return Optional.empty();
    }

    /** Sets a global hyperparameter, for every optimizer that uses it and does not override it. */
    public Optional<String> setHyperparameter(Hyperparameter h, double value) {
        if (!h.range().contains(value)) {
            return Optional.of(h.symbol() + " must be " + h.range().describe());
        }
        return change(sim -> sim.withHyperparameters(sim.hyperparameters().with(h, value)));
    }

    /** The global value of a hyperparameter in effect (set, or default). */
    public double hyperparameter(Hyperparameter h) {
        Simulation sim = scenario.get().simulation();
        return sim.hyperparameters().globalValue(h, sim.surface().defaults().learningRate());
    }

    /** Sets a value for one optimizer only. */
    public Optional<String> setOverride(int slot, Hyperparameter h, double value) {
        if (!h.range().contains(value)) {
            return Optional.of(h.symbol() + " must be " + h.range().describe());
        }
        return changeRacer(slot, r -> r.with(h, value));
    }

    /** The racer in a slot. */
    public Racer racer(int slot) {
        return scenario.get().simulation().racers().stream().filter(r -> r.slot() == slot).findFirst()
                .orElseThrow();
    }

    private Optional<String> changeRacer(int slot, UnaryOperator<Racer> change) {
        return change(sim -> sim.withRacers(sim.racers().stream().map(r -> r.slot() == slot ? change.apply(r) : r)
                .toList()));
    }

    /** Removes one optimizer's own value, so that the global one applies again. */
    public void clearOverride(int slot, Hyperparameter h) {
        changeRacer(slot, r -> r.without(h));
    }

    /** Removes every value one optimizer sets for itself. */
    public void clearOverrides(int slot) {
        changeRacer(slot, Racer::withoutOwnValues);
    }

    /** The value in effect for one optimizer. */
    public double value(int slot, Hyperparameter h) {
        Simulation sim = scenario.get().simulation();
        return racer(slot).values(sim.hyperparameters(), sim.surface().defaults().learningRate()).get(h);
    }

    /** Puts every hyperparameter back to its default and removes all overrides. */
    public void resetHyperparameters() {
        change(sim -> sim.withHyperparameters(Hyperparameters.defaults())
                .withRacers(sim.racers().stream().map(Racer::withoutOwnValues).toList()));
    }

    /** Shows or hides an optimizer: hidden ones leave the plot, the legend and the chart. */
    public void setShown(int slot, boolean shown) {
        changeRacer(slot, r -> r.withShown(shown));
    }

    public Optional<String> setNoise(double sigma) {
        if (!NOISE.contains(sigma)) {
            return Optional.of("σ must be " + NOISE.describe());
        }
        return change(sim -> sim.withNoise(sigma));
    }

    public Optional<String> setSeed(long seed) {
        return change(sim -> sim.withSeed(seed));
    }

    /** Sets the mini-batch size on a surface with data; 0 is the full batch. */
    public Optional<String> setBatchSize(int m) {
        Surface s = scenario.get().surface();
        if (!(s instanceof MiniBatchSurface data)) {
            return Optional.of("only a surface with data (logistic) takes mini-batches");
        }
        Range range = Range.wholeNumbers(0, data.exampleCount());
        if (!range.contains(m)) {
            return Optional.of("the batch size must be " + range.describe());
        }
        return change(sim -> sim.withBatchSize(m));
    }

    public Optional<String> setClipNorm(double c) {
        if (!CLIP.contains(c)) {
            return Optional.of("the clipping norm must be " + CLIP.describe());
        }
        return change(sim -> sim.withClipNorm(c));
    }

    /** Sets how many steps the race runs; the current step stays if it is still within. */
    public Optional<String> setSteps(int n) {
        Range range = Range.wholeNumbers(1, MAX_STEPS);
        if (!range.contains(n)) {
            return Optional.of("steps must be " + range.describe());
        }
        if (step.get() > n) {
            step.set(n);
        }
        return change(sim -> sim.withSteps(n));
    }

    /** Moves the start θ₀; the trajectories follow at once. */
    public Optional<String> setStart(Vec2 p) {
        if (!p.isFinite()) {
            return Optional.of("the start must be two finite numbers");
        }
        return change(sim -> sim.withStart(p));
    }

    /**
     * Draws a random start with the seed: from N(0, σ²) or from the normalized initialization with fan-in m and
     * fan-out n. Each draw gives a new point.
     */
    public Optional<String> randomStart(StartDistribution distribution, double sigma, int fanIn, int fanOut) {
        SeededRandom.Stream r = SeededRandom.stream(scenario.get().simulation().seed() + randomDraws++, 0x57A27L);
        Vec2 p;
        if (distribution == StartDistribution.GAUSSIAN) {
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                return Optional.of("σ must be a number > 0");
            }
            p = new Vec2(sigma * r.nextGaussian(), sigma * r.nextGaussian());
        } else {
            if (fanIn < 1 || fanOut < 1) {
                return Optional.of("fan-in and fan-out must be whole numbers >= 1");
            }
            double a = Math.sqrt(6.0 / (fanIn + fanOut));
            p = new Vec2(a * (2 * r.nextUniform() - 1), a * (2 * r.nextUniform() - 1));
        }
        return setStart(p);
    }

    private Optional<String> change(UnaryOperator<Simulation> change) {
        try {
            apply(scenario.get().with(change));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Replaces the whole scenario, as when one is opened from a file. */
    public void load(Scenario s) {
        pause();
        step.set(Math.min(step.get(), s.simulation().steps()));
        apply(s);
    }

    private void apply(Scenario next) {
        Scenario previous = scenario.get();
        scenario.set(next);
        // A slider move changes a global value, not an optimizer's own ones: their text is not rebuilt then.
        // A slider move changes a global value, not a racer: the rows are not rebuilt then.
        if (previous == null || !previous.simulation().racers().equals(next.simulation().racers())) {
            syncRows(next.simulation().racers());
        }
        if (previous == null || !previous.simulation().equals(next.simulation())) {
            requestTrajectories();
        }
        if (previous == null || !previous.view().equals(next.view())
                || !previous.surface().equals(next.surface()) || !legendLabels(previous).equals(legendLabels(next))) {
            updateLayout();
        }
    }

    /** One row per racer, in the race's order; a row keeps its identity (the slot) while its racer changes. */
    private void syncRows(List<Racer> racers) {
        updatingRows = true;
        List<Integer> slots = racers.stream().map(Racer::slot).toList();
        List<Integer> rowSlots = rows.stream().map(OptimizerRow::slot).toList();
        if (!slots.equals(rowSlots)) {
            Map<Integer, OptimizerRow> old = new java.util.HashMap<>();
            rows.forEach(r -> old.put(r.slot(), r));
            List<OptimizerRow> next = new ArrayList<>();
            for (Racer r : racers) {
                OptimizerRow row = old.get(r.slot());
                if (row == null) {
                    row = new OptimizerRow(r);
                    int slot = r.slot();
                    row.shownProperty().addListener((obs, was, now) -> {
                        if (!updatingRows) {
                            setShown(slot, now);
                        }
                    });
                }
                next.add(row);
            }
            rows.setAll(next);
        }
        for (int i = 0; i < racers.size(); i++) {
            OptimizerRow row = rows.get(i);
            row.setRacer(racers.get(i));
            row.shownProperty().set(racers.get(i).shown());
            row.setOverrides(Tracks.differences(racers.get(i)));
        }
        rowsDirty = true;
        updatingRows = false;
    }

    // Commands: the animation

    public void play() {
        if (step.get() >= totalSteps()) {
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
        step.set(Math.min(totalSteps(), step.get() + 1));
    }

    public void stepBack() {
        pause();
        step.set(Math.max(0, step.get() - 1));
    }

    /**
     * Whether the paths changed less than 0.12 s ago, as they do every frame while a slider or the start is dragged.
     * The table and the chart then wait for the hand to rest, or half a second, so that those frames go to the paths.
     */
    public boolean pathsSettling() {
        return sincePathsChanged < 0.12;
    }

    /** Back to step 0, paused. */
    public void reset() {
        pause();
        step.set(0);
    }

    /** Shows step k (the timeline scrubber). */
    public void setStep(int k) {
        step.set(Math.max(0, Math.min(totalSteps(), k)));
    }

    /**
     * Called once per frame with the time elapsed since the last: advances a playing race, and brings the table up
     * to date. A new step reaches the table in the same frame as the plot's title and the transport's counter, so
     * that all three read alike; new paths alone (a slider or the start being dragged) reach it ten times a second
     * at most, and twice while they keep changing, since faster is unreadable and costs frames.
     */
    public void advance(double seconds) {
        sinceRowsUpdated += seconds;
        sincePathsChanged += seconds;
        if (playing.get()) {
            stepFraction += speed.get() * Math.max(0, Math.min(seconds, 0.25));
            int whole = (int) stepFraction;
            if (whole > 0) {
                stepFraction -= whole;
                int next = step.get() + whole;
                if (next >= totalSteps()) {
                    next = totalSteps();
                    playing.set(false);
                }
                step.set(next);
            }
        }
        double wait = pathsSettling() ? 0.5 : 0.1;
        if (rowsDirty && (step.get() != rowsStep || sinceRowsUpdated >= wait)) {
            sinceRowsUpdated = 0;
            updateRows();
        }
    }

    // Commands: the view

    /** One step larger on {@link #UI_SCALES}, up to 200%. */
    public void scaleUp() {
        int i = UI_SCALES.indexOf(uiScale.get());
        setUiScale(UI_SCALES.get(Math.min(UI_SCALES.size() - 1, i + 1)));
    }

    /** One step smaller on {@link #UI_SCALES}, down to 80%. */
    public void scaleDown() {
        int i = UI_SCALES.indexOf(uiScale.get());
        setUiScale(UI_SCALES.get(Math.max(0, i - 1)));
    }

    /** Back to 100%. */
    public void resetScale() {
        setUiScale(1);
    }

    private void setUiScale(double scale) {
        if (scale == uiScale.get()) {
            return;
        }
        uiScale.set(scale);
        settings.put(UI_SCALE_KEY, scale);
        updateFontSize();
        updateLayout();
    }

    private static double nearestScale(double scale) {
        double best = 1;
        for (double s : UI_SCALES) {
            if (Math.abs(s - scale) < Math.abs(best - scale)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * The controls' font size at 100% in a window of this size: 15 pixels at 1280x800, growing with the window up to
     * 20 pixels (reached at 1920x1080, where a projected side panel at 15 pixels is hard to read from the back), and
     * 14 at the least, in whole pixels.
     */
    public static double baseFontSize(double width, double height) {
        return Math.round(Math.max(14, Math.min(20, 15 * Math.min(width / 1280, height / 800))));
    }

    /** Tells the view-model the size of the window's content, in pixels: the controls' font size follows it. */
    public void setWindowSize(double width, double height) {
        if (width < 1 || height < 1) {
            return;
        }
        windowWidth = width;
        windowHeight = height;
        updateFontSize();
    }

    private void updateFontSize() {
        fontSize.set(Math.round(baseFontSize(windowWidth, windowHeight) * uiScale.get()));
    }

    /** Tells the view-model the size of the plot's canvas, in pixels. */
    public void setCanvasSize(double width, double height) {
        if (width == canvasWidth && height == canvasHeight || width < 1 || height < 1) {
            return;
        }
        canvasWidth = width;
        canvasHeight = height;
        updateLayout();
    }

    /** Zooms by {@code factor} (below 1 zooms in) about the point (x, y) of the plane, which stays put. */
    public void zoom(double factor, double x, double y) {
        ViewBox v = scenario.get().view().zoom(factor, x, y);
        if (v.width() < 1e-6 || v.width() > 1e6 || v.height() < 1e-6 || v.height() > 1e6) {
            return;
        }
        apply(scenario.get().withView(v));
    }

    /** Moves the view by (dx, dy) in the plane's units. */
    public void pan(double dx, double dy) {
        apply(scenario.get().withView(scenario.get().view().pan(dx, dy)));
    }

    /** Back to the surface's default view. */
    public void resetView() {
        apply(scenario.get().withView(scenario.get().surface().defaults().view()));
    }

    // Background work

    /** What the legend lists for a scenario: it decides the legend's size, and with it the plot's. */
    private static List<String> legendLabels(Scenario s) {
        Simulation sim = s.simulation();
        Map<Racer, String> labels = Tracks.labels(sim.racers());
        return sim.shownRacers().stream().map(labels::get).toList();
    }

    private void updateLayout() {
        layout.set(FrameLayout.compute(canvasWidth, canvasHeight, scenario.get().view(),
                legendLabels(scenario.get()), FrameLayout.fontFor(canvasWidth, canvasHeight) * uiScale.get()));
        requestContour();
    }

    /**
     * Up to this many optimizer steps (about a millisecond's work), a race is recomputed at once, so that the paths
     * bend in the same frame as the slider moves; longer ones go to the background, newest request first.
     */
    static final long INLINE_STEPS = 50_000;

    private void requestTrajectories() {
        Simulation sim = scenario.get().simulation();
        boolean cheap = sim.cost() <= INLINE_STEPS
                && !(sim.surface() instanceof MiniBatchSurface);
        if (cheap) {
            simulationJob.cancel();
            trajectories.set(sim.run());
        } else {
            simulationJob.submit((cancelled, publish) -> publish.accept(sim.run()), trajectories::set);
        }
    }

    private void requestContour() {
        FrameLayout l = layout.get();
        Surface surface = scenario.get().surface();
        ColorMap map = colorMap.get();
        int w = l.imageWidth();
        int h = l.imageHeight();
        ViewBox box = l.box();
        Object key = List.of(surface, box, w, h, map);
        if (key.equals(contourKey)) {
            return;
        }
        contourKey = key;
        computing.set(true);
        contourJob.submit((cancelled, publish) -> {
            // A coarse picture first, so that panning and zooming answer at once; then the fine one.
            publish.accept(ContourPlot.compute(surface, box, w, h, 8, map, cancelled));
            publish.accept(ContourPlot.compute(surface, box, w, h, ContourPlot.FINE_STEP, map, cancelled));
        }, plot -> {
            contour.set(plot);
            computing.set(plot.gridStep() != ContourPlot.FINE_STEP);
        });
    }

    private void failed(Throwable e) {
        computing.set(false);
        status.set(e instanceof OutOfMemoryError ? "Out of memory: try fewer steps."
                : "Could not compute: " + e.getMessage());
    }

    private void updateRows() {
        rowsDirty = false;
        Surface surface = scenario.get().surface();
        Map<Integer, Trajectory> bySlot = new java.util.HashMap<>();
        for (Trajectory t : trajectories.get()) {
            bySlot.put(t.racer().slot(), t);
        }
        int k = step.get();
        rowsStep = k;
        for (OptimizerRow row : rows) {
            Trajectory t = bySlot.get(row.slot());
            if (t == null) {
                row.update(Double.NaN, Double.NaN, 0, "hidden");
                continue;
            }
            if (t.isEmpty()) {
                row.update(Double.NaN, Double.NaN, 0, t.outcome().describe());
                continue;
            }
            int at = t.clampStep(k);
            Outcome o = t.outcomeAt(k);
            row.update(t.loss(at), surface.gradient(t.x(at), t.y(at)).norm(), at, o.describe());
        }
    }
}
