package descent.ui.race;

import descent.render.LossAxis;
import descent.render.LossChartPainter;
import descent.render.Track;
import descent.render.Tracks;
import descent.sim.Trajectory;
import descent.ui.look.LookModel;
import descent.ui.util.FxDrawing;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * Loss against step for every racer shown, on the loss axis, in the plot's colours, with the steps where paths ended
 * and the spread of many starts; its tooltip says how to read them.
 */
public final class LossChart extends Pane {

    private final RaceModel race;
    private final PlaybackModel playback;
    private final TableModel table;
    private final LookModel look;
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private long lastPaint;
    private LossAxis axis;
    private List<Trajectory> axisFor;

    public LossChart(RaceModel race, PlaybackModel playback, TableModel table, LookModel look) {
        this.race = race;
        this.playback = playback;
        this.table = table;
        this.look = look;
        setId("loss-chart");
        getChildren().add(canvas);
        descent.ui.util.Tips.install(this, "Loss against step for every racer shown."
                + " A cross marks where a path diverged or escaped, with the step that ended it (on the chart's edge"
                + " when its loss is off the scale). For a racer with many starts, the band holds the middle 80% of"
                + " their losses (from the 10% to the 90% quantile), the dotted line their median; a start that"
                + " escaped counts as below every loss, one that diverged as above.");
        minHeightProperty().bind(look.fontSizeProperty().multiply(9));
        prefHeightProperty().bind(look.fontSizeProperty().multiply(17));
        race.trajectoriesProperty().addListener((obs, was, now) -> dirty = true);
        playback.stepProperty().addListener((obs, was, now) -> dirty = true);
        look.darkProperty().addListener((obs, was, now) -> dirty = true);
        look.fontSizeProperty().addListener((obs, was, now) -> dirty = true);
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
    public void paintIfNeeded(long now) {
        long wait = playback.isPlaying() || table.pathsSettling() ? 500_000_000L : 250_000_000L;
        if (!dirty || canvas.getWidth() < 10 || canvas.getHeight() < 10 || now - lastPaint < wait) {
            return;
        }
        lastPaint = now;
        descent.scenario.Scenario s = race.scenario();
        List<Trajectory> paths = race.trajectories();
        List<Track> tracks = Tracks.of(s.simulation(), paths);
        // The axis follows the paths, not the step: it stays put while the race plays.
        if (axisFor != paths) {
            axis = LossAxis.of(s.surface(), s.view(), paths);
            axisFor = paths;
        }
        LossChartPainter.paint(new FxDrawing(canvas.getGraphicsContext2D()), tracks, axis, playback.step(),
                race.totalSteps(), canvas.getWidth(), canvas.getHeight(), look.theme(),
                Math.round(look.fontSize() * 14 / 15));
        dirty = false;
    }
}
