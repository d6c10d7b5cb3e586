package descent.ui;

import descent.render.LossAxis;
import descent.render.LossChartPainter;
import descent.render.Track;
import descent.render.Tracks;
import descent.sim.Trajectory;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/** Loss against step for every optimizer shown, log scale, in the plot's colours. */
final class LossChart extends Pane {

    private final MainViewModel vm;
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private long lastPaint;
    private LossAxis axis;
    private List<Trajectory> axisFor;

    LossChart(MainViewModel vm) {
        this.vm = vm;
        setId("loss-chart");
        getChildren().add(canvas);
        minHeightProperty().bind(vm.fontSizeProperty().multiply(9));
        prefHeightProperty().bind(vm.fontSizeProperty().multiply(17));
        vm.trajectoriesProperty().addListener((obs, was, now) -> dirty = true);
        vm.stepProperty().addListener((obs, was, now) -> dirty = true);
        vm.darkProperty().addListener((obs, was, now) -> dirty = true);
        vm.fontSizeProperty().addListener((obs, was, now) -> dirty = true);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
            dirty = true;
        }
    }

    /**
     * Repaints if anything changed, four times a second at most, and twice while the race plays or the paths are
     * being dragged: the chart is for reading trends, and each repaint of its canvas costs a frame's worth of
     * software rendering.
     */
    void paintIfNeeded(long now) {
        long wait = vm.playingProperty().get() || vm.pathsSettling() ? 500_000_000L : 250_000_000L;
        if (!dirty || canvas.getWidth() < 10 || canvas.getHeight() < 10 || now - lastPaint < wait) {
            return;
        }
        lastPaint = now;
        descent.scenario.Scenario s = vm.scenario();
        List<Trajectory> paths = vm.trajectoriesProperty().get();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        // The axis follows the paths, not the step: it stays put while the race plays.
        if (axisFor != paths) {
            axis = LossAxis.of(s.surface(), s.view(), paths);
            axisFor = paths;
        }
        LossChartPainter.paint(new FxDrawing(canvas.getGraphicsContext2D()), tracks, axis, vm.step(),
                vm.totalSteps(), canvas.getWidth(), canvas.getHeight(), vm.theme(), Math.round(vm.fontSize() * 14 / 15));
        dirty = false;
    }
}
