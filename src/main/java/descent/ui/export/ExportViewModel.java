package descent.ui.export;

import descent.contour.ColorMap;
import descent.export.Exporter;
import descent.export.Exporter.Format;
import descent.export.Exporter.Plan;
import descent.export.Exporter.VideoBackend;
import descent.export.OutputException;
import descent.render.Theme;
import descent.scenario.Scenario;
import descent.ui.race.RaceModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The export dialog's state and commands: what to write (format, size, frame rate, steps per frame, range of
 * steps, file), and the running export's progress, time left and outcome. The export runs on a background
 * executor; progress comes back through the publisher, so the window stays responsive, and it can be cancelled.
 */
public final class ExportViewModel {

    private final Executor worker;
    private final Executor publisher;
    private final Scenario scenario;
    private final ColorMap colorMap;
    private final Theme theme;

    // Properties
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.GIF);
    private final IntegerProperty width = new SimpleIntegerProperty(800);
    private final IntegerProperty height = new SimpleIntegerProperty(600);
    private final IntegerProperty fps = new SimpleIntegerProperty(20);
    private final IntegerProperty stepsPerFrame = new SimpleIntegerProperty(1);
    private final IntegerProperty firstStep = new SimpleIntegerProperty(0);
    private final IntegerProperty lastStep = new SimpleIntegerProperty();
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty saveScenario = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param current the window's scenario, colours and step at the moment the dialog opens
     */
    public ExportViewModel(Scenario current, ColorMap colorMap, Theme theme, int currentStep, Path folder,
            Executor worker, Executor publisher) {
        this.scenario = current;
        this.colorMap = colorMap;
        this.theme = theme;
        this.worker = worker;
        this.publisher = publisher;
        lastStep.set(current.simulation().steps());
        step.set(currentStep);
        file.set(folder.resolve("descent-" + current.surfaceName() + ".gif"));
        format.addListener((obs, was, now) -> {
            Path f = file.get();
            if (f != null) {
                file.set(f.resolveSibling(Exporter.stem(f) + extension(now)));
            }
        });
    }

    public static String extension(Format f) {
        return switch (f) {
            case GIF -> ".gif";
            case MP4 -> ".mp4";
            case PNG -> ".png";
            case PNG_SEQUENCE -> "-%04d.png";
            case SVG -> ".svg";
            case CSV -> ".csv";
        };
    }

    // Properties

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty fpsProperty() {
        return fps;
    }

    public IntegerProperty stepsPerFrameProperty() {
        return stepsPerFrame;
    }

    /** The first step the animation shows. */
    public IntegerProperty firstStepProperty() {
        return firstStep;
    }

    /** The last step the animation shows. */
    public IntegerProperty lastStepProperty() {
        return lastStep;
    }

    /** The step a single frame (PNG, SVG) shows. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty saveScenarioProperty() {
        return saveScenario;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while an export runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, or what happened: "120 of 200 frames, 1.4 s left", "Wrote ...", or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the last attempt failed or was refused (the status says why). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The number of frames the settings give. */
    public int frames() {
        int span = Math.max(0, lastStep.get() - firstStep.get());
        return span / Math.max(1, stepsPerFrame.get()) + 1;
    }

    // Commands

    /** Checks the settings and starts the export; refused settings give a message and start nothing. */
    public Optional<String> start() {
        if (running.get()) {
            return Optional.of("an export is already running");
        }
        Optional<String> refused = check();
        if (refused.isPresent()) {
            failed.set(true);
            status.set(refused.get());
            return refused;
        }
        Format f = format.get();
        int last = lastStep.get();
        int spf = stepsPerFrame.get();
        int lastShown = firstStep.get() + (last - firstStep.get()) / spf * spf;
        Plan plan = new Plan(firstStep.get(), lastShown, frames());
        Scenario s = scenario.with(sim -> sim.withSteps(Math.max(last, step.get())));
        Exporter.Request request = new Exporter.Request(s, file.get(), f, width.get(), height.get(), fps.get(),
                plan, step.get(), colorMap, theme, saveScenario.get(), VideoBackend.AUTO);
        cancelRequested.set(false);
        running.set(true);
        failed.set(false);
        progress.set(0);
        status.set("Preparing…");
        long started = System.nanoTime();
        worker.execute(() -> run(request, started));
        return Optional.empty();
    }

    private void run(Exporter.Request request, long started) {
        Exporter.Progress watch = new Exporter.Progress() {
            private long shown;

            @Override
            public void update(int done, int total) {
                long now = System.nanoTime();
                if (now - shown < 50_000_000L && done < total) {
                    return;
                }
                shown = now;
                double left = Exporter.secondsLeft(started, done, total);
                String text = String.format("%d of %d frames, %.1f s left", done, total, left);
                publisher.execute(() -> {
                    progress.set((double) done / total);
                    status.set(text);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
        String outcome;
        boolean ok = false;
        try {
            Exporter.Result result = Exporter.export(request, watch);
            outcome = String.format("Wrote %s in %.1f s%s", result.files().size() == 1 ? result.files().get(0)
                    : result.files().size() + " files", (System.nanoTime() - started) / 1e9,
                    result.encoder().isEmpty() ? "" : " (" + result.encoder() + ")");
            ok = true;
        } catch (CancellationException e) {
            outcome = "Cancelled: no file was written.";
        } catch (OutputException e) {
            outcome = "Could not write: " + e.getMessage();
        } catch (Exception | OutOfMemoryError e) {
            outcome = "Could not write: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
        String text = outcome;
        boolean success = ok;
        publisher.execute(() -> {
            running.set(false);
            failed.set(!success);
            progress.set(success ? 1 : 0);
            status.set(text);
        });
    }

    /** Asks a running export to stop; it removes what it had written. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private Optional<String> check() {
        Format f = format.get();
        if (file.get() == null) {
            return Optional.of("Choose a file to write.");
        }
        try {
            Format named = Format.of(file.get());
            if (named != f) {
                return Optional.of("The file name should end in " + extension(f) + " for this format.");
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("The file name should end in " + extension(f) + ".");
        }
        if (width.get() < 16 || width.get() > 7680 || height.get() < 16 || height.get() > 7680) {
            return Optional.of("Width and height must be from 16 to 7680 pixels.");
        }
        if (f == Format.MP4 && (width.get() % 2 != 0 || height.get() % 2 != 0)) {
            return Optional.of("MP4 needs an even width and height.");
        }
        if (fps.get() < 1 || fps.get() > 100) {
            return Optional.of("The frame rate must be from 1 to 100 frames per second.");
        }
        if (stepsPerFrame.get() < 1) {
            return Optional.of("Steps per frame must be at least 1.");
        }
        if (firstStep.get() < 0 || lastStep.get() < firstStep.get() || lastStep.get() > RaceModel.MAX_STEPS) {
            return Optional.of("The range must run from a step to a later one, up to " + RaceModel.MAX_STEPS
                    + ".");
        }
        if (step.get() < 0 || step.get() > RaceModel.MAX_STEPS) {
            return Optional.of("The step must be from 0 to " + RaceModel.MAX_STEPS + ".");
        }
        if (f.animated() && frames() > 100_000) {
            return Optional.of("That is more than 100000 frames: take more steps per frame.");
        }
        try {
            Exporter.checkWritable(file.get(), f);
        } catch (OutputException e) {
            return Optional.of("Cannot write there: " + e.getMessage() + ".");
        }
        return Optional.empty();
    }
}
