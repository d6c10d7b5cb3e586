package descent.cli;

import descent.math.Vec2;
import descent.optim.Gradient;
import descent.optim.Hyperparameters;
import descent.optim.OptimizerState;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.UpdateRule;
import descent.sim.Simulation;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code descent bench}: optimizer steps per second on one core, for each update rule on each surface, and the
 * rate of a whole simulation (which also evaluates the loss and checks convergence at each step).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure optimizer steps per second on one thread, for each rule and surface.",
                "'descent bench --ui' measures the window instead (frame time and slider-to-repaint time);",
                "'--map' and '--basins' time a hyperparameter map and a grid of basins on every core;",
                "'--view3d' the 3-D view's painting."})
final class BenchCommand implements Callable<Integer> {

    /** Steps between restarts from the start point, so that no run drifts into denormal numbers or overflow. */
    private static final int RESTART = 1000;

    private final PrintStream out;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "0.2",
            description = "Length of one measuring round per rule and surface (default 0.2).")
    String seconds;

    @Option(names = "--ui", description = "Measure the window (needs a display); handled by the app launcher.")
    boolean ui;

    @Option(names = "--racers", paramLabel = "N",
            description = "With --ui: how many racers, 1 to 16 (default 8, the lecture's rules).")
    String racers;

    @Option(names = "--view3d", description = "Measure the 3-D view instead: the mesh's sampling and the time to"
            + " paint a frame from a moving camera, at --size.")
    boolean view3d;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "With --view3d: the frame's size (default 1280x800).")
    String size;

    @Option(names = "--map", description = "Time hyperparameter maps (Adam on rosenbrock, 64 x 64 cells x 500 steps"
            + " and 256 x 256 x 300) on every core and on one.")
    boolean map;

    @Option(names = "--basins", description = "Time the basins of Momentum on the wells, 400 x 400 starts x 500"
            + " steps, on every core.")
    boolean basins;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Option(names = "--surface", paramLabel = "NAME", hidden = true,
            description = "Measure one surface only, in this JVM (used by the forked measurements).")
    String only;

    @Option(names = "--cpu", description = "Time by the measuring thread's CPU time instead of the wall clock: on a"
            + " machine shared with other work, the time the thread actually ran.")
    boolean cpu;

    @Option(names = "--typed", paramLabel = "N", hidden = true,
            description = "Measure the Nth typed formula only, in this JVM (used by the forked measurements).")
    String typed;

    @Option(names = "--in-process", description = "Measure every surface in this JVM instead of one JVM per surface.")
    boolean inProcess;

    /**
     * Formulas typed as surfaces, measured after the built-in ones: their row's name, formula and view. The first has
     * 10 nodes (every number, name, operator and function call counts one); the second is Rosenbrock's function,
     * to set beside the built-in one's row; the third is the example a typed surface starts with (21 nodes).
     */
    private static final List<String[]> TYPED = List.of(
            new String[] {"typed-10", "x^2 + 10*sin(y)^2", "-3,3,-3,3"},
            new String[] {"typed-rosen", "(1 - x)^2 + 100*(y - x^2)^2", "-2,2,-1,3"},
            new String[] {"typed-21", TypedSurface.EXAMPLE, "-3,3,-3,3"});

    @Override
    public Integer call() throws Exception {
        if (ui) {
            throw new BadInputException("--ui needs the window: run it as 'java -jar descent.jar bench --ui'");
        }
        if (view3d) {
            int[] wh = WindowCommand.parseSize("--size", size, 320, 7680);
            View3DBench.run(out, wh[0], wh[1], 90);
            return 0;
        }
        double s = Flags.number("--seconds", seconds, descent.math.Range.closed(0.01, 60));
        if (map || basins) {
            ExploreBench bench = new ExploreBench(out);
            if (map) {
                bench.map();
            }
            if (basins) {
                bench.basins();
            }
            return 0;
        }
        long nanos = (long) (s * 1e9);
        if (only != null) {
            SurfaceType type = Surfaces.find(only).orElseThrow(() -> new BadInputException(
                    "--surface must be one of " + Surfaces.names() + " (got '" + only + "')"));
            out.println(row(type.name(), type.create(), nanos, clock()));
            return 0;
        }
        if (typed != null) {
            int i = (int) Flags.whole("--typed", typed, descent.math.Range.wholeNumbers(0, TYPED.size() - 1));
            out.println(row(TYPED.get(i)[0], typedSurface(i), nanos, clock()));
            return 0;
        }
        out.printf("Optimizer steps per second on one thread, in millions: the median of %d rounds of %s s,%n"
                + "after a warm-up, %s (Java %s, %s, %d cores)%n%n", ROUNDS, seconds,
                (inProcess ? "all surfaces in this JVM" : "one JVM per surface (heap fixed at 256 MB)")
                        + (cpu ? ", by the thread's CPU time" : ""),
                System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        out.printf("%-14s", "surface");
        for (Rule r : Rules.ALL) {
            out.printf("%10s", abbreviate(r.id()));
        }
        out.printf("%10s%n", "sim");
        for (SurfaceType type : Surfaces.ALL) {
            out.println(inProcess ? row(type.name(), type.create(), nanos, clock())
                    : fork("--surface", type.name()));
        }
        for (int i = 0; i < TYPED.size(); i++) {
            out.println(inProcess ? row(TYPED.get(i)[0], typedSurface(i), nanos, clock())
                    : fork("--typed", String.valueOf(i)));
        }
        out.printf("%n'sim' is a whole simulation of the lecture's eight rules (%d steps each, with the loss and the%n"
                + "convergence check at every step). logistic has N = 200 examples: each gradient is a pass over"
                + " the data.%n", RESTART);
        out.println("Typed surfaces (--surface custom --formula F), evaluated by the formula's compiled program:");
        for (int i = 0; i < TYPED.size(); i++) {
            TypedSurface t = typedSurface(i);
            out.printf("  %-12s f = %s  (%d nodes, %d operations once constants are folded)%n", TYPED.get(i)[0],
                    t.text(), t.nodes(), t.operations());
        }
        return 0;
    }

    private static final int ROUNDS = 5;

    private static TypedSurface typedSurface(int i) {
        return TypedSurface.of(TYPED.get(i)[1], List.of(), SimulationOptions.viewBox(TYPED.get(i)[2]));
    }

    /** Runs one surface's measurements in a child JVM, so that no surface's profile slows another's code. */
    private String fork(String flag, String which) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A fixed, pre-touched heap: on a virtual machine, growing the heap costs page faults that make
        // allocation-heavy loops vary by an order of magnitude from one round to the next.
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xms256m", "-Xmx256m",
                "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"), "descent.app.Main", "bench",
                "--seconds", seconds, flag, which));
        if (cpu) {
            command.add("--cpu");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("benchmark of " + flag + " " + which + " failed: " + text);
        }
        return text;
    }

    /** Nanoseconds by the wall clock, or by this thread's CPU time with --cpu. */
    private LongSupplier clock() {
        if (!cpu) {
            return System::nanoTime;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads::getCurrentThreadCpuTime;
    }

    /** One line of the table: the surface's name and a rate per rule, then the simulation rate. */
    private static String row(String name, Surface surface, long nanos, LongSupplier clock) {
        StringBuilder line = new StringBuilder(String.format("%-14s", name));
        for (Rule r : Rules.ALL) {
            UpdateRule<?> rule = r.create(Hyperparameters.defaults().resolve(r, java.util.Map.of(), false,
                    surface.defaults().learningRate()));
            Gradient g = theta -> surface.gradient(theta.x(), theta.y());
            measure(rule, g, surface.defaults().start(), nanos, clock); // warm-up
            double[] rates = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                rates[i] = measure(rule, g, surface.defaults().start(), nanos, clock);
            }
            java.util.Arrays.sort(rates);
            line.append(String.format("%10.1f", rates[ROUNDS / 2] / 1e6));
        }
        simulationRate(surface, nanos, clock);
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rates[i] = simulationRate(surface, nanos, clock);
        }
        java.util.Arrays.sort(rates);
        line.append(String.format("%10.1f", rates[ROUNDS / 2] / 1e6));
        return line.toString();
    }

    private static String abbreviate(String key) {
        return key.replace("rmsprop-nesterov", "rms-nest").replace("torch-", "t-");
    }

    /** Steps per second of one rule, restarting every {@value #RESTART} steps. */
    static <S extends OptimizerState> double measure(UpdateRule<S> rule, Gradient g, Vec2 start, long nanos) {
        return measure(rule, g, start, nanos, System::nanoTime);
    }

    /** Steps per second of one rule, timed by the given clock in nanoseconds (the wall's or the thread's CPU). */
    private static <S extends OptimizerState> double measure(UpdateRule<S> rule, Gradient g, Vec2 start,
            long nanos, LongSupplier clock) {
        long steps = 0;
        double sink = 0;
        long t0 = clock.getAsLong();
        long t;
        do {
            S state = rule.init(start);
            for (int i = 0; i < RESTART; i++) {
                state = rule.step(state, g);
            }
            sink += state.theta().x();
            steps += RESTART;
            t = clock.getAsLong() - t0;
        } while (t < nanos);
        if (sink == 42.4242) {
            // Consume the result so that the compiler cannot drop the loop.
            System.out.print("");
        }
        return steps * 1e9 / t;
    }

    private static double simulationRate(Surface surface, long nanos, LongSupplier clock) {
        Simulation sim = Simulation.of(surface).withSteps(RESTART).withTolerance(0);
        long steps = 0;
        long t0 = clock.getAsLong();
        long t;
        do {
            for (descent.sim.Racer r : sim.racers()) {
                steps += sim.trajectory(r).lastStep();
            }
            t = clock.getAsLong() - t0;
        } while (t < nanos);
        return steps * 1e9 / t;
    }
}
