package descent.sim;

import descent.math.Vec2;
import descent.optim.ExplainedRule;
import descent.optim.Gradient;
import descent.optim.Hyperparameters;
import descent.optim.OptimizerState;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.StepExplanation;
import descent.optim.UpdateRule;
import descent.surface.Evaluation;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Everything that decides a race: the surface, the start, the number of steps, the racers, the global
 * hyperparameters, gradient noise, mini-batches, clipping and the convergence tolerance; a racer's own noise, batch
 * size and clipping win over the race's.
 *
 * <p>Running it is a pure function of this value: the same simulation always gives the same trajectories, and a
 * longer run extends a shorter one point for point.
 *
 * @param steps      the number of updates each racer makes at most
 * @param racers     the racers, in legend order, hidden ones included; their slots are unique
 * @param noise      standard deviation σ of the Gaussian noise added to each gradient component (0 for none)
 * @param seed       seed of the noise and of the mini-batches
 * @param batchSize  mini-batch size m for surfaces with data; 0 (or m ≥ N) means the full batch
 * @param clipNorm   the largest gradient norm an optimizer sees, larger ones being scaled down (0 for no clipping)
 * @param tolerance  a trajectory has converged at the first step where ‖∇f(θ)‖ is below this (0 never converges)
 */
public record Simulation(Surface surface, Vec2 start, int steps, List<Racer> racers,
        Hyperparameters hyperparameters, double noise, long seed, int batchSize, double clipNorm,
        double tolerance) {

    /** The default tolerance on the gradient norm below which a trajectory has converged. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /**
     * How many view widths a point may stray from the view's centre before its trajectory ends: as diverged, or as
     * escaped when it ran off downhill on a surface unbounded below (where leaving the view downhill already ends it).
     */
    public static final double DIVERGENCE_VIEWS = 50;

    public Simulation {
        racers = List.copyOf(racers);
        if (racers.size() > Racer.MAX_SLOTS) {
            throw new IllegalArgumentException("a race has at most " + Racer.MAX_SLOTS + " racers (got "
                    + racers.size() + ")");
        }
        BitSet slots = new BitSet();
        for (Racer r : racers) {
            if (slots.get(r.slot())) {
                throw new IllegalArgumentException("two racers in slot " + r.slot());
            }
            slots.set(r.slot());
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0 (got " + steps + ")");
        }
        if (!start.isFinite()) {
            throw new IllegalArgumentException("the start must be a finite point (got " + start + ")");
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0 (got " + noise + ")");
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be >= 0 (got " + batchSize + ")");
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("clip norm must be a finite number >= 0 (got " + clipNorm + ")");
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0 (got " + tolerance + ")");
        }
    }

    /** The lecture's eight rules, one racer each, at their defaults from the surface's default start, 200 steps. */
    public static Simulation of(Surface surface) {
        return new Simulation(surface, surface.defaults().start(), 200, racersOf(Rules.lecture()),
                Hyperparameters.defaults(), 0, 0, 0, 0, DEFAULT_TOLERANCE);
    }

    /**
     * One racer per rule, each in its home slot where that is free (so the lecture's rules keep their colours), a
     * rule's second racer in its home's variant, and the others in the first free slot.
     */
    public static List<Racer> racersOf(List<Rule> rules) {
        BitSet used = new BitSet();
        List<Racer> out = new ArrayList<>();
        for (Rule r : rules) {
            int home = Rules.home(r);
            if (home < Racer.MAX_SLOTS && !used.get(home)) {
                used.set(home);
                out.add(Racer.of(r, home));
            } else {
                out.add(null);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                int slot = slotFor(rules.get(i), used);
                used.set(slot);
                out.set(i, Racer.of(rules.get(i), slot));
            }
        }
        return out;
    }

    /**
     * The slot a new racer of a rule takes in this race, so that kin look alike: the rule's home if free, then the
     * home's variant (a lecture rule's second racer races in its hue, dashed), then the first free slot; -1 when the
     * race is full.
     */
    public int slotFor(Rule rule) {
        return slotFor(rule, racers);
    }

    /** The slot a new racer of a rule takes after these racers, as {@link #slotFor(Rule)} chooses it. */
    public static int slotFor(Rule rule, List<Racer> racers) {
        BitSet used = new BitSet();
        racers.forEach(r -> used.set(r.slot()));
        return slotFor(rule, used);
    }

    private static int slotFor(Rule rule, BitSet used) {
        int home = Math.floorMod(Rules.home(rule), Racer.MAX_SLOTS);
        if (!used.get(home)) {
            return home;
        }
        if (home < Racer.FAMILIES && !used.get(home + Racer.FAMILIES)) {
            return home + Racer.FAMILIES;
        }
        int slot = used.nextClearBit(0);
        return slot < Racer.MAX_SLOTS ? slot : -1;
    }

    /** How many optimizer steps running the race takes at most: its shown racers' paths and their swarms'. */
    public long cost() {
        long paths = 0;
        for (Racer r : racers) {
            if (r.shown()) {
                paths += 1 + (r.starts() == null ? 0 : r.starts().count());
            }
        }
        return paths * steps;
    }

    /** The first free slot, for a racer about to join; -1 when the race is full. */
    public int freeSlot() {
        BitSet used = new BitSet();
        racers.forEach(r -> used.set(r.slot()));
        int slot = used.nextClearBit(0);
        return slot < Racer.MAX_SLOTS ? slot : -1;
    }

    /** The racers that race: the shown ones, in legend order. */
    public List<Racer> shownRacers() {
        return racers.stream().filter(Racer::shown).toList();
    }

    /**
     * This race with a value of its own for every racer of a rule, as {@code --set adam.eps=0.1} gives one.
     *
     * @throws IllegalArgumentException if the rule does not read it or the value is out of range
     */
    public Simulation withOwnValue(Rule rule, descent.optim.Hyperparameter h, double value) {
        return withRacers(racers.stream().map(r -> r.rule() == rule ? r.with(h, value) : r).toList());
    }

    /** The first racer of a rule, if one races. */
    public Optional<Racer> racer(Rule rule) {
        return racers.stream().filter(r -> r.rule() == rule).findFirst();
    }

    public Simulation withSurface(Surface s) {
        return new Simulation(s, start, steps, racers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withStart(Vec2 s) {
        return new Simulation(surface, s, steps, racers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withSteps(int n) {
        return new Simulation(surface, start, n, racers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withRacers(List<Racer> list) {
        return new Simulation(surface, start, steps, list, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withHyperparameters(Hyperparameters h) {
        return new Simulation(surface, start, steps, racers, h, noise, seed, batchSize, clipNorm, tolerance);
    }

    public Simulation withNoise(double sigma) {
        return new Simulation(surface, start, steps, racers, hyperparameters, sigma, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withSeed(long s) {
        return new Simulation(surface, start, steps, racers, hyperparameters, noise, s, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withBatchSize(int m) {
        return new Simulation(surface, start, steps, racers, hyperparameters, noise, seed, m, clipNorm,
                tolerance);
    }

    public Simulation withClipNorm(double c) {
        return new Simulation(surface, start, steps, racers, hyperparameters, noise, seed, batchSize, c,
                tolerance);
    }

    public Simulation withTolerance(double t) {
        return new Simulation(surface, start, steps, racers, hyperparameters, noise, seed, batchSize, clipNorm,
                t);
    }

    /** Every shown racer's trajectory, in legend order, with the paths from its many starts where it has some. */
    public List<Trajectory> run() {
        List<Trajectory> out = new ArrayList<>(racers.size());
        for (Racer r : racers) {
            if (r.shown()) {
                Trajectory t = trajectory(r);
                out.add(r.starts() == null ? t : t.withSwarm(swarm(r)));
            }
        }
        return out;
    }

    /**
     * The most memory {@link #run} may take, in bytes: three doubles for each of the steps + 1 points of every shown
     * racer, and room for two more racers' worth while the last trajectory grows by doubling and is trimmed.
     */
    public long runBytes() {
        int shown = shownRacers().size();
        return shown == 0 ? 0 : 24L * (steps + 1L) * (shown + 2);
    }

    /** One racer's trajectory, held in memory. */
    public Trajectory trajectory(Racer racer) {
        Recorder r = new Recorder((int) Math.min(steps + 1L, 1 << 16));
        Outcome outcome = trace(racer, r);
        return r.toTrajectory(racer, outcome);
    }

    /** The trajectory of the first racer of a rule. */
    public Trajectory trajectory(Rule rule) {
        return trajectory(racer(rule).orElseThrow(() -> new IllegalArgumentException(rule.id() + " does not race")));
    }

    /**
     * Computes one racer's trajectory and hands each point to the sink as it goes, in constant memory. Its noise
     * and mini-batches come from a stream of its own, keyed by its slot.
     *
     * @return how the trajectory ended
     */
    public Outcome trace(Racer racer, PointSink sink) {
        return trace(racer, start, racer.slot(), sink);
    }

    /**
     * The paths of a racer with many starts, one per start its spread draws, each with noise and batches of its
     * own; empty for a racer with one start. Each is a full trajectory: the window draws them thin, with their
     * end points.
     */
    public List<Trajectory> swarm(Racer racer) {
        if (racer.starts() == null) {
            return List.of();
        }
        // Streams apart from the racers' own (0 to 15) and from each other's.
        List<Vec2> starts = racer.starts().draw(seed, SWARM_STREAMS + racer.slot());
        List<Trajectory> out = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            Recorder r = new Recorder((int) Math.min(steps + 1L, 1 << 12));
            Outcome outcome = trace(racer, starts.get(i), SWARM_STREAMS + (racer.slot() + 1L) * StartSpread.MAX_COUNT
                    + i, r);
            out.add(r.toTrajectory(racer, outcome));
        }
        return out;
    }

    /** Where the streams of swarms begin, clear of the racers' own. */
    private static final long SWARM_STREAMS = 1 << 20;

    private Outcome trace(Racer racer, Vec2 from, long stream, PointSink sink) {
        return trace(rule(racer), oracle(racer, stream), from, sink, null);
    }

    /** The racer's rule with its values in this race. */
    private UpdateRule<?> rule(Racer racer) {
        return racer.rule().create(racer.values(hyperparameters, surface.defaults().learningRate()));
    }

    /** The gradients the racer sees on one of its paths: its own noise, batches and clipping, or the race's. */
    private GradientOracle oracle(Racer racer, long stream) {
        return new GradientOracle(surface, racer.noise().orElse(noise), seed, stream,
                racer.batchSize().orElse(batchSize), racer.clipNorm().orElse(clipNorm));
    }

    /**
     * What step k of a racer did: its state before, the gradient it was given, and its rule's explanation of the
     * update, replayed from θ₀ with the racer's own noise, batches and clipping, so that it is the very step its
     * trajectory took. Empty for k &lt; 1, and for a step the path did not reach or did not keep (it had converged
     * before, or that step gave no finite point or loss).
     */
    public Optional<StepExplanation> explain(Racer racer, int k) {
        return explain(racer, new int[] {k}).get(0);
    }

    /**
     * The explanations of many steps of a racer, as {@link #explain(Racer, int)} gives each, in one replay: an
     * animation asks for a step per frame.
     *
     * @return one per step asked for, in the order asked
     */
    public List<Optional<StepExplanation>> explain(Racer racer, int... ks) {
        List<Optional<StepExplanation>> out = new ArrayList<>(ks.length);
        int last = 0;
        for (int k : ks) {
            last = Math.max(last, Math.min(k, steps));
        }
        StepExplanation[] found = new StepExplanation[last + 1];
        if (last >= 1) {
            BitSet wanted = new BitSet();
            for (int k : ks) {
                if (k >= 1 && k <= last) {
                    wanted.set(k);
                }
            }
            replay(racer, last, new Replay() {
                @Override
                public <S extends OptimizerState> void accept(UpdateRule<S> rule, int k, S before, Gradient g,
                        S after) {
                    if (wanted.get(k)) {
                        found[k] = StepExplanation.of(rule, before, g, k);
                    }
                }
            });
        }
        for (int k : ks) {
            out.add(k >= 1 && k <= last ? Optional.ofNullable(found[k]) : Optional.empty());
        }
        return out;
    }

    /**
     * The learning rate each step of a racer applied to each coordinate, as its rule states it (ε for SGD and
     * momentum, ε_k for the decaying schedule, ε/(δ + √r) for AdaGrad and RMSProp, ε/(δ + √r̂) for Adam): the rate of
     * step k at index k − 1, as far as the path goes. Empty for a rule that does not state one, as PyTorch's do not.
     */
    public List<Vec2> effectiveRates(Racer racer) {
        List<Vec2> rates = new ArrayList<>();
        if (rule(racer) instanceof ExplainedRule<?>) {
            replay(racer, steps, new Replay() {
                @Override
                public <S extends OptimizerState> void accept(UpdateRule<S> rule, int k, S before, Gradient g,
                        S after) {
                    if (rule instanceof ExplainedRule<S> explained) {
                        rates.add(explained.effectiveRate(after));
                    }
                }
            });
        }
        return rates;
    }

    /** Sees each update of a replayed path that the path keeps. */
    private interface Replay {
        <S extends OptimizerState> void accept(UpdateRule<S> rule, int k, S before, Gradient gradient, S after);
    }

    /** Runs the racer's path again up to step {@code last}, showing the replay every update that the path keeps. */
    private void replay(Racer racer, int last, Replay replay) {
        withSteps(last).trace(rule(racer), oracle(racer, racer.slot()), start, (k, x, y, loss) -> { }, replay);
    }

    private <S extends OptimizerState> Outcome trace(UpdateRule<S> rule, GradientOracle oracle, Vec2 start,
            PointSink sink, Replay replay) {
        ViewBox view = surface.defaults().view();
        Vec2 c = view.center();
        double bound = DIVERGENCE_VIEWS * Math.max(view.width(), view.height())
                + Math.max(Math.abs(start.x() - c.x()), Math.abs(start.y() - c.y()));
        LastEvaluation gradient = new LastEvaluation(surface);
        double startLoss = gradient.loss(start);
        if (!Double.isFinite(startLoss)) {
            return Outcome.noStart();
        }
        sink.accept(0, start.x(), start.y(), startLoss);
        if (converged(gradient, start)) {
            return Outcome.converged(0);
        }
        // A path escapes when it leaves the view downhill; one that starts outside it must have come in first.
        boolean beenInView = view.contains(start.x(), start.y());
        Gradient exact = oracle.isExact() ? gradient : null;
        S state = rule.init(start);
        for (int k = 1; k <= steps; k++) {
            S before = state;
            Gradient g = exact != null ? exact : oracle.forStep(k);
            state = rule.step(state, g);
            Vec2 theta = state.theta();
            if (!theta.isFinite()) {
                return Outcome.diverged(k);
            }
            double loss = gradient.loss(theta);
            if (!Double.isFinite(loss)) {
                return escaped(loss, startLoss) ? Outcome.escaped(k) : Outcome.diverged(k);
            }
            // The point that ends a path is kept, so that its last point is at the step its outcome names.
            sink.accept(k, theta.x(), theta.y(), loss);
            if (replay != null) {
                replay.accept(rule, k, before, g, state);
            }
            boolean inView = view.contains(theta.x(), theta.y());
            if (Math.abs(theta.x() - c.x()) > bound || Math.abs(theta.y() - c.y()) > bound) {
                return escaped(loss, startLoss) ? Outcome.escaped(k) : Outcome.diverged(k);
            }
            if (!inView && beenInView && escaped(loss, startLoss)) {
                return Outcome.escaped(k);
            }
            beenInView |= inView;
            if (converged(gradient, theta)) {
                return Outcome.converged(k);
            }
        }
        return Outcome.moving(steps);
    }

    /**
     * Whether a path that ran off, or left the view, with this loss escaped rather than diverged: it went downhill (a
     * loss of −∞ included, where far out on a saddle the loss overflows) on a surface with no floor to stop it. Asked
     * only once a trajectory is out of the view, since some surfaces compute whether they are bounded below on first
     * use.
     */
    private boolean escaped(double loss, double startLoss) {
        return loss < startLoss && !surface.isBoundedBelow();
    }

    private boolean converged(LastEvaluation gradient, Vec2 theta) {
        return tolerance > 0 && gradient.at(theta).norm() < tolerance;
    }

    /**
     * The surface's loss and exact gradient at the last point asked for: the loss recorded at θ_k, the convergence
     * check at θ_k and the next update (for every rule but the Nesterov ones) all ask for the same point, and
     * evaluating the surface is the costly part of a step. Where the surface computes the two together more cheaply
     * (the wells), it is asked for both at once.
     */
    private static final class LastEvaluation implements Gradient {
        private final Surface surface;
        private final boolean together;
        private long x;
        private long y;
        /** ∇f at (x, y), or null before the first point. */
        private Vec2 gradient;
        /** f at (x, y), when the surface evaluates the two together. */
        private double value;

        LastEvaluation(Surface surface) {
            this.surface = surface;
            this.together = surface.evaluatesTogether();
        }

        @Override
        public Vec2 at(Vec2 theta) {
            if (!holds(theta)) {
                if (together) {
                    evaluate(theta);
                } else {
                    remember(theta);
                    gradient = surface.gradient(theta.x(), theta.y());
                }
            }
            return gradient;
        }

        double loss(Vec2 theta) {
            if (!together) {
                return surface.value(theta.x(), theta.y());
            }
            if (!holds(theta)) {
                evaluate(theta);
            }
            return value;
        }

        private void evaluate(Vec2 theta) {
            remember(theta);
            Evaluation e = surface.evaluate(theta.x(), theta.y());
            gradient = e.gradient();
            value = e.value();
        }

        // Bit for bit, so that −0.0 and 0.0 stay apart as they would with no memory.
        private boolean holds(Vec2 theta) {
            return gradient != null && Double.doubleToRawLongBits(theta.x()) == x
                    && Double.doubleToRawLongBits(theta.y()) == y;
        }

        private void remember(Vec2 theta) {
            x = Double.doubleToRawLongBits(theta.x());
            y = Double.doubleToRawLongBits(theta.y());
        }
    }

    /** Collects points into growing arrays. */
    private static final class Recorder implements PointSink {
        private double[] xs;
        private double[] ys;
        private double[] losses;
        private int size;

        Recorder(int capacity) {
            xs = new double[Math.max(capacity, 1)];
            ys = new double[xs.length];
            losses = new double[xs.length];
        }

        @Override
        public void accept(long step, double x, double y, double loss) {
            if (size == xs.length) {
                int n = size * 2;
                xs = Arrays.copyOf(xs, n);
                ys = Arrays.copyOf(ys, n);
                losses = Arrays.copyOf(losses, n);
            }
            xs[size] = x;
            ys[size] = y;
            losses[size] = loss;
            size++;
        }

        Trajectory toTrajectory(Racer racer, Outcome outcome) {
            return new Trajectory(racer, Arrays.copyOf(xs, size), Arrays.copyOf(ys, size), Arrays.copyOf(losses, size),
                    outcome);
        }
    }
}
