package descent.ui.race;

import descent.math.Numbers;
import descent.math.Range;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.StartSpread;
import descent.sim.Trajectory;
import descent.surface.MiniBatchSurface;
import descent.surface.Parameter;
import descent.surface.Surface;
import descent.surface.TypedSurface;
import descent.surface.ViewBox;
import descent.surface.formula.FormulaException;
import descent.ui.util.LatestOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The race the window shows: its scenario (surface, start, racers, global values, view) and the trajectories
 * computed from it, with the commands that change it. Every command validates first and either applies the change
 * or returns why it is refused, changing nothing; the trajectories follow at once for a short race and from a
 * background worker, newest request first, for a long one.
 */
public final class RaceModel {

    /** The most steps the window animates. */
    public static final int MAX_STEPS = 100_000;
    /** The gradient noise the window accepts. */
    public static final Range NOISE = Range.closed(0, 100);
    /** The clipping norms the window accepts (0 for none). */
    public static final Range CLIP = Range.closed(0, 1e6);

    /**
     * Up to this many optimizer steps (about a millisecond's work), a race is recomputed at once, so that the paths
     * bend in the same frame as the slider moves; longer ones go to the background, newest request first.
     */
    static final long INLINE_STEPS = 50_000;

    private final LatestOnly<List<Trajectory>> simulationJob;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Trajectory>> trajectories = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Trajectory>> ghosts = new ReadOnlyObjectWrapper<>(List.of());
    private final LongSupplier clock;
    /** When the simulation last changed, by the clock; changes closer together than {@link #SETTLE} are one. */
    private long lastChange = Long.MIN_VALUE / 2;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long randomDraws;
    /** The typed surface the race was on last, to go back to when "custom" is chosen again. */
    private TypedSurface lastTyped;

    /**
     * @param worker    where long races are computed
     * @param publisher where results are handed back: the FX thread
     */
    public RaceModel(Scenario initial, Executor worker, Executor publisher) {
        this(initial, worker, publisher, System::nanoTime);
    }

    /** @param clock nanoseconds, to tell a drag's many changes from separate ones */
    public RaceModel(Scenario initial, Executor worker, Executor publisher, LongSupplier clock) {
        this.clock = clock;
        simulationJob = new LatestOnly<>(worker, publisher, this::failed);
        apply(initial);
    }

    /**
     * Changes closer together than this, in nanoseconds, are one change: the many small ones of a slider dragged. A
     * ghost shows the paths from before a drag, and an undo goes back to before it.
     */
    public static final long SETTLE = 600_000_000L;

    // Properties

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The trajectories of the racers shown, in the race's order. */
    public ReadOnlyObjectProperty<List<Trajectory>> trajectoriesProperty() {
        return trajectories.getReadOnlyProperty();
    }

    public List<Trajectory> trajectories() {
        return trajectories.get();
    }

    /**
     * The paths as they were before the last change of the race (a drag counting as one change), for a faint ghost
     * beside the new ones; empty after another surface.
     */
    public ReadOnlyObjectProperty<List<Trajectory>> ghostsProperty() {
        return ghosts.getReadOnlyProperty();
    }

    /** Forgets the paths before the last change: a new race has no before. */
    public void clearGhosts() {
        ghosts.set(List.of());
    }

    /** The last message for the user, such as why a computation failed; empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says why something could not be done; the window shows it. */
    public void report(String message) {
        status.set(message);
    }

    /** The last step of the race. */
    public int totalSteps() {
        return scenario.get().simulation().steps();
    }

    // Commands: the surface and the global values

    /**
     * Switches to another surface at its defaults (parameters, start, view); to a typed surface, the one typed last,
     * so that a formula survives a visit to the built-in surfaces.
     */
    public void setSurface(String name) {
        if (!name.equals(scenario.get().surfaceName())) {
            apply(name.equals(TypedSurface.NAME) && lastTyped != null ? scenario.get().withTypedSurface(lastTyped)
                    : scenario.get().withSurface(name));
        }
    }

    /**
     * Puts the race on the surface of a formula f(x, y) typed by the user, with its parameters declared as
     * {@code a=1:0:5, b=2:0:10}, over the part of the plane shown. A formula or declaration with a mistake is refused
     * with a message that says where (such as "unknown function 'sinn' at column 7"), and the surface stays.
     */
    public Optional<String> setFormula(String formula, String parameters) {
        TypedSurface s;
        try {
            s = TypedSurface.parse(formula, parameters, scenario.get().view());
        } catch (FormulaException e) {
            return Optional.of(e.getMessage());
        }
        return attempt(() -> scenario.get().withTypedSurface(s));
    }

    /** Sets a parameter of the surface; a value out of range is refused with a message and changes nothing. */
    public Optional<String> setParameter(String name, double value) {
        Surface surface = scenario.get().surface();
        Parameter p = surface.type().parameters().stream().filter(q -> q.name().equals(name))
                .findFirst().orElseThrow();
        if (!p.range().contains(value)) {
            return Optional.of(p.symbol() + " must be " + p.range().describe());
        }
        return attempt(() -> scenario.get().withParameters(Map.of(name, value)));
    }

    /** Sets a global hyperparameter, for every racer that reads it and does not set its own. */
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

    /** Puts every hyperparameter back to its default and removes every racer's own values. */
    public void resetHyperparameters() {
        change(sim -> sim.withHyperparameters(Hyperparameters.defaults())
                .withRacers(sim.racers().stream().map(Racer::withoutOwnValues).toList()));
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

    /** Sets the race's mini-batch size on a surface with data; 0 is the full batch. */
    public Optional<String> setBatchSize(int m) {
        Optional<String> refused = checkBatch(m);
        return refused.isPresent() ? refused : change(sim -> sim.withBatchSize(m));
    }

    private Optional<String> checkBatch(int m) {
        Surface s = scenario.get().surface();
        if (!(s instanceof MiniBatchSurface data)) {
            return Optional.of("only a surface with data (logistic) takes mini-batches");
        }
        Range range = Range.wholeNumbers(0, data.exampleCount());
        return range.contains(m) ? Optional.empty() : Optional.of("the batch size must be " + range.describe());
    }

    public Optional<String> setClipNorm(double c) {
        if (!CLIP.contains(c)) {
            return Optional.of("the clipping norm must be " + CLIP.describe());
        }
        return change(sim -> sim.withClipNorm(c));
    }

    /** Sets how many steps the race runs. */
    public Optional<String> setSteps(int n) {
        Range range = Range.wholeNumbers(1, MAX_STEPS);
        if (!range.contains(n)) {
            return Optional.of("steps must be " + range.describe());
        }
        return change(sim -> sim.withSteps(n));
    }

    /** Sets how many steps the race runs, as typed: a whole number. */
    public Optional<String> setSteps(String text) {
        OptionalLong n = wholeNumber(text);
        return n.isEmpty() || n.getAsLong() > Integer.MAX_VALUE
                ? Optional.of("steps must be a whole number from 1 to " + MAX_STEPS) : setSteps((int) n.getAsLong());
    }

    /** Moves the start θ₀ to the point typed, two plain decimal numbers; the same point again changes nothing. */
    public Optional<String> setStart(String x, String y) {
        OptionalDouble px = Numbers.parse(x);
        OptionalDouble py = Numbers.parse(y);
        if (px.isEmpty() || py.isEmpty()) {
            return Optional.of("the start must be two numbers");
        }
        Vec2 p = new Vec2(px.getAsDouble(), py.getAsDouble());
        return p.equals(scenario.get().simulation().start()) ? Optional.empty() : setStart(p);
    }

    /** {@link #randomStart(StartSpread.Distribution, double, int, int)} from the fields' text. */
    public Optional<String> randomStart(StartSpread.Distribution distribution, String sigma, String fanIn,
            String fanOut) {
        OptionalDouble s = Numbers.parse(sigma);
        OptionalLong m = wholeNumber(fanIn);
        OptionalLong n = wholeNumber(fanOut);
        if (distribution == StartSpread.Distribution.GAUSSIAN && s.isEmpty()) {
            return Optional.of("σ must be a number");
        }
        if (distribution == StartSpread.Distribution.XAVIER && (m.isEmpty() || n.isEmpty()
                || m.getAsLong() > Integer.MAX_VALUE || n.getAsLong() > Integer.MAX_VALUE)) {
            return Optional.of("m and n must be whole numbers");
        }
        return randomStart(distribution, s.orElse(1), (int) m.orElse(1), (int) n.orElse(1));
    }

    /** A whole number in ASCII digits, or empty. */
    private static OptionalLong wholeNumber(String text) {
        String t = text.trim();
        return t.matches("[+-]?[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(t)) : OptionalLong.empty();
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
    public Optional<String> randomStart(StartSpread.Distribution distribution, double sigma, int fanIn, int fanOut) {
        StartSpread spread;
        try {
            spread = new StartSpread(distribution, 1, sigma, fanIn, fanOut);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return setStart(spread.draw(scenario.get().simulation().seed() + randomDraws++, 0x57A27L).get(0));
    }

    /** Shows another part of the plane. */
    public void setView(ViewBox v) {
        apply(scenario.get().withView(v));
    }

    /** Replaces the whole scenario, as when one is opened from a file. */
    public void load(Scenario s) {
        apply(s);
    }

    // Commands: the racers

    /** The racer in a slot. */
    public Racer racer(int slot) {
        return scenario.get().simulation().racers().stream().filter(r -> r.slot() == slot).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no racer in slot " + slot));
    }

    /**
     * Adds a racer of a rule at its defaults, at the end of the race, in the slot the race gives it: its home, its
     * home's variant, or the first free one.
     *
     * @return the new racer's slot, or why it is refused (a full race)
     */
    public Optional<String> addRacer(Rule rule) {
        Simulation sim = scenario.get().simulation();
        if (sim.freeSlot() < 0) {
            return Optional.of("a race has at most " + Racer.MAX_SLOTS + " racers");
        }
        List<Racer> all = new ArrayList<>(sim.racers());
        all.add(Racer.of(rule, sim.slotFor(rule)));
        return change(s -> s.withRacers(all));
    }

    /** Adds a copy of a racer (its values, batch, noise, clipping, starts) right after it, as its rule's next racer. */
    public Optional<String> duplicate(int slot) {
        Simulation sim = scenario.get().simulation();
        if (sim.freeSlot() < 0) {
            return Optional.of("a race has at most " + Racer.MAX_SLOTS + " racers");
        }
        List<Racer> all = new ArrayList<>(sim.racers());
        int i = all.indexOf(racer(slot));
        all.add(i + 1, all.get(i).withSlot(sim.slotFor(all.get(i).rule())));
        return change(s -> s.withRacers(all));
    }

    /** Takes a racer out of the race; its slot is free again. */
    public void remove(int slot) {
        change(sim -> sim.withRacers(sim.racers().stream().filter(r -> r.slot() != slot).toList()));
    }

    /** Gives a racer a label of its own; a blank one goes back to the default, its rule and how it differs. */
    public Optional<String> rename(int slot, String label) {
        if (label != null && label.strip().length() > 60) {
            return Optional.of("a label has at most 60 characters");
        }
        return changeRacer(slot, r -> r.withLabel(label));
    }

    /** Sets a value for one racer only. */
    public Optional<String> setOwnValue(int slot, Hyperparameter h, double value) {
        if (!h.range().contains(value)) {
            return Optional.of(h.symbol() + " must be " + (h.isSwitch() ? "on or off" : h.range().describe()));
        }
        return changeRacer(slot, r -> r.with(h, value));
    }

    /** Removes one racer's own value, so that the global one (or the rule's default) applies again. */
    public void clearOwnValue(int slot, Hyperparameter h) {
        changeRacer(slot, r -> r.without(h));
    }

    /** Removes every value one racer sets for itself. */
    public void clearOwnValues(int slot) {
        changeRacer(slot, Racer::withoutOwnValues);
    }

    /** The value in effect for one racer: its own, the global one, or its rule's default. */
    public double value(int slot, Hyperparameter h) {
        Simulation sim = scenario.get().simulation();
        return racer(slot).values(sim.hyperparameters(), sim.surface().defaults().learningRate()).get(h);
    }

    /** Shows or hides a racer: a hidden one leaves the plot, the legend and the chart, and keeps its values. */
    public void setShown(int slot, boolean shown) {
        changeRacer(slot, r -> r.withShown(shown));
    }

    /** A racer's own mini-batch size, or the race's (empty). */
    public Optional<String> setRacerBatchSize(int slot, OptionalInt m) {
        if (m.isPresent()) {
            Optional<String> refused = checkBatch(m.getAsInt());
            if (refused.isPresent()) {
                return refused;
            }
        }
        return changeRacer(slot, r -> r.withBatchSize(m));
    }

    /** A racer's own gradient noise σ, or the race's (empty). */
    public Optional<String> setRacerNoise(int slot, OptionalDouble sigma) {
        if (sigma.isPresent() && !NOISE.contains(sigma.getAsDouble())) {
            return Optional.of("σ must be " + NOISE.describe());
        }
        return changeRacer(slot, r -> r.withNoise(sigma));
    }

    /** A racer's own clipping norm, or the race's (empty). */
    public Optional<String> setRacerClipNorm(int slot, OptionalDouble c) {
        if (c.isPresent() && !CLIP.contains(c.getAsDouble())) {
            return Optional.of("the clipping norm must be " + CLIP.describe());
        }
        return changeRacer(slot, r -> r.withClipNorm(c));
    }

    /** Whether a PyTorch racer's values follow the lecture's sliders where they correspond. */
    public Optional<String> setFollowsLecture(int slot, boolean follow) {
        if (follow && !racer(slot).rule().canFollowLecture()) {
            return Optional.of("only PyTorch's rules follow the lecture's sliders");
        }
        return changeRacer(slot, r -> r.withFollowsLecture(follow));
    }

    /** Runs a racer from many starts drawn from a spread too, or from its one start alone (null). */
    public Optional<String> setStarts(int slot, StartSpread spread) {
        return changeRacer(slot, r -> r.withStarts(spread));
    }

    private Optional<String> changeRacer(int slot, UnaryOperator<Racer> change) {
        return change(sim -> sim.withRacers(sim.racers().stream().map(r -> r.slot() == slot ? change.apply(r) : r)
                .toList()));
    }

    private Optional<String> change(UnaryOperator<Simulation> change) {
        return attempt(() -> scenario.get().with(change));
    }

    private Optional<String> attempt(java.util.function.Supplier<Scenario> next) {
        try {
            apply(next.get());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void apply(Scenario next) {
        Scenario previous = scenario.get();
        if (previous != null && !previous.simulation().equals(next.simulation())) {
            long now = clock.getAsLong();
            if (!previous.surface().equals(next.surface())) {
                ghosts.set(List.of());
            } else if (now - lastChange > SETTLE) {
                ghosts.set(trajectories.get());
            }
            lastChange = now;
        }
        scenario.set(next);
        if (next.surface() instanceof TypedSurface t) {
            lastTyped = t;
        }
        if (previous == null || !previous.simulation().equals(next.simulation())) {
            requestTrajectories();
        }
    }

    private void requestTrajectories() {
        Simulation sim = scenario.get().simulation();
        boolean cheap = sim.cost() <= INLINE_STEPS && !(sim.surface() instanceof MiniBatchSurface);
        if (cheap) {
            simulationJob.cancel();
            trajectories.set(sim.run());
        } else {
            simulationJob.submit((cancelled, publish) -> publish.accept(sim.run()), trajectories::set);
        }
    }

    private void failed(Throwable e) {
        status.set(e instanceof OutOfMemoryError ? "Out of memory: try fewer steps or fewer starts."
                : "Could not compute: " + e.getMessage());
    }
}
