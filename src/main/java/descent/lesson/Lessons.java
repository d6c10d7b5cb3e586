package descent.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in lessons, in the lecture's order: JSON resources under {@code /descent/lessons/}, listed in its
 * {@code index.txt}, read once by the scenario reader like any lecturer's own lesson.
 */
public final class Lessons {

    private static final String DIR = "/descent/lessons/";
    private static volatile List<Lesson> all;

    private Lessons() {
    }

    /** Every built-in lesson, in order. */
    public static List<Lesson> all() {
        List<Lesson> a = all;
        if (a == null) {
            a = load();
            all = a;
        }
        return a;
    }

    public static Optional<Lesson> find(String name) {
        return all().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lesson of that name, or an exception whose message lists the names. */
    public static Lesson byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown lesson '" + name
                + "': use one of " + String.join(", ", all().stream().map(Lesson::name).toList())));
    }

    /** The lesson after this one, wrapping round to the first. */
    public static Lesson next(Lesson lesson) {
        List<Lesson> list = all();
        int i = list.indexOf(lesson);
        return list.get((i + 1) % list.size());
    }

    /** The lesson before this one, wrapping round to the last. */
    public static Lesson previous(Lesson lesson) {
        List<Lesson> list = all();
        int i = list.indexOf(lesson);
        return list.get((i - 1 + list.size()) % list.size());
    }

    private static List<Lesson> load() {
        List<Lesson> out = new ArrayList<>();
        for (String file : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()
                && !l.startsWith("#")).toList()) {
            Lesson lesson = LessonJson.parse(read(file), "lesson " + file).orElseThrow(() ->
                    new IllegalStateException("lesson " + file + " has no 'lesson' object"));
            out.add(lesson);
        }
        return List.copyOf(out);
    }

    private static String read(String file) {
        try (InputStream in = Lessons.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lesson resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
