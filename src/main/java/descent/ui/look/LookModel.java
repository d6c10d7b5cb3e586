package descent.ui.look;

import descent.contour.ColorMap;
import descent.render.Camera;
import descent.render.Theme;
import descent.ui.look.Settings;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window looks, apart from the race: the light or dark theme, the colour map, the UI scale and the font
 * size that follows it and the window's size, and which side panels are open.
 */
public final class LookModel {

    /** The steps of the UI scale (Ctrl+plus, Ctrl+minus), from 80% to 200%; Ctrl+0 goes back to 100%. */
    public static final List<Double> UI_SCALES = List.of(0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0);
    /** The key of the UI scale in the settings. */
    public static final String UI_SCALE_KEY = "uiScale";

    private final ObjectProperty<ColorMap> colorMap = new SimpleObjectProperty<>(ColorMap.VIRIDIS);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper uiScale = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(15);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(true);
    private final BooleanProperty raceShown = new SimpleBooleanProperty(true);
    private final BooleanProperty landmarksShown = new SimpleBooleanProperty(true);
    private final BooleanProperty ghostShown = new SimpleBooleanProperty(true);
    private final BooleanProperty fieldShown = new SimpleBooleanProperty(false);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final BooleanProperty view3d = new SimpleBooleanProperty(false);
    private final ObjectProperty<Camera> camera = new SimpleObjectProperty<>(Camera.DEFAULT);
    private final ReadOnlyDoubleWrapper presenterFont = new ReadOnlyDoubleWrapper(0);
    private final Settings settings;
    private double windowWidth = 1280;
    private double windowHeight = 800;

    /** @param settings where the UI scale is remembered between runs */
    public LookModel(Settings settings) {
        this.settings = settings;
        uiScale.set(nearestScale(settings.get(UI_SCALE_KEY, 1)));
        updateFontSize();
        presenter.addListener((obs, was, now) -> updatePresenterFont());
    }

    // Properties

    public ObjectProperty<ColorMap> colorMapProperty() {
        return colorMap;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The theme the plot, the chart and the table draw in: dark when {@link #darkProperty} is set. */
    public Theme theme() {
        return dark.get() ? Theme.DARK : Theme.LIGHT;
    }

    /**
     * How much larger than usual the user wants the window's text, its plot's text, lines and markers drawn: one of
     * {@link #UI_SCALES}, remembered between runs.
     */
    public ReadOnlyDoubleProperty uiScaleProperty() {
        return uiScale.getReadOnlyProperty();
    }

    public double uiScale() {
        return uiScale.get();
    }

    /**
     * The font size of the window's controls, in pixels: {@link #baseFontSize} of the window's size times the UI
     * scale, so that the side panels' text grows on a large screen and with Ctrl+plus.
     */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public double fontSize() {
        return fontSize.get();
    }

    /** Whether the left panel (the surface, the hyperparameters, noise and the start) is open. */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** Whether the right panel (the race table and the loss chart) is open. */
    public BooleanProperty raceShownProperty() {
        return raceShown;
    }

    /** Whether the plot marks the surface's minima (★) and saddle points (×). */
    public BooleanProperty landmarksShownProperty() {
        return landmarksShown;
    }

    /** Whether the plot shows, faintly, the paths from before the last change. */
    public BooleanProperty ghostShownProperty() {
        return ghostShown;
    }

    /** Whether the plot shows a field of −∇f arrows. */
    public BooleanProperty fieldShownProperty() {
        return fieldShown;
    }

    /** Whether the plot shows the surface in 3-D, seen by {@link #cameraProperty}, rather than from above. */
    public BooleanProperty view3dProperty() {
        return view3d;
    }

    /** Where the 3-D view looks from; never null. */
    public ObjectProperty<Camera> cameraProperty() {
        return camera;
    }

    /**
     * Whether the window is in presenter mode: the plot alone, full screen, with the lesson's title and text as a
     * caption, and text large enough for the back of a lecture hall.
     */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    // Commands

    /** One step larger on {@link #UI_SCALES}, up to 200%. */
    public void scaleUp() {
        int i = UI_SCALES.indexOf(uiScale.get());
        setUiScale(UI_SCALES.get(Math.min(UI_SCALES.size() - 1, i + 1)));
    }

    /** One step smaller on {@link #UI_SCALES}, down to 80%. */
    public void scaleDown() {
        int i = UI_SCALES.indexOf(uiScale.get());
        setUiScale(UI_SCALES.get(Math.max(0, i - 1)));
    }

    /** Back to 100%. */
    public void resetScale() {
        setUiScale(1);
    }

    private void setUiScale(double scale) {
        if (scale == uiScale.get()) {
            return;
        }
        uiScale.set(scale);
        settings.put(UI_SCALE_KEY, scale);
        updateFontSize();
    }

    private static double nearestScale(double scale) {
        double best = 1;
        for (double s : UI_SCALES) {
            if (Math.abs(s - scale) < Math.abs(best - scale)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * The controls' font size at 100% in a window of this size: 15 pixels at 1280x800, growing with the window up to
     * 20 pixels (reached at 1920x1080, where a projected side panel at 15 pixels is hard to read from the back), and
     * 14 at the least, in whole pixels.
     */
    public static double baseFontSize(double width, double height) {
        return Math.round(Math.max(14, Math.min(20, 15 * Math.min(width / 1280, height / 800))));
    }

    /** Tells the model the size of the window's content, in pixels: the controls' font size follows it. */
    public void setWindowSize(double width, double height) {
        if (width < 1 || height < 1) {
            return;
        }
        windowWidth = width;
        windowHeight = height;
        updateFontSize();
        updatePresenterFont();
    }

    /**
     * The plot's least base font in presenter mode, in pixels, 2.7% of the window's height: the smallest text on the
     * plot (tick and colour-bar labels, at 0.85 of it) is 24 pixels or more on a 1920x1080 projector. Zero outside
     * presenter mode.
     */
    public ReadOnlyDoubleProperty presenterFontProperty() {
        return presenterFont.getReadOnlyProperty();
    }

    /** The presenter's plot font, as a share of the window's height. */
    public static final double PRESENTER_FONT = 0.027;

    private void updatePresenterFont() {
        presenterFont.set(presenter.get() ? Math.round(PRESENTER_FONT * windowHeight) : 0);
    }

    private void updateFontSize() {
        fontSize.set(Math.round(baseFontSize(windowWidth, windowHeight) * uiScale.get()));
    }
}
