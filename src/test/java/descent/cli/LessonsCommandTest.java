package descent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import descent.lesson.Lesson;
import descent.lesson.Lessons;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonsCommandTest {

    @Test
    void listsEveryBuiltInLessonInOrderOneALineItsNameFirstThenItsTitle() {
        CliRunner r = CliRunner.run("lessons");
        assertThat(r.exitCode).isZero();
        assertThat(r.err).isEmpty();
        List<String> lines = r.out.lines().toList();
        List<Lesson> lessons = Lessons.all();
        assertThat(lines).hasSameSizeAs(lessons);
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            assertThat(lines.get(i)).startsWith(l.name() + " ").endsWith("  " + l.title());
            assertThat(lines.get(i).substring(l.name().length(), lines.get(i).length() - l.title().length()))
                    .as("only spaces between the name and the title").isBlank();
        }
    }
}
