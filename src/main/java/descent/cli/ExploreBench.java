package descent.cli;

import descent.explore.Axis;
import descent.explore.BasinMap;
import descent.explore.HyperparameterMap;
import descent.explore.RunGrid;
import descent.optim.Adam;
import descent.optim.Gradient;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Momentum;
import descent.optim.Rule;
import descent.optim.UpdateRule;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.Rosenbrock;
import descent.surface.Surface;
import descent.surface.Wells;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * {@code descent bench --map} and {@code --basins}: the time a hyperparameter map and a grid of basins take on every
 * core, beside the same work on one thread and the rule's own steps per second on one thread (the figure of
 * {@code descent bench}), so that the speed-up can be read as a share of cores times the one-thread figure.
 */
final class ExploreBench {

    private final PrintStream out;
    private final int cores = Runtime.getRuntime().availableProcessors();

    ExploreBench(PrintStream out) {
        this.out = out;
    }

    /** The map of the issue: Adam on Rosenbrock, ε from 1e-4 to 1 (log) against ρ₂ from 0.9 to 0.9999. */
    static HyperparameterMap adamMap(int side, int steps) {
        Simulation sim = Simulation.of(new Rosenbrock(1, 100)).withSteps(steps)
                .withRacers(java.util.List.of(Racer.of(Adam.RULE)));
        return new HyperparameterMap(sim, sim.racers().get(0), Axis.of(Hyperparameter.LEARNING_RATE, 1e-4, 1, side),
                Axis.of(Hyperparameter.SECOND_MOMENT_DECAY, 0.9, 0.9999, side));
    }

    /** The basins of the issue: Momentum on the wells, a grid of starts over the view. */
    static BasinMap momentumBasins(int side, int steps) {
        Wells wells = new Wells();
        Simulation sim = Simulation.of(wells).withSteps(steps).withRacers(java.util.List.of(Racer.of(Momentum.RULE)));
        return new BasinMap(sim, sim.racers().get(0), wells.defaults().view(), side, side);
    }

    void map() {
        HyperparameterMap small = adamMap(64, 500);
        HyperparameterMap large = adamMap(256, 300);
        header("Hyperparameter map: Adam on rosenbrock from (-1.5, 2), " + small.x().toString().replace("64", "N")
                + " against " + small.y().toString().replace("64", "N"));
        for (int i = 0; i < 5; i++) {
            small.compute();
        }
        Timing a = time(small::compute, 9);
        row("64 x 64 x 500", small.cost(), a, cores);
        Timing b = time(large::compute, 3);
        row("256 x 256 x 300", large.cost(), b, cores);
        Timing one = oneThread(small::compute, 5);
        row("64 x 64 x 500", small.cost(), one, 1);
        Rate rule = ruleRate(Adam.RULE, new Rosenbrock(1, 100));
        summary(a, one, rule, "adam");
    }

    void basins() {
        BasinMap grid = momentumBasins(400, 500);
        header("Basins: Momentum on the wells, a grid of starts over the view (-3..3 x -3..3), 500 steps");
        momentumBasins(100, 500).compute();
        momentumBasins(100, 500).compute();
        Timing a = time(grid::compute, 3);
        row("400 x 400 x 500", grid.cost(), a, cores);
        BasinMap quarter = momentumBasins(200, 500);
        Timing one = oneThread(quarter::compute, 1);
        row("200 x 200 x 500", quarter.cost(), one, 1);
        Rate rule = ruleRate(Momentum.RULE, new Wells());
        summary(a, one, rule, "momentum");
    }

    private void header(String what) {
        out.printf("%s%n(Java %s, %s, %d cores; wall-clock times, the median of the rounds, and the CPU time the"
                + " process took)%n%n", what, System.getProperty("java.version"), System.getProperty("os.arch"),
                cores);
    }

    /** Wall-clock times of some rounds, the optimizer steps each took, and the process's CPU time over them. */
    record Timing(double[] seconds, long steps, double cpuSeconds) {
        double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        double best() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        double rate() {
            return steps / median();
        }

        /** How many cores the process kept busy, on average, while timed. */
        double busy() {
            return cpuSeconds / Arrays.stream(seconds).sum();
        }
    }

    private static Timing time(Supplier<RunGrid> work, int rounds) {
        double[] s = new double[rounds];
        long steps = 0;
        long cpu0 = cpu();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            RunGrid g = work.get();
            s[i] = (System.nanoTime() - t0) / 1e9;
            steps = g.steps();
        }
        return new Timing(s, steps, (cpu() - cpu0) / 1e9);
    }

    /** The same work in a pool of one thread, where the sweep's parallel rows run one after another. */
    private static Timing oneThread(Supplier<RunGrid> work, int rounds) {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            return pool.submit(() -> time(work, rounds)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void row(String what, long cost, Timing t, int threads) {
        out.printf(Locale.ROOT, "  %-16s %,11d steps at most, %,11d taken: %7.1f ms (best %.1f) on %d thread%s"
                + " = %5.1f M steps/s; CPU %.1f ms a round (%.2f cores busy)%n", what, cost, t.steps(),
                1e3 * t.median(), 1e3 * t.best(), threads, threads == 1 ? " " : "s", t.rate() / 1e6,
                1e3 * t.cpuSeconds() / t.seconds().length, t.busy());
    }

    private void summary(Timing all, Timing one, Rate rule, String id) {
        out.printf(Locale.ROOT, "  %s's rule alone on one thread (descent bench's figure): %.1f M steps/s by the clock,"
                + " %.1f M per second of CPU%n%n", id, rule.wall() / 1e6, rule.cpu() / 1e6);
        out.printf(Locale.ROOT, "By the clock, on %d threads the sweep runs %.1f M steps/s: %.2f times its own one-thread"
                + " rate, %.0f%% of %d x %.1f M steps/s (cores x the rule's one-thread figure).%n", cores,
                all.rate() / 1e6, all.rate() / one.rate(), 100 * all.rate() / (cores * rule.wall()), cores,
                rule.wall() / 1e6);
        double perCpu = all.steps() * all.seconds().length / all.cpuSeconds();
        out.printf(Locale.ROOT, "By CPU time, which a busy machine does not stretch: the machine lent the timed rounds"
                + " %.2f of its %d cores on average; the sweep ran %.1f M steps per CPU second, %.0f%% of the rule's"
                + " %.1f M alone, so on %d idle cores a round would take %.1f ms.%n%n", all.busy(), cores,
                perCpu / 1e6, 100 * perCpu / rule.cpu(), rule.cpu() / 1e6, cores,
                1e3 * all.cpuSeconds() / all.seconds().length / cores);
    }

    /**
     * Steps per second of the rule's step alone on one thread, as {@code descent bench} measures them, by the clock
     * and by the thread's CPU time (which a busy machine does not stretch).
     */
    private static Rate ruleRate(Rule r, Surface surface) {
        UpdateRule<?> rule = r.create(Hyperparameters.defaults().resolve(r, Map.of(), false,
                surface.defaults().learningRate()));
        Gradient g = theta -> surface.gradient(theta.x(), theta.y());
        BenchCommand.measure(rule, g, surface.defaults().start(), 200_000_000L);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[5];
        double[] cpu = new double[5];
        for (int i = 0; i < wall.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            wall[i] = BenchCommand.measure(rule, g, surface.defaults().start(), 200_000_000L);
            // The steps taken are the rate times the time they took; over the CPU time, the rate of a free core.
            cpu[i] = wall[i] * (System.nanoTime() - t0) / Math.max(1, threads.getCurrentThreadCpuTime() - c0);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Rate(wall[2], cpu[2]);
    }

    /** Steps per second by the clock, and per second of CPU time. */
    record Rate(double wall, double cpu) {
    }
}
