package descent.sim;

import descent.optim.Gradient;
import descent.optim.Hyperparameters;
import descent.optim.Optimizer;
import descent.optim.OptimizerState;
import descent.optim.UpdateRule;
import descent.surface.Evaluation;
import descent.surface.Surface;
import descent.surface.Vec2;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything that decides a race of optimizers: the surface, the start, the number of steps, the optimizers and
 * their hyperparameters, gradient noise, mini-batches, clipping and the convergence tolerance.
 *
 * <p>Running it is a pure function of this value: the same simulation always gives the same trajectories, and a
 * longer run extends a shorter one point for point.
 *
 * @param steps      the number of updates each optimizer makes at most
 * @param noise      standard deviation σ of the Gaussian noise added to each gradient component (0 for none)
 * @param seed       seed of the noise and of the mini-batches
 * @param batchSize  mini-batch size m for surfaces with data; 0 (or m ≥ N) means the full batch
 * @param clipNorm   the largest gradient norm an optimizer sees, larger ones being scaled down (0 for no clipping)
 * @param tolerance  a trajectory has converged at the first step where ‖∇f(θ)‖ is below this (0 never converges)
 */
public record Simulation(Surface surface, Vec2 start, int steps, List<Optimizer> optimizers,
        Hyperparameters hyperparameters, double noise, long seed, int batchSize, double clipNorm,
        double tolerance) {

    /** The default tolerance on the gradient norm below which a trajectory has converged. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    /**
     * How many view widths a point may stray from the view's centre before its trajectory ends: as diverged, or as
     * escaped when it ran off downhill on a surface unbounded below.
     */
    public static final double DIVERGENCE_VIEWS = 50;

    public Simulation {
        optimizers = List.copyOf(optimizers);
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

    /** All eight optimizers at their defaults from the surface's default start, for 200 steps. */
    public static Simulation of(Surface surface) {
        return new Simulation(surface, surface.defaults().start(), 200, List.of(Optimizer.values()),
                Hyperparameters.defaults(), 0, 0, 0, 0, DEFAULT_TOLERANCE);
    }

    public Simulation withSurface(Surface s) {
        return new Simulation(s, start, steps, optimizers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withStart(Vec2 s) {
        return new Simulation(surface, s, steps, optimizers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withSteps(int n) {
        return new Simulation(surface, start, n, optimizers, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withOptimizers(List<Optimizer> list) {
        return new Simulation(surface, start, steps, list, hyperparameters, noise, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withHyperparameters(Hyperparameters h) {
        return new Simulation(surface, start, steps, optimizers, h, noise, seed, batchSize, clipNorm, tolerance);
    }

    public Simulation withNoise(double sigma) {
        return new Simulation(surface, start, steps, optimizers, hyperparameters, sigma, seed, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withSeed(long s) {
        return new Simulation(surface, start, steps, optimizers, hyperparameters, noise, s, batchSize, clipNorm,
                tolerance);
    }

    public Simulation withBatchSize(int m) {
        return new Simulation(surface, start, steps, optimizers, hyperparameters, noise, seed, m, clipNorm,
                tolerance);
    }

    public Simulation withClipNorm(double c) {
        return new Simulation(surface, start, steps, optimizers, hyperparameters, noise, seed, batchSize, c,
                tolerance);
    }

    public Simulation withTolerance(double t) {
        return new Simulation(surface, start, steps, optimizers, hyperparameters, noise, seed, batchSize, clipNorm,
                t);
    }

    /** Every chosen optimizer's trajectory, in the order of {@link #optimizers()}. */
    public List<Trajectory> run() {
        List<Trajectory> out = new ArrayList<>(optimizers.size());
        for (Optimizer o : optimizers) {
            out.add(trajectory(o));
        }
        return out;
    }

    /** One optimizer's trajectory, held in memory. */
    public Trajectory trajectory(Optimizer optimizer) {
        Recorder r = new Recorder((int) Math.min(steps + 1L, 1 << 16));
        Outcome outcome = trace(optimizer, r);
        return r.toTrajectory(optimizer, outcome);
    }

    /**
     * Computes one optimizer's trajectory and hands each point to the sink as it goes, in constant memory.
     *
     * @return how the trajectory ended
     */
    public Outcome trace(Optimizer optimizer, PointSink sink) {
        UpdateRule<?> rule = optimizer.rule(hyperparameters.resolve(optimizer, surface.defaults().learningRate()));
        GradientOracle oracle = new GradientOracle(surface, noise, seed, optimizer.ordinal(), batchSize, clipNorm);
        return trace(rule, oracle, sink);
    }

    private <S extends OptimizerState> Outcome trace(UpdateRule<S> rule, GradientOracle oracle, PointSink sink) {
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
        Gradient exact = oracle.isExact() ? gradient : null;
        S state = rule.init(start);
        for (int k = 1; k <= steps; k++) {
            state = rule.step(state, exact != null ? exact : oracle.forStep(k));
            Vec2 theta = state.theta();
            if (!theta.isFinite()) {
                return Outcome.diverged(k);
            }
            double loss = gradient.loss(theta);
            if (Math.abs(theta.x() - c.x()) > bound || Math.abs(theta.y() - c.y()) > bound || !Double.isFinite(loss)) {
                return escaped(loss, startLoss) ? Outcome.escaped(k) : Outcome.diverged(k);
            }
            sink.accept(k, theta.x(), theta.y(), loss);
            if (converged(gradient, theta)) {
                return Outcome.converged(k);
            }
        }
        return Outcome.running(steps);
    }

    /**
     * Whether a trajectory that ran off with this loss escaped rather than diverged: it went downhill (a loss of −∞
     * included, where far out on a saddle the loss overflows) on a surface with no floor to stop it. Asked only once
     * a trajectory has run off, since some surfaces compute whether they are bounded below on first use.
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

        Trajectory toTrajectory(Optimizer o, Outcome outcome) {
            return new Trajectory(o, Arrays.copyOf(xs, size), Arrays.copyOf(ys, size), Arrays.copyOf(losses, size),
                    outcome);
        }
    }
}
