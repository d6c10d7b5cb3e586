package descent.ui.lesson;

import descent.export.AtomicFile;
import descent.export.OutputException;
import descent.lesson.Lesson;
import descent.lesson.LessonJson;
import descent.lesson.Lessons;
import descent.scenario.Scenario;
import descent.scenario.ScenarioException;
import descent.scenario.ScenarioJson;
import descent.ui.look.Settings;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson the window shows, if any, and the files it opened: open a built-in lesson, the next or previous one, a
 * scenario or a lecturer's own lesson from a file; save the race (as a lesson, with its text, when one is open); and
 * the files opened or saved most recently, remembered between runs.
 */
public final class LessonModel {

    /** How many recent files the File menu lists. */
    public static final int RECENT = 8;
    /** The key of the recent files in the settings. */
    public static final String RECENT_KEY = "recentFiles";

    private final RaceModel race;
    private final PlaybackModel playback;
    private final Settings settings;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private boolean opening;

    public LessonModel(RaceModel race, PlaybackModel playback, Settings settings) {
        this.race = race;
        this.playback = playback;
        this.settings = settings;
        race.scenarioProperty().addListener((obs, was, now) -> {
            Lesson l = lesson.get();
            if (!opening && l != null && !now.surfaceName().equals(l.scenario().surfaceName())) {
                lesson.set(null);
            }
        });
        for (String line : settings.text(RECENT_KEY, "").split("\n")) {
            if (!line.isBlank()) {
                recent.add(Path.of(line));
            }
        }
    }

    /** The lesson open, or null when the race is not one (or no longer one: another surface ends it). */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return lesson.get();
    }

    /** The files opened or saved most recently, newest first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    /** Opens a lesson: its race, from step 0. */
    public void open(Lesson l) {
        opening = true;
        try {
            playback.reset();
            race.load(l.scenario());
            race.clearGhosts();
            lesson.set(l);
        } finally {
            opening = false;
        }
    }

    /** The built-in lesson after the one open (the first when none is, or the one open is not built in). */
    public void next() {
        Optional<Lesson> builtIn = builtIn();
        open(builtIn.isEmpty() ? Lessons.all().get(0) : Lessons.next(builtIn.get()));
    }

    /** The built-in lesson before the one open (the last when none is, or the one open is not built in). */
    public void previous() {
        List<Lesson> all = Lessons.all();
        Optional<Lesson> builtIn = builtIn();
        open(builtIn.isEmpty() ? all.get(all.size() - 1) : Lessons.previous(builtIn.get()));
    }

    /** The built-in lesson of the open one's name: the one open, or one saved from it and changed since. */
    public Optional<Lesson> builtIn() {
        return lesson.get() == null ? Optional.empty() : Lessons.find(lesson.get().name());
    }

    /** Leaves the lesson, keeping the race as it is. */
    public void leave() {
        lesson.set(null);
    }

    /**
     * Opens a scenario or lesson file.
     *
     * @return why it could not be opened, in one line, or empty
     */
    public Optional<String> openFile(Path file) {
        try {
            String text = ScenarioJson.readText(file, "");
            Optional<Lesson> l = LessonJson.parse(text, file.getFileName().toString());
            if (l.isPresent()) {
                open(l.get());
            } else {
                playback.reset();
                race.load(ScenarioJson.parse(text, file.getFileName().toString()));
                lesson.set(null);
            }
            remember(file);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Saves the race to a file: as a lesson, its title and text kept, when one is open; as a scenario otherwise.
     *
     * @return why it could not be saved, in one line, or empty
     */
    public Optional<String> save(Path file) {
        Scenario s = race.scenario();
        Lesson l = lesson.get();
        String json = l == null ? ScenarioJson.toJson(s) : LessonJson.toJson(new Lesson(l.name(), l.title(),
                l.text(), s));
        try {
            AtomicFile.write(file, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
            remember(file);
            return Optional.empty();
        } catch (OutputException e) {
            return Optional.of(e.getMessage());
        } catch (java.io.IOException e) {
            return Optional.of("cannot save " + file + ": " + e.getMessage());
        }
    }

    private void remember(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(recent);
        next.remove(p);
        next.add(0, p);
        while (next.size() > RECENT) {
            next.remove(next.size() - 1);
        }
        recent.setAll(next);
        settings.putText(RECENT_KEY, String.join("\n", next.stream().map(Path::toString).toList()));
    }
}
