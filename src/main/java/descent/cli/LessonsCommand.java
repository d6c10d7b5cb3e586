package descent.cli;

import descent.lesson.Lesson;
import descent.lesson.Lessons;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code descent lessons}: the built-in lessons, one a line, its name first. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the built-in lessons, one a line, its name first; open one with "
                + "'descent --lesson NAME' or export it with 'descent export --lesson NAME'.")
final class LessonsCommand implements Callable<Integer> {

    private final PrintStream out;

    LessonsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        int width = Lessons.all().stream().mapToInt(l -> l.name().length()).max().orElse(0);
        for (Lesson l : Lessons.all()) {
            out.printf("%-" + width + "s  %s%n", l.name(), l.title());
        }
        return 0;
    }
}
