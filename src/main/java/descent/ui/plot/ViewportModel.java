package descent.ui.plot;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.render.FrameLayout;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.Surface;
import descent.surface.ViewBox;
import descent.ui.look.LookModel;
import descent.ui.race.RaceModel;
import descent.ui.util.LatestOnly;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The plot's viewport: how the frame is laid out on the canvas (with the legend and the UI scale), the contour
 * of the part of the plane shown, computed off the FX thread coarse first and fine after, newest request first, and
 * the commands that pan and zoom.
 */
public final class ViewportModel {

    private final RaceModel race;
    private final LookModel look;
    private final LatestOnly<ContourPlot> contourJob;
    private final ReadOnlyObjectWrapper<ContourPlot> contour = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FrameLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private double canvasWidth = 800;
    private double canvasHeight = 600;
    private Object contourKey;

    /**
     * @param worker    where contours are computed
     * @param publisher where they are handed back: the FX thread
     */
    public ViewportModel(RaceModel race, LookModel look, Executor worker, Executor publisher) {
        this.race = race;
        this.look = look;
        this.contourJob = new LatestOnly<>(worker, publisher, e -> {
            computing.set(false);
            race.report(e instanceof OutOfMemoryError ? "Out of memory while drawing the contour."
                    : "Could not draw the contour: " + e.getMessage());
        });
        race.scenarioProperty().addListener((obs, was, now) -> {
            if (was == null || !was.view().equals(now.view()) || !was.surface().equals(now.surface())
                    || !legendLabels(was).equals(legendLabels(now))) {
                updateLayout();
            }
        });
        look.uiScaleProperty().addListener((obs, was, now) -> updateLayout());
        look.presenterFontProperty().addListener((obs, was, now) -> updateLayout());
        look.colorMapProperty().addListener((obs, was, now) -> requestContour());
        updateLayout();
    }

    // Properties

    public ReadOnlyObjectProperty<ContourPlot> contourProperty() {
        return contour.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FrameLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public FrameLayout layout() {
        return layout.get();
    }

    /** Whether a finer contour is still being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    // Commands

    /** Tells the viewport the size of the plot's canvas, in pixels. */
    public void setCanvasSize(double width, double height) {
        if (width == canvasWidth && height == canvasHeight || width < 1 || height < 1) {
            return;
        }
        canvasWidth = width;
        canvasHeight = height;
        updateLayout();
    }

    /** Zooms by {@code factor} (below 1 zooms in) about the point (x, y) of the plane, which stays put. */
    public void zoom(double factor, double x, double y) {
        ViewBox v;
        try {
            v = race.scenario().view().zoom(factor, x, y);
        } catch (IllegalArgumentException e) {
            // A box too small for the doubles to tell its pixels apart: zoomed in as far as it goes.
            return;
        }
        if (v.width() < 1e-6 || v.width() > 1e6 || v.height() < 1e-6 || v.height() > 1e6) {
            return;
        }
        race.setView(v);
    }

    /** Moves the view by (dx, dy) in the plane's units. */
    public void pan(double dx, double dy) {
        try {
            race.setView(race.scenario().view().pan(dx, dy));
        } catch (IllegalArgumentException e) {
            // Panned so far out that the box's pixels no longer differ: it stays where it was.
        }
    }

    /** Back to the surface's default view. */
    public void resetView() {
        race.setView(race.scenario().surface().defaults().view());
    }

    /**
     * The plot's base font: the export's for the canvas's size, times the UI scale; in presenter mode at least
     * {@link LookModel#presenterFontProperty}.
     */
    private double font() {
        return Math.max(FrameLayout.fontFor(canvasWidth, canvasHeight) * look.uiScale(),
                look.presenterFontProperty().get());
    }

    /** What the legend lists for a scenario: it decides the legend's size, and with it the plot's. */
    private static List<String> legendLabels(Scenario s) {
        Simulation sim = s.simulation();
        Map<Racer, String> labels = Tracks.labels(sim.racers());
        return sim.shownRacers().stream().map(labels::get).toList();
    }

    private void updateLayout() {
        Scenario s = race.scenario();
        layout.set(FrameLayout.compute(canvasWidth, canvasHeight, s.view(), legendLabels(s), font()));
        requestContour();
    }

    private void requestContour() {
        FrameLayout l = layout.get();
        Surface surface = race.scenario().surface();
        ColorMap map = look.colorMapProperty().get();
        int w = l.imageWidth();
        int h = l.imageHeight();
        ViewBox box = l.box();
        Object key = List.of(surface, box, w, h, map);
        if (key.equals(contourKey)) {
            return;
        }
        contourKey = key;
        computing.set(true);
        contourJob.submit((cancelled, publish) -> {
            // A coarse picture first, so that panning and zooming answer at once; then the fine one.
            publish.accept(ContourPlot.compute(surface, box, w, h, 8, map, cancelled));
            // The minima and saddles the plot marks, found here rather than by the first frame on the FX thread.
            surface.landmarks();
            publish.accept(ContourPlot.compute(surface, box, w, h, ContourPlot.FINE_STEP, map, cancelled));
        }, plot -> {
            contour.set(plot);
            computing.set(plot.gridStep() != ContourPlot.FINE_STEP);
        });
    }
}
