package descent.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import descent.cli.WindowRequest;
import descent.contour.ColorMap;
import descent.export.AtomicFile;
import descent.lesson.Lessons;
import descent.scenario.Scenario;
import descent.ui.MainView;
import descent.ui.MainViewModel;
import descent.ui.bench.StartClock;
import descent.ui.bench.UiBenchmark;
import descent.ui.bench.WarmUp;
import descent.ui.controls.Formulas;
import descent.ui.look.Settings;
import descent.ui.util.Deferred;
import descent.ui.util.FirstFrame;
import descent.ui.util.Workers;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** The JavaFX application: one window with the plot, the controls and the race. */
public final class DescentApp extends Application {

    private static volatile WindowRequest request;
    private static volatile boolean benchmark;
    private static volatile int racers = 8;
    private static volatile int exitCode;

    private ExecutorService worker;
    private MainView view;

    /** Sets what the next launch opens, before {@link Application#launch}. */
    public static void prepare(WindowRequest r, boolean runBenchmark) {
        prepare(r, runBenchmark, 8);
    }

    /** Sets what the next launch opens, a benchmark of {@code benchmarkRacers} racers among it. */
    public static void prepare(WindowRequest r, boolean runBenchmark, int benchmarkRacers) {
        request = r;
        benchmark = runBenchmark;
        racers = benchmarkRacers;
        // A frame of a playing race changes a dozen small areas apart from each other: the heads, the trails'
        // tiles, the title, the counter and the scrubber, the race table's steps. JavaFX keeps six dirty regions
        // and merges the rest into large ones across the plot (twice the pixels repainted per frame, by the pulse
        // logger); fifteen keep them apart. Read when the toolkit starts, so set before launch.
        if (System.getProperty("prism.dirtyregioncount") == null) {
            System.setProperty("prism.dirtyregioncount", "15");
        }
    }

    /** The exit code of a screenshot or benchmark run, once the application has stopped. */
    public static int exitCode() {
        return exitCode;
    }

    /** The scenario the window opens on when the command line names none: the wells, all eight optimizers. */
    public static Scenario firstLesson() {
        return Scenario.defaults("wells");
    }

    /** Applies the light or dark AtlantaFX theme to the whole application. */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(themeStylesheet(dark));
    }

    /**
     * The light or dark AtlantaFX theme's style sheet, as a resource path: the binary form, read in a fraction of the
     * time the text takes to parse.
     */
    static String themeStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /**
     * A view-model that computes on a background thread and publishes on the FX thread, remembering the UI scale in
     * {@code settings}.
     */
    static MainViewModel newViewModel(Scenario s, ExecutorService worker, Settings settings) {
        return new MainViewModel(s, worker, Platform::runLater, settings);
    }

    /** A single daemon thread for trajectories and contours, which sample in parallel themselves. */
    public static ExecutorService newWorker() {
        return Workers.newWorker("descent-worker");
    }

    @Override
    public void start(Stage stage) {
        StartClock.mark("toolkit started");
        WindowRequest r = request;
        Scenario s = r == null ? firstLesson() : r.scenario();
        worker = newWorker();
        // A screenshot or a benchmark shows the window as it comes, whatever scale the user chose for theirs.
        boolean reproducible = benchmark || r != null && r.screenshot() != null;
        MainViewModel vm = newViewModel(s, worker, reproducible ? Settings.inMemory() : Settings.user());
        if (r != null) {
            vm.look().darkProperty().set(r.dark());
            vm.look().colorMapProperty().set(ColorMap.byKey(r.colorMap()));
            if (r.lesson() != null) {
                vm.lessons().open(r.lesson());
            }
            vm.playback().setStep(r.step());
            if (r.inspected() >= 0) {
                vm.inspector().inspect(r.inspected());
            }
            if (r.camera() != null) {
                vm.look().cameraProperty().set(r.camera());
                vm.look().view3dProperty().set(true);
            }
        }
        // A screenshot is of the window's own size: presenter mode's layout without filling the screen.
        if (r != null && r.presenter() && r.screenshot() != null) {
            vm.look().presenterProperty().set(true);
        }
        StartClock.mark("view-model");
        applyTheme(vm.look().darkProperty().get());
        vm.look().darkProperty().addListener((obs, was, now) -> applyTheme(now));
        StartClock.mark("theme");
        // Tooltips, typeset formulas and the lessons' menu wait for the first frame.
        Deferred.hold();
        view = new MainView(vm);
        StartClock.mark("view");
        double w = r == null ? 1280 : r.width();
        double h = r == null ? 800 : r.height();
        boolean onScreen = r == null || r.screenshot() == null;
        // A window larger than the screen opens with its edges off it (at 1024x640 the controls' sliders and the
        // race table's columns): a window on screen takes at most the screen's free area. A snapshot keeps its size.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (onScreen) {
            w = Math.min(w, screen.getWidth());
            h = Math.min(h, screen.getHeight());
        }
        Scene scene = MainView.scene(view, w, h);
        stage.setScene(scene);
        stage.setTitle("Descent: optimizers on a loss surface");
        stage.setMinWidth(Math.min(900, w));
        stage.setMinHeight(Math.min(560, h));
        stage.show();
        StartClock.mark("stage shown");
        vm.viewport().contourProperty().addListener((obs, was, now) -> StartClock.mark("contour in, grid step "
                + (now == null ? 0 : now.gridStep())));
        FirstFrame.then(() -> painted(vm), drawn -> {
            StartClock.firstFrame(drawn);
            afterFirstFrame(stage);
        });
        // Presenter mode fills the screen: a stage shown already.
        if (r != null && r.presenter() && r.screenshot() == null) {
            vm.look().presenterProperty().set(true);
        }
        if (r != null && r.explore() != null) {
            view.explore().open(r.explore());
        }
        if (benchmark) {
            new UiBenchmark(vm, view, racers, this::finish).start();
        } else if (r != null && r.screenshot() != null) {
            whenReady(vm, () -> saveScreenshot(scene, r));
        }
    }

    /**
     * What the first frame did not wait for: on the worker, behind the contours, what makes the deferred work slow
     * the first time (JLaTeXMath's fonts, the lessons' JSON); then that work, a slice at each pulse; then the window's
     * icon and the warm-up.
     */
    private void afterFirstFrame(Stage stage) {
        view.bringPanels();
        worker.execute(() -> {
            Formulas.prepare();
            Lessons.all();
            StartClock.mark("formulas and lessons loaded");
            Platform.runLater(Deferred::release);
        });
        worker.execute(() -> {
            List<WritableImage> icons = List.of(fxImage(AppIcon.paint(32)), fxImage(AppIcon.paint(64)));
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
        worker.execute(new WarmUp(firstLesson()));
    }

    /** A JavaFX image of the same pixels. */
    private static WritableImage fxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return out;
    }

    /** Whether the plot has painted a contour, coarse or fine, and the paths, in this pulse or before. */
    private boolean painted(MainViewModel vm) {
        // The 3-D view stands in the plot's place when the window opens in 3-D, and the plot then never paints.
        long paints = vm.look().view3dProperty().get() ? view.view3d().paints() : view.plot().paints();
        return paints > 0 && vm.viewport().contourProperty().get() != null
                && (vm.scenario().simulation().shownRacers().isEmpty() || !vm.race().trajectories().isEmpty());
    }

    /**
     * Runs the action once the fine contour and the trajectories are in and have been painted, and the work deferred
     * after the first frame is done.
     */
    private void whenReady(MainViewModel vm, Runnable action) {
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                boolean ready = vm.viewport().contourProperty().get() != null && !Deferred.pending() && view.panelsIn()
                        && !vm.viewport().computingProperty().get()
                        && (vm.scenario().simulation().shownRacers().isEmpty() || !vm.race().trajectories().isEmpty())
                        && (!vm.look().view3dProperty().get() || view.view3d().settled());
                settled = ready ? settled + 1 : 0;
                // A few quiet pulses after everything arrived, so that the last paint has been rendered.
                if (settled == 4) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private void saveScreenshot(Scene scene, WindowRequest r) {
        try {
            WritableImage img = scene.snapshot(null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int[] argb = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            out.setRGB(0, 0, w, h, argb, 0, w);
            AtomicFile.write(r.screenshot(), stream -> ImageIO.write(out, "png", stream));
            System.err.println("descent: saved " + r.screenshot() + " (" + w + "x" + h + ")");
            finish(0);
        } catch (Exception e) {
            System.err.println("descent: could not save the screenshot: " + e.getMessage());
            finish(1);
        }
    }

    private void finish(int code) {
        exitCode = code;
        Platform.exit();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.dispose();
        }
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
