package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.cli.Cli;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.MiniBatchSurface;
import descent.surface.Parameter;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import descent.ui.util.FxDrawing;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the window, computing in the background as the app does, through hundreds of random valid scenarios
 * weighted towards the ones that broke it (huge learning rates, rotated valleys, far starts, saddles, no racer,
 * starts where the loss overflows), and fails on any exception, any pulse that keeps the FX thread busy for more than
 * a second, any canvas larger than the plot, or a plot left empty.
 */
@ExtendWith(ApplicationExtension.class)
class WindowExtremesTest {

    private static final int SCENARIOS = 300;

    private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
    /** The most time the FX thread spent working between two frames, in nanoseconds of its CPU time. */
    private final AtomicLong longestPulse = new AtomicLong();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private ExecutorService worker;
    private MainViewModel vm;
    private MainView view;
    private AnimationTimer pulses;

    @Start
    void start(Stage stage) {
        DescentApp.applyTheme(false);
        worker = DescentApp.newWorker();
        vm = new MainViewModel(DescentApp.firstLesson(), worker, Platform::runLater);
        view = new MainView(vm);
        // Smaller than the default window: what breaks a window breaks it at any size, and contours come sooner.
        Scene scene = MainView.scene(view, 960, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                // The FX thread's own time between two frames, not the wall clock's: on a machine shared with other
                // work a thread waits for a core now and then, and that is no frozen window.
                long cpu = THREADS.getCurrentThreadCpuTime();
                if (last != 0) {
                    longestPulse.accumulateAndGet(cpu - last, Math::max);
                }
                last = cpu;
            }
        };
        pulses.start();
        // The renderer reports its failures (a texture it cannot allocate) by printing them: keep what it prints.
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, errors), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        Platform.runLater(() -> {
            pulses.stop();
            view.dispose();
        });
        worker.shutdownNow();
    }

    @Test
    void hundredsOfRandomScenariosNeverBreakTheWindow(FxRobot robot) {
        Random random = new Random(20261130);
        for (int i = 0; i < SCENARIOS; i++) {
            Scenario s = randomScenario(random);
            int step = random.nextInt(s.simulation().steps() + 1);
            boolean dark = random.nextInt(4) == 0;
            boolean play = random.nextInt(5) == 0;
            String what = "scenario " + i + ": " + describe(s) + ", step " + step;
            longestPulse.set(0);
            onFx(() -> {
                vm.look().darkProperty().set(dark);
                vm.load(s);
                vm.playback().setStep(step);
                if (play) {
                    vm.playback().play();
                }
            });
            long t0 = System.nanoTime();
            awaitReady(robot, what);
            if (System.getenv("DESCENT_FUZZ_TIMES") != null) {
                originalErr.println("fuzz " + i + " " + (System.nanoTime() - t0) / 1_000_000 + " ms " + s.surfaceName()
                        + " " + s.simulation().steps());
            }
            onFx(() -> view.plot().paintIfNeeded());
            // A few pulses, so that what was painted has been rendered too.
            for (int p = 0; p < 3; p++) {
                onFx(() -> { });
                WaitForAsyncUtils.sleep(16, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            assertHealthy(robot, what);
            if (i % 25 == 0) {
                assertThat(distinctColours(robot)).as("colours in the plot, " + what).isGreaterThan(8);
            }
            onFx(() -> vm.playback().pause());
        }
    }

    /** The cases that froze the window or flooded it with exceptions, each as the command line gives it. */
    static Stream<List<String>> namedCases() {
        return Stream.of(
                List.of("--surface", "quadratic", "--param", "kappa=50", "--param", "angle=30", "--eps", "0.05"),
                List.of("--surface", "quadratic", "--param", "kappa=10", "--param", "angle=30", "--eps", "0.3"),
                List.of("--surface", "monkey-saddle", "--start", "0.5,0.5", "--eps", "1"),
                List.of("--surface", "rastrigin", "--eps", "5", "--start", "1e3,-1e3"),
                List.of("--surface", "saddle", "--eps", "0.5"),
                List.of("--surface", "saddle"));
    }

    @ParameterizedTest
    @MethodSource("namedCases")
    void aRaceThatDivergesPlaysToTheEndWithEveryMarkInsideThePlot(List<String> args, FxRobot robot) {
        Cli.WindowParse parsed = Cli.parseWindow(System.out, System.err, args.toArray(String[]::new));
        Scenario s = parsed.request().scenario();
        onFx(() -> vm.load(s));
        for (int step : new int[] {0, 1, 5, 20, 60, s.simulation().steps()}) {
            onFx(() -> vm.playback().setStep(step));
            awaitReady(robot, args + " at step " + step);
            onFx(() -> view.plot().paintIfNeeded());
            assertHealthy(robot, args + " at step " + step);
        }
        // Something ran off the plot in each case, and it is said where it happened, inside the plot.
        onFx(() -> {
            List<FramePainter.Note> notes = FramePainter.notes(FxDrawing.measuring(), vm.frame());
            assertThat(notes).as("%s", args).isNotEmpty();
            FrameLayout l = vm.viewport().layoutProperty().get();
            for (FramePainter.Note n : notes) {
                assertThat(n.box()[0]).isGreaterThanOrEqualTo(l.plotX());
                assertThat(n.box()[0] + n.box()[2]).isLessThanOrEqualTo(l.plotX() + l.plotWidth() + 1e-9);
            }
        });
        // And the race plays through without a hitch.
        onFx(() -> {
            vm.playback().setStep(0);
            vm.playback().speedProperty().set(2000);
            vm.playback().play();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        boolean[] playing = {true};
        while (playing[0] && System.nanoTime() < deadline) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            onFx(() -> playing[0] = vm.playback().playingProperty().get());
        }
        assertThat(playing[0]).as("still playing after 10 s").isFalse();
        assertHealthy(robot, args + " played");
    }

    @Test
    void uncheckingEveryOptimizerLeavesAPlotAndAnEmptyChart(FxRobot robot) {
        // What each row's tick box sets (clicking them is tested in MainViewTest; here some rows are scrolled away).
        onFx(() -> vm.table().rows().forEach(row -> row.shownProperty().set(false)));
        awaitReady(robot, "no optimizer shown");
        onFx(() -> assertThat(vm.scenario().simulation().shownRacers()).isEmpty());
        // The chart repaints on the next frames: it must come back, not spin on an empty range.
        for (int p = 0; p < 10; p++) {
            onFx(() -> { });
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        onFx(() -> view.plot().paintIfNeeded());
        assertHealthy(robot, "no optimizer shown");
        assertThat(distinctColours(robot)).isGreaterThan(8);
    }

    @Test
    void aScenarioWithNoOptimizersOpens(FxRobot robot) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("empty", ".json");
        java.nio.file.Files.writeString(file, "{\"optimizers\":[],\"steps\":5}");
        Cli.WindowParse parsed = Cli.parseWindow(System.out, System.err, "--scenario", file.toString());
        java.nio.file.Files.delete(file);
        onFx(() -> vm.load(parsed.request().scenario()));
        awaitReady(robot, "empty scenario");
        onFx(() -> view.plot().paintIfNeeded());
        assertHealthy(robot, "empty scenario");
    }

    @Test
    void typingAStartWhereTheLossOverflowsSaysSoAndKeepsDrawing(FxRobot robot) {
        onFx(() -> vm.race().setSurface("quadratic"));
        // As typed into the start's fields and committed with Enter (the fields may be scrolled out of sight here).
        for (String id : new String[] {"#start-x", "#start-y"}) {
            javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
            onFx(() -> {
                field.setText("1e300");
                field.fireEvent(new javafx.event.ActionEvent());
            });
        }
        awaitReady(robot, "start at 1e300");
        onFx(() -> {
            assertThat(vm.scenario().simulation().start()).isEqualTo(new Vec2(1e300, 1e300));
            vm.playback().setStep(3);
            view.plot().paintIfNeeded();
        });
        assertHealthy(robot, "start at 1e300");
        onFx(() -> assertThat(FramePainter.notes(FxDrawing.measuring(), vm.frame()))
                .extracting(FramePainter.Note::text)
                .containsExactly("all " + vm.frame().tracks().size() + " racers: no finite loss at θ₀"));
    }

    private void assertHealthy(FxRobot robot, String what) {
        assertThat(thrown).as(what).isEmpty();
        assertThat(errors.toString(StandardCharsets.UTF_8)).as(what).doesNotContain("Exception");
        assertThat(longestPulse.get() / 1e9).as("longest pulse (s of the FX thread's time), " + what).isLessThan(1.0);
        assertCanvasesFitThePlot(robot, what);
    }

    /**
     * Runs the action on the FX thread and waits for it, rethrowing what it threw: TestFX's interact also waits out
     * several 10 ms sleeps, which over hundreds of scenarios is most of the test's time.
     */
    private static void onFx(Runnable action) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within 30 s", e);
        }
    }

    /** Waits until the contour and the paths for the scenario shown are in, as a user would. */
    private void awaitReady(FxRobot robot, String what) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            boolean[] ready = new boolean[1];
            onFx(() -> ready[0] = vm.viewport().contourProperty().get() != null
                    && !vm.viewport().computingProperty().get()
                    && vm.race().trajectories().size() == vm.scenario().simulation().shownRacers().size());
            if (ready[0]) {
                return;
            }
            assertThat(System.nanoTime()).as("the window never finished drawing " + what).isLessThan(deadline);
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private void assertCanvasesFitThePlot(FxRobot robot, String what) {
        Node plot = robot.lookup("#plot").query();
        onFx(() -> {
            double w = plot.getLayoutBounds().getWidth();
            double h = plot.getLayoutBounds().getHeight();
            for (Canvas c : canvases((Parent) plot)) {
                assertThat(c.getWidth()).as("width of canvas %s, %s", c.getId(), what).isLessThanOrEqualTo(w + 2);
                assertThat(c.getHeight()).as("height of canvas %s, %s", c.getId(), what).isLessThanOrEqualTo(h + 2);
            }
            FrameLayout l = vm.viewport().layoutProperty().get();
            assertThat(l.box().width()).as(what).isPositive().isFinite();
        });
    }

    private static List<Canvas> canvases(Parent p) {
        List<Canvas> out = new ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Canvas c) {
                out.add(c);
            } else if (n instanceof Parent q) {
                out.addAll(canvases(q));
            }
        }
        return out;
    }

    private int distinctColours(FxRobot robot) {
        Node plot = robot.lookup("#plot").query();
        Set<Integer> colours = new HashSet<>();
        onFx(() -> {
            WritableImage img = plot.snapshot(null, null);
            FrameLayout l = vm.viewport().layoutProperty().get();
            int x0 = (int) l.plotX() + 2;
            int y0 = (int) l.plotY() + 2;
            int w = Math.min((int) l.plotWidth() - 4, (int) img.getWidth() - x0);
            int h = Math.min((int) l.plotHeight() - 4, (int) img.getHeight() - y0);
            int[] px = new int[w * h];
            img.getPixelReader().getPixels(x0, y0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            for (int p : px) {
                colours.add(p);
            }
        });
        return colours.size();
    }

    /** A valid scenario, weighted towards what has broken the window before. */
    static Scenario randomScenario(Random r) {
        List<SurfaceType> types = Surfaces.ALL;
        // The rotated quadratic and the saddles twice as often as the rest.
        List<String> names = new ArrayList<>(types.stream().map(SurfaceType::name).toList());
        names.addAll(List.of("quadratic", "saddle", "monkey-saddle"));
        SurfaceType type = Surfaces.byName(names.get(r.nextInt(names.size())));
        Scenario s = Scenario.defaults(type.name());
        Map<String, Double> values = new HashMap<>();
        for (Parameter p : type.parameters()) {
            if (r.nextBoolean()) {
                values.put(p.name(), randomIn(r, p.range().min(), p.range().max(), p.range().wholeNumbers(),
                        type.name().equals("logistic") && p.name().equals("n") ? 500 : Double.MAX_VALUE));
            }
        }
        s = s.withParameters(values);
        Hyperparameters h = Hyperparameters.defaults();
        double eps = r.nextBoolean() ? Math.pow(10, -5 + 6 * r.nextDouble()) : 0.3 + 9.7 * r.nextDouble();
        h = h.with(Hyperparameter.LEARNING_RATE, eps);
        if (r.nextInt(3) == 0) {
            h = h.with(Hyperparameter.MOMENTUM, 0.999 * r.nextDouble());
        }
        Hyperparameters hp = h;
        ViewBox v = s.view();
        Vec2 start = switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> s.simulation().start();
            case 4, 5, 6 -> new Vec2(v.xMin() + r.nextDouble() * v.width(), v.yMin() + r.nextDouble() * v.height());
            case 7, 8 -> new Vec2(sign(r) * Math.pow(10, 3 + 3 * r.nextDouble()),
                    sign(r) * Math.pow(10, 3 + 3 * r.nextDouble()));
            default -> new Vec2(sign(r) * Math.pow(10, 150 + 158 * r.nextDouble()),
                    sign(r) * Math.pow(10, 150 + 158 * r.nextDouble()));
        };
        List<Racer> racers = switch (r.nextInt(10)) {
            case 0 -> List.of();
            case 1, 2 -> Simulation.racersOf(randomSubset(r));
            case 3 -> randomRacers(r, s.surface());
            default -> Simulation.racersOf(Rules.lecture());
        };
        if (!racers.isEmpty() && r.nextInt(4) == 0) {
            List<Racer> own = new ArrayList<>(racers);
            int i = r.nextInt(own.size());
            // Its own learning rate: ε for the lecture's rules, lr (which follows ε) for PyTorch's.
            Hyperparameter rate = own.get(i).rule().settings().stream()
                    .filter(x -> x.global() == Hyperparameter.LEARNING_RATE).findFirst().orElseThrow().parameter();
            own.set(i, own.get(i).with(rate, Math.pow(10, -3 + 4 * r.nextDouble())));
            racers = own;
        }
        List<Racer> field = racers;
        int steps = r.nextInt(4) == 0 ? 1 + r.nextInt(3000) : 1 + r.nextInt(400);
        double noise = r.nextInt(5) == 0 ? 5 * r.nextDouble() : 0;
        double clip = r.nextInt(5) == 0 ? 0.01 + 10 * r.nextDouble() : 0;
        int batch = s.surface() instanceof MiniBatchSurface d && r.nextBoolean() ? 1 + r.nextInt(d.exampleCount())
                : 0;
        s = s.with(sim -> sim.withHyperparameters(hp).withStart(start).withRacers(field).withSteps(steps)
                .withNoise(noise).withClipNorm(clip).withBatchSize(batch).withSeed(r.nextInt(1000)));
        if (r.nextInt(5) == 0) {
            double factor = Math.pow(10, -3 + 5 * r.nextDouble());
            ViewBox zoomed = v.zoom(factor, v.center().x(), v.center().y());
            s = s.withView(zoomed.pan(r.nextGaussian() * zoomed.width(), r.nextGaussian() * zoomed.height()));
        }
        return s;
    }

    private static double randomIn(Random r, double min, double max, boolean whole, double cap) {
        double hi = Math.min(max, cap);
        double v = min > 0 && hi / min > 100 ? Math.exp(Math.log(min) + r.nextDouble() * Math.log(hi / min))
                : min + r.nextDouble() * (hi - min);
        return whole ? Math.max(min, Math.min(hi, Math.rint(v))) : v;
    }

    private static double sign(Random r) {
        return r.nextBoolean() ? 1 : -1;
    }

    private static List<Rule> randomSubset(Random r) {
        List<Rule> out = new ArrayList<>();
        for (Rule o : Rules.lecture()) {
            if (r.nextBoolean()) {
                out.add(o);
            }
        }
        return out;
    }

    /** Up to sixteen racers of any rules, the same rule any number of times, with their own noise and batches. */
    private static List<Racer> randomRacers(Random r, descent.surface.Surface surface) {
        List<Racer> out = new ArrayList<>();
        int n = 1 + r.nextInt(Racer.MAX_SLOTS);
        for (int slot = 0; slot < n; slot++) {
            Racer racer = Racer.of(Rules.ALL.get(r.nextInt(Rules.ALL.size())), slot);
            if (r.nextBoolean()) {
                racer = racer.withNoise(java.util.OptionalDouble.of(3 * r.nextDouble()));
            }
            if (surface instanceof MiniBatchSurface d && r.nextBoolean()) {
                racer = racer.withBatchSize(java.util.OptionalInt.of(1 + r.nextInt(d.exampleCount())));
            }
            if (r.nextInt(3) == 0) {
                racer = racer.withClipNorm(java.util.OptionalDouble.of(0.01 + 5 * r.nextDouble()));
            }
            out.add(racer);
        }
        return out;
    }

    private static String describe(Scenario s) {
        Simulation sim = s.simulation();
        return s.surfaceName() + s.parameters() + " start " + sim.start() + " steps " + sim.steps() + " "
                + sim.racers().size() + " racers " + sim.hyperparameters() + " noise " + sim.noise() + " clip "
                + sim.clipNorm() + " batch " + sim.batchSize() + " view " + s.view();
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            synchronized (b) {
                b.write(bytes, off, len);
            }
        }
    }
}
