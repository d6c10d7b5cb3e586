package descent.ui;

import descent.optim.Hyperparameter;
import descent.scenario.Scenario;
import java.util.Arrays;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@code descent bench --ui}: opens the window at 1280x800 on the wells with all eight optimizers and 2,000 steps,
 * plays the race through and records the time between frames, then moves the ε slider 60 times and records the
 * time from each change to the end of the frame that shows the new paths. Pulses run unthrottled, so a frame takes
 * as long as its work and its rendering; results go to standard output.
 */
final class UiBenchmark {

    private static final int STEPS = 2000;
    private static final int SLIDER_MOVES = 60;

    private enum Phase { WAIT, PLAY, SLIDER, DONE }

    private final MainViewModel vm;
    private final MainView view;
    private final IntConsumer finish;
    private Phase phase = Phase.WAIT;
    private int quiet;
    private long[] playIntervals;
    private final long[][] work = new long[3][];
    private final long[] latencies = new long[SLIDER_MOVES];
    private int moves;
    private Move move = Move.SET;
    private long changedAt;
    private long pathsArrived;
    private long paintsAtArrival;
    private double baseEps;

    /** Where one slider move stands. */
    private enum Move { SET, WAIT_PAINT, WAIT_RENDER }

    UiBenchmark(MainViewModel vm, MainView view, IntConsumer finish) {
        this.vm = vm;
        this.view = view;
        this.finish = finish;
    }

    void start() {
        vm.load(Scenario.defaults("wells").with(sim -> sim.withSteps(STEPS)));
        vm.trajectoriesProperty().addListener((obs, was, now) -> {
            pathsArrived = System.nanoTime();
            paintsAtArrival = view.plot().paints();
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
                if (phase == Phase.DONE) {
                    stop();
                }
            }
        }.start();
    }

    private void tick(long now) {
        switch (phase) {
            case WAIT -> {
                boolean ready = vm.contourProperty().get() != null && !vm.computingProperty().get()
                        && !vm.trajectoriesProperty().get().isEmpty()
                        && vm.trajectoriesProperty().get().get(0).lastStep() > 0;
                quiet = ready ? quiet + 1 : 0;
                if (quiet == 30) {
                    vm.speedProperty().set(250);
                    vm.reset();
                    view.stats().clear();
                    vm.play();
                    phase = Phase.PLAY;
                }
            }
            case PLAY -> {
                if (!vm.playingProperty().get()) {
                    playIntervals = view.stats().sortedIntervals();
                    for (int kind = 0; kind < 3; kind++) {
                        work[kind] = view.stats().sortedWork(kind);
                    }
                    baseEps = vm.hyperparameter(Hyperparameter.LEARNING_RATE);
                    vm.setStep(STEPS);
                    phase = Phase.SLIDER;
                    quiet = 0;
                }
            }
            case SLIDER -> slider();
            default -> {
            }
        }
    }

    private void slider() {
        switch (move) {
            case SET -> {
                // Move the slider as a hand would, a little either side of the default, between two pulses as an
                // input event arrives.
                double eps = baseEps * (1 + 0.25 * Math.sin(moves * 0.7));
                pathsArrived = 0;
                move = Move.WAIT_PAINT;
                Platform.runLater(() -> {
                    changedAt = System.nanoTime();
                    vm.setHyperparameter(Hyperparameter.LEARNING_RATE, eps);
                });
            }
            case WAIT_PAINT -> {
                if (changedAt != 0 && pathsArrived >= changedAt && view.plot().paints() > paintsAtArrival) {
                    move = Move.WAIT_RENDER;
                }
            }
            case WAIT_RENDER -> {
                // This pulse began after the frame with the new paths was rendered.
                latencies[moves++] = System.nanoTime() - changedAt;
                changedAt = 0;
                move = Move.SET;
                if (moves == SLIDER_MOVES) {
                    report();
                    phase = Phase.DONE;
                    finish.accept(0);
                }
            }
            default -> throw new AssertionError(move);
        }
    }

    private void report() {
        long[] lat = latencies.clone();
        Arrays.sort(lat);
        System.out.printf("descent bench --ui: 1280x800, wells, 8 optimizers x %d steps, prism.order=%s,"
                + " unthrottled pulses%n", STEPS, System.getProperty("prism.order", "default"));
        System.out.printf("  playing:        %d frames, frame time p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                playIntervals.length, ms(percentile(playIntervals, 0.5)), ms(percentile(playIntervals, 0.95)),
                ms(playIntervals.length == 0 ? 0 : playIntervals[playIntervals.length - 1]));
        String[] names = {"advance and table", "plot painting", "chart painting"};
        for (int kind = 0; kind < 3; kind++) {
            System.out.printf("    of which %-18s p50 %.1f ms, p95 %.1f ms%n", names[kind],
                    ms(percentile(work[kind], 0.5)), ms(percentile(work[kind], 0.95)));
        }
        System.out.printf("  slider->repaint: %d moves, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", lat.length,
                ms(percentile(lat, 0.5)), ms(percentile(lat, 0.95)), ms(lat[lat.length - 1]));
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
