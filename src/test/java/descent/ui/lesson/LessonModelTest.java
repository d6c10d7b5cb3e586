package descent.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import descent.lesson.Lesson;
import descent.lesson.LessonJson;
import descent.lesson.Lessons;
import descent.optim.Hyperparameter;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import descent.ui.look.Settings;
import descent.ui.race.PlaybackModel;
import descent.ui.race.RaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the built-in lessons in turn, a lecturer's own files, saving, and the recent files remembered. */
class LessonModelTest {

    @TempDir
    Path dir;

    private final Settings settings = Settings.inMemory();
    private final RaceModel race = new RaceModel(Scenario.defaults("wells"), Runnable::run, Runnable::run);
    private final PlaybackModel playback = new PlaybackModel(race);
    private final LessonModel lessons = new LessonModel(race, playback, settings);

    @Test
    void nextAndPreviousWalkThroughTheBuiltInLessonsAndWrapAround() {
        List<Lesson> all = Lessons.all();
        lessons.next();
        assertThat(lessons.lesson()).isEqualTo(all.get(0));
        assertThat(race.scenario()).isEqualTo(all.get(0).scenario());
        lessons.next();
        assertThat(lessons.lesson()).isEqualTo(all.get(1));
        lessons.previous();
        lessons.previous();
        assertThat(lessons.lesson()).isEqualTo(all.get(all.size() - 1));
    }

    @Test
    void aLessonStartsAtStepZero() {
        playback.setStep(40);
        lessons.open(Lessons.find("saddle-point").orElseThrow());
        assertThat(playback.step()).isZero();
    }

    @Test
    void anotherSurfaceEndsTheLessonButAnotherLearningRateDoesNot() {
        lessons.open(Lessons.find("saddle-point").orElseThrow());
        race.setHyperparameter(Hyperparameter.LEARNING_RATE, 0.02);
        assertThat(lessons.lesson()).isNotNull();
        race.setSurface("wells");
        assertThat(lessons.lesson()).isNull();
    }

    @Test
    void aLessonSavedAfterAChangeKeepsItsTextAndOpensAgainAsChanged() throws IOException {
        lessons.open(Lessons.find("cliff").orElseThrow());
        race.setSteps(33);
        Path file = dir.resolve("my-cliff.json");
        assertThat(lessons.save(file)).isEmpty();
        Lesson saved = LessonJson.parse(Files.readString(file), "test").orElseThrow();
        assertThat(saved.title()).isEqualTo(Lessons.find("cliff").orElseThrow().title());
        assertThat(saved.scenario().simulation().steps()).isEqualTo(33);

        lessons.open(Lessons.find("saddle-point").orElseThrow());
        assertThat(lessons.openFile(file)).isEmpty();
        assertThat(lessons.lesson().title()).isEqualTo(saved.title());
        assertThat(race.scenario().simulation().steps()).isEqualTo(33);
        // Saved from the built-in cliff lesson, it goes on to the lesson after it.
        lessons.next();
        assertThat(lessons.lesson()).isEqualTo(Lessons.next(Lessons.find("cliff").orElseThrow()));
    }

    @Test
    void aPlainScenarioOpensWithoutALesson() throws IOException {
        lessons.open(Lessons.find("cliff").orElseThrow());
        Path file = dir.resolve("saddle.json");
        Files.writeString(file, ScenarioJson.toJson(Scenario.defaults("saddle")));
        assertThat(lessons.openFile(file)).isEmpty();
        assertThat(lessons.lesson()).isNull();
        assertThat(race.scenario().surfaceName()).isEqualTo("saddle");
    }

    @Test
    void aFileThatIsNotAScenarioIsRefusedInOneLineAndChangesNothing() throws IOException {
        lessons.open(Lessons.find("cliff").orElseThrow());
        Scenario before = race.scenario();
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"surface\": \"nowhere\"");
        assertThat(lessons.openFile(file)).hasValueSatisfying(m -> assertThat(m).contains("notes.json")
                .doesNotContain("\n").doesNotContain("Exception"));
        assertThat(lessons.openFile(dir.resolve("missing.json"))).hasValueSatisfying(m -> assertThat(m)
                .contains("no such file"));
        assertThat(lessons.openFile(dir)).hasValueSatisfying(m -> assertThat(m).contains("folder"));
        assertThat(race.scenario()).isEqualTo(before);
        assertThat(lessons.lesson().name()).isEqualTo("cliff");
        assertThat(lessons.recent()).isEmpty();
    }

    @Test
    void savingIntoAMissingFolderIsRefusedAndLeavesNoFile() {
        Path file = dir.resolve("no/such/folder/race.json");
        assertThat(lessons.save(file)).isPresent();
        assertThat(Files.exists(file)).isFalse();
        assertThat(lessons.recent()).isEmpty();
    }

    @Test
    void theRecentFilesAreNewestFirstWithoutRepeatsAndRememberedForTheNextRun() throws IOException {
        for (int i = 0; i < LessonModel.RECENT + 2; i++) {
            assertThat(lessons.save(dir.resolve("race" + i + ".json"))).isEmpty();
        }
        assertThat(lessons.openFile(dir.resolve("race5.json"))).isEmpty();
        assertThat(lessons.recent()).hasSize(LessonModel.RECENT);
        assertThat(lessons.recent().get(0).getFileName().toString()).isEqualTo("race5.json");
        assertThat(lessons.recent().get(1).getFileName().toString()).isEqualTo("race9.json");
        assertThat(lessons.recent()).doesNotHaveDuplicates();

        LessonModel nextRun = new LessonModel(race, playback, settings);
        assertThat(nextRun.recent()).containsExactlyElementsOf(lessons.recent());
    }
}
