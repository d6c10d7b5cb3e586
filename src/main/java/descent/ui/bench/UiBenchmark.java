package descent.ui.bench;

import descent.optim.Hyperparameter;
import descent.scenario.Scenario;
import descent.ui.MainView;
import descent.ui.MainViewModel;
import descent.ui.util.Deferred;
import descent.ui.util.RenderThread;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.sim.Racer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code descent bench --ui [--racers N]}: opens the window at 1280x800 on the wells with N racers (the lecture's
 * eight by default; from nine on, each rule again with ε halved, up to 16) and 2,000 steps,
 * plays the race through, then moves the ε slider 200 times, and reports the frame time while playing and the time
 * from each slider change to the moment the frame showing the new paths has been rendered. 200 moves, about five
 * seconds of dragging, make the p95 the tenth-slowest move rather than the third of 60, which varied by several
 * milliseconds between runs; the first 60 moves are reported apart, as the moves nearest the start. It does all of it three
 * times and reports the first round, just after start, and the last: with the JVM's default compilers, C2 keeps
 * most of one of this machine's two cores busy for the first half-minute (6.6 s of CPU in a 14 s run), and the
 * first round measures the window and the compiler together.
 *
 * <p>Pulses run unthrottled, so each frame takes as long as its work. Times are taken when the renderer has
 * finished a frame: a marker job is queued on the render thread at the start of each pulse, behind the previous
 * pulse's frame, and runs when that frame is done. Where the render thread cannot be reached (JavaFX on the module
 * path), the start of the next pulse stands in, which misses the last frame's rendering.
 */
public final class UiBenchmark {

    private static final int STEPS = 2000;
    private static final int SLIDER_MOVES = 200;
    /** The first moves of a round, reported apart. */
    private static final int FIRST_MOVES = 60;
    private static final int ROUNDS = 3;
    /** How long the 3-D view is dragged round, in seconds. */
    private static final int TURN_SECONDS = 5;
    /** A mouse sends drag events at about the screen's rate, 60 a second. */
    private static final long MOUSE_EVENT_NANOS = 16_666_667;

    private enum Phase { WAIT, PLAY, SLIDER, TURN, DONE }

    /** Where one slider move stands. */
    private enum Move { SET, WAIT_PAINT, WAIT_RENDER }

    private final MainViewModel vm;
    private final int racers;
    private final MainView view;
    private final IntConsumer finish;
    private final boolean renderTimes;
    private Phase phase = Phase.WAIT;
    private int round;
    private int quiet;
    private final long[] frameEnds = new long[1 << 15];
    private volatile int frameCount;
    /** Per round: the sorted frame times while playing. */
    private final long[][] playFrames = new long[ROUNDS][];
    /** Per round and kind of FX-thread work: the sorted times. */
    private final long[][][] work = new long[ROUNDS][3][];
    /** Per round: slider-to-rendered times, sorted once the round is over. */
    private final long[][] latencies = new long[ROUNDS][SLIDER_MOVES];
    /** Per round: from the slider change to when the renderer could start on the frame with the new paths. */
    private final long[][] renderFree = new long[ROUNDS][SLIDER_MOVES];
    private int moves;
    private Move move = Move.SET;
    private volatile long changedAt;
    private long pathsArrived;
    private long paintsAtArrival;
    private double baseEps;
    /** The 3-D drag: when it began, the view's frames then, its last drag, and the frames shown over how long. */
    private long turnStarted;
    private long turnPaints;
    private long lastDrag;
    private long turnFrames = -1;
    private long turnElapsed;

    /** @param racers how many racers race, 1 to 16 */
    public UiBenchmark(MainViewModel vm, MainView view, int racers, IntConsumer finish) {
        this.vm = vm;
        this.racers = racers;
        this.view = view;
        this.finish = finish;
        this.renderTimes = RenderThread.available();
    }

    /** N racers: the lecture's eight rules in their slots, then each again with half the surface's ε. */
    static List<Racer> racers(int n) {
        List<Racer> out = new ArrayList<>();
        List<Rule> rules = Rules.lecture();
        for (int i = 0; i < n; i++) {
            Racer r = Racer.of(rules.get(i % rules.size()), i);
            out.add(i < rules.size() ? r : r.with(Hyperparameter.LEARNING_RATE, 0.025));
        }
        return out;
    }

    public void start() {
        vm.load(Scenario.defaults("wells").with(sim -> sim.withSteps(STEPS).withRacers(racers(racers))));
        vm.race().trajectoriesProperty().addListener((obs, was, now) -> {
            pathsArrived = System.nanoTime();
            paintsAtArrival = view.plot().paints();
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick();
                if (phase == Phase.DONE) {
                    stop();
                }
            }
        }.start();
    }

    /** Calls back with the time the previous pulse's frame finished rendering (or now, without a probe). */
    private void afterLastFrame(LongConsumer done) {
        if (renderTimes) {
            RenderThread.afterRendering(() -> done.accept(System.nanoTime()));
        } else {
            done.accept(System.nanoTime());
        }
    }

    private void tick() {
        switch (phase) {
            case WAIT -> {
                boolean ready = vm.viewport().contourProperty().get() != null && !Deferred.pending()
                        && !vm.viewport().computingProperty().get()
                        && !vm.race().trajectoriesProperty().get().isEmpty()
                        && vm.race().trajectoriesProperty().get().get(0).lastStep() > 0;
                quiet = ready ? quiet + 1 : 0;
                if (quiet == 30) {
                    play();
                }
            }
            case PLAY -> {
                afterLastFrame(t -> frameEnds[frameCount++ & (frameEnds.length - 1)] = t);
                if (!vm.playback().playingProperty().get()) {
                    playFrames[round] = intervals();
                    for (int kind = 0; kind < 3; kind++) {
                        work[round][kind] = view.stats().sortedWork(kind);
                    }
                    baseEps = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
                    vm.playback().setStep(STEPS);
                    phase = Phase.SLIDER;
                }
            }
            case SLIDER -> slider();
            case TURN -> turn();
            default -> {
            }
        }
    }

    private void play() {
        vm.playback().speedProperty().set(250);
        vm.playback().reset();
        view.stats().clear();
        frameCount = 0;
        moves = 0;
        vm.playback().play();
        phase = Phase.PLAY;
    }

    /**
     * Records when the renderer is done with the frames before this pulse's, the one with the new paths: a job
     * queued after layout, before the pulse hands its frame over, runs then.
     */
    private void whenRendererFree(long started, long[] into, int index) {
        if (!renderTimes) {
            return;
        }
        javafx.scene.Scene scene = view.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                RenderThread.afterRendering(() -> into[index] = System.nanoTime() - started);
            }
        });
    }

    private long[] intervals() {
        int n = Math.min(frameCount, frameEnds.length) - 1;
        long[] out = new long[Math.max(0, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = frameEnds[i + 1] - frameEnds[i];
        }
        Arrays.sort(out);
        return out;
    }

    private void slider() {
        switch (move) {
            case SET -> {
                // Move the slider as a hand would, a little either side of the default, between two pulses as an
                // input event arrives; never to the value it has, which would compute and paint nothing.
                double eps = baseEps * (1 + 0.25 * Math.sin((moves + 1) * 0.7));
                pathsArrived = 0;
                changedAt = 0;
                move = Move.WAIT_PAINT;
                Platform.runLater(() -> {
                    changedAt = System.nanoTime();
                    vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, eps);
                });
            }
            case WAIT_PAINT -> {
                if (changedAt != 0 && pathsArrived >= changedAt && view.plot().paints() > paintsAtArrival) {
                    whenRendererFree(changedAt, renderFree[round], moves);
                    move = Move.WAIT_RENDER;
                }
            }
            case WAIT_RENDER -> {
                // The frame with the new paths was handed to the renderer at the end of the last pulse.
                long started = changedAt;
                int index = moves++;
                long[] into = latencies[round];
                afterLastFrame(t -> into[index] = t - started);
                move = Move.SET;
                if (moves == SLIDER_MOVES && round < ROUNDS - 1) {
                    round++;
                    vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, baseEps);
                    play();
                } else if (moves == SLIDER_MOVES) {
                    vm.look().view3dProperty().set(true);
                    phase = Phase.TURN;
                }
            }
            default -> throw new AssertionError(move);
        }
    }

    /**
     * The 3-D view dragged round: a 3-pixel drag 60 times a second, as a mouse sends them, for
     * {@link #TURN_SECONDS}, counting the frames the view shows, each painted on its worker from the
     * coarse mesh and copied to the screen on the FX thread; then released, and the frame from the full mesh.
     */
    private void turn() {
        var v = view.view3d();
        if (turnStarted == 0) {
            if (v.readyProperty().get() && v.settled()) {
                turnStarted = System.nanoTime();
                turnPaints = v.paints();
            }
            return;
        }
        long now = System.nanoTime();
        if (now - turnStarted < TURN_SECONDS * 1_000_000_000L) {
            if (now - lastDrag >= MOUSE_EVENT_NANOS) {
                lastDrag = now;
                v.dragBy(3, 0);
            }
            return;
        }
        if (turnFrames < 0) {
            turnFrames = v.paints() - turnPaints;
            turnElapsed = now - turnStarted;
            v.released();
            return;
        }
        if (!v.settled()) {
            return;
        }
        phase = Phase.DONE;
        afterLastFrame(t -> Platform.runLater(() -> {
            report();
            finish.accept(0);
        }));
    }

    private void report() {
        java.util.List<String> flags = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        System.out.printf("descent bench --ui: 1280x800, wells, " + racers + " racers x %d steps, prism.order=%s,"
                + " unthrottled pulses, JVM options %s, times taken when %s%n", STEPS,
                System.getProperty("prism.order", "default"), flags.isEmpty() ? "none" : String.join(" ", flags),
                renderTimes ? "the renderer has finished a frame" : "the next pulse starts (no render probe)");
        report(0, "just after start");
        report(ROUNDS - 1, "warm");
        double seconds = turnElapsed / 1e9;
        System.out.printf(" 3-D view dragged round for %.1f s: %d frames shown, %.1f frames per second%n", seconds,
                turnFrames, turnFrames / seconds);
    }

    private void report(int r, String what) {
        long[] frames = playFrames[r];
        long[] lat = latencies[r].clone();
        Arrays.sort(lat);
        System.out.printf(" round %d of %d, %s:%n", r + 1, ROUNDS, what);
        System.out.printf("  playing:         %d frames, frame time p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                frames.length, ms(percentile(frames, 0.5)), ms(percentile(frames, 0.95)),
                ms(frames.length == 0 ? 0 : frames[frames.length - 1]));
        String[] names = {"advance and table", "plot painting", "chart painting"};
        for (int kind = 0; kind < 3; kind++) {
            System.out.printf("    of which FX-thread %-18s p50 %.1f ms, p95 %.1f ms%n", names[kind],
                    ms(percentile(work[r][kind], 0.5)), ms(percentile(work[r][kind], 0.95)));
        }
        System.out.printf("  slider->repaint: %d moves, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", lat.length,
                ms(percentile(lat, 0.5)), ms(percentile(lat, 0.95)), ms(lat[lat.length - 1]));
        long[] first = Arrays.copyOf(latencies[r], FIRST_MOVES);
        Arrays.sort(first);
        System.out.printf("    of which the first %d moves     p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", FIRST_MOVES,
                ms(percentile(first, 0.5)), ms(percentile(first, 0.95)), ms(first[first.length - 1]));
        if (renderTimes) {
            long[] before = renderFree[r].clone();
            long[] rendering = new long[before.length];
            for (int i = 0; i < before.length; i++) {
                rendering[i] = latencies[r][i] - before[i];
            }
            Arrays.sort(before);
            Arrays.sort(rendering);
            System.out.printf("    of which up to the renderer       p50 %.1f ms, p95 %.1f ms%n",
                    ms(percentile(before, 0.5)), ms(percentile(before, 0.95)));
            System.out.printf("    of which rendering the new frame  p50 %.1f ms, p95 %.1f ms%n",
                    ms(percentile(rendering, 0.5)), ms(percentile(rendering, 0.95)));
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
