package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.lesson.Lessons;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The window's command line: a lesson, presenter mode, the step shown. */
class WindowCommandTest {

    private static WindowRequest parse(String... args) {
        WindowCommand command = new WindowCommand();
        new CommandLine(command).parseArgs(args);
        return command.call();
    }

    @Test
    void aLessonOpensWithItsRaceAndPresenterModeOnlyWhenAskedFor() {
        WindowRequest r = parse("--lesson", "saddle-point");
        assertThat(r.lesson().title()).isEqualTo(Lessons.find("saddle-point").orElseThrow().title());
        assertThat(r.scenario()).isEqualTo(Lessons.find("saddle-point").orElseThrow().scenario());
        assertThat(r.presenter()).isFalse();
        assertThat(r.step()).isZero();
        assertThat(parse("--lesson", "cliff", "--presenter").presenter()).isTrue();
    }

    @Test
    void aLessonsRaceCanBeChangedFromTheCommandLineAndKeepsItsText() {
        WindowRequest r = parse("--lesson", "saddle-point", "--steps", "40");
        assertThat(r.scenario().simulation().steps()).isEqualTo(40);
        assertThat(r.lesson().scenario().simulation().steps()).isEqualTo(40);
        assertThat(r.lesson().text()).isEqualTo(Lessons.find("saddle-point").orElseThrow().text());
    }

    @Test
    void aStepBeyondTheRaceIsRefusedNamingTheRange() {
        assertThatThrownBy(() -> parse("--lesson", "ill-conditioning", "--step", "120"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--step").hasMessageContaining("0 to");
    }

    @Test
    void exploreOpensTheMapOrTheBasinsAndRefusesAnythingElse() {
        assertThat(parse("--surface", "wells").explore()).isNull();
        assertThat(parse("--explore", "map").explore()).isEqualTo("map");
        assertThat(parse("--explore", "basins").explore()).isEqualTo("basins");
        assertThatThrownBy(() -> parse("--explore", "3d")).isInstanceOf(BadInputException.class)
                .hasMessage("--explore must be map or basins (got '3d')");
    }
}
