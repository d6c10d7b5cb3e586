package descent.ui;

import descent.render.Extras;
import descent.render.Frame;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.ui.inspect.InspectorModel;
import descent.ui.lesson.LessonModel;
import descent.ui.look.LookModel;
import descent.ui.look.Settings;
import descent.ui.plot.ViewportModel;
import descent.ui.race.History;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import descent.ui.race.TableModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The window's state, by role: the race (scenario, trajectories and the commands that change them), its playback,
 * the race table's rows, the plot's viewport (layout, contour, pan and zoom) and the look (theme, colours, UI
 * scale). Controls bind to the role that holds what they show; this puts them together and draws the frame from
 * them. None of them touches a node.
 */
public final class MainViewModel {

    private final LookModel look;
    private final RaceModel race;
    private final PlaybackModel playback;
    private final TableModel table;
    private final ViewportModel viewport;
    private final History history;
    private final LessonModel lessons;
    private final InspectorModel inspector;

    /**
     * A view-model that remembers nothing between runs: its UI scale starts at 100%.
     *
     * @param worker    where trajectories and contours are computed
     * @param publisher where results are handed back: the FX thread
     */
    public MainViewModel(Scenario initial, Executor worker, Executor publisher) {
        this(initial, worker, publisher, Settings.inMemory());
    }

    /**
     * @param worker    where trajectories and contours are computed
     * @param publisher where results are handed back: the FX thread
     * @param settings  where the UI scale is remembered between runs
     */
    public MainViewModel(Scenario initial, Executor worker, Executor publisher, Settings settings) {
        look = new LookModel(settings);
        race = new RaceModel(initial, worker, publisher);
        playback = new PlaybackModel(race);
        table = new TableModel(race, playback);
        viewport = new ViewportModel(race, look, worker, publisher);
        history = new History(race, System::nanoTime);
        lessons = new LessonModel(race, playback, settings);
        inspector = new InspectorModel(race, playback, worker, publisher);
    }

    public LookModel look() {
        return look;
    }

    public RaceModel race() {
        return race;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public TableModel table() {
        return table;
    }

    public ViewportModel viewport() {
        return viewport;
    }

    public History history() {
        return history;
    }

    public LessonModel lessons() {
        return lessons;
    }

    public InspectorModel inspector() {
        return inspector;
    }

    /** The scenario shown, for short. */
    public Scenario scenario() {
        return race.scenario();
    }

    /** The frame to draw now: the race's paths up to the step shown, laid out and coloured as the window is. */
    public Frame frame() {
        Scenario s = race.scenario();
        Extras extras = new Extras(
                look.landmarksShownProperty().get() ? s.surface().landmarks() : List.of(),
                look.ghostShownProperty().get() ? ghosts(s) : List.of(),
                look.fieldShownProperty().get() ? s.surface() : null);
        return new Frame(s.surfaceName(), viewport.contourProperty().get(), viewport.layout(),
                Tracks.of(s.simulation(), race.trajectories()), playback.step(), race.totalSteps(),
                s.simulation().start(), look.theme(), extras);
    }

    /** The ghosts of the racers still shown: a racer hidden since takes its ghost with it. */
    private List<descent.render.Track> ghosts(Scenario s) {
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        s.simulation().shownRacers().forEach(r -> shown.add(r.slot()));
        return Tracks.of(s.simulation(), race.ghostsProperty().get()).stream().filter(t -> shown.contains(t.slot()))
                .toList();
    }

    /** Called once per frame with the time elapsed since the last: moves a playing race on, then the table. */
    public void advance(double seconds) {
        playback.advance(seconds);
        table.advance(seconds);
    }

    /** Replaces the whole scenario, as when one is opened from a file or a lesson, paused at the step shown. */
    public void load(Scenario s) {
        playback.pause();
        race.load(s);
    }
}
