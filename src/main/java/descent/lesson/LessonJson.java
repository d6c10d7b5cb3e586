package descent.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import descent.scenario.Scenario;
import descent.scenario.ScenarioException;
import descent.scenario.ScenarioJson;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Lessons to and from JSON: a scenario document with a {@code lesson} object holding its name, title and text, so
 * that the scenario reader reads every lesson and a lecturer can write their own.
 */
public final class LessonJson {

    private static final Set<String> FIELDS = Set.of("name", "title", "text");

    private LessonJson() {
    }

    /**
     * The lesson a document describes, or empty when it is a plain scenario.
     *
     * @throws ScenarioException with one line for the user when it is not a valid scenario or lesson
     */
    public static Optional<Lesson> parse(String json, String where) {
        JsonNode root = ScenarioJson.tree(json, where);
        Scenario scenario = ScenarioJson.fromTree(root, where);
        JsonNode lesson = root.get("lesson");
        if (lesson == null) {
            return Optional.empty();
        }
        if (!lesson.isObject()) {
            throw new ScenarioException(where + ": 'lesson' must be an object with a name, a title and a text");
        }
        for (Iterator<String> it = lesson.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new ScenarioException(where + ": unknown field 'lesson." + f + "'");
            }
        }
        try {
            return Optional.of(new Lesson(text(lesson, "name"), text(lesson, "title"), text(lesson, "text"),
                    scenario));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + ": " + e.getMessage());
        }
    }

    /** The lesson as a scenario document with its name, title and text. */
    public static String toJson(Lesson lesson) {
        ObjectNode root = (ObjectNode) ScenarioJson.tree(ScenarioJson.toJson(lesson.scenario()), "lesson");
        ObjectNode l = root.putObject("lesson");
        l.put("name", lesson.name()).put("title", lesson.title()).put("text", lesson.text());
        return ScenarioJson.write(root);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'lesson." + field + "' must be text");
        }
        return v.asText();
    }
}
