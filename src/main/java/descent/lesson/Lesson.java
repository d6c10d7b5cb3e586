package descent.lesson;

import descent.scenario.Scenario;

/**
 * A lesson: a scenario that makes one point of the lecture, with a title and two to four sentences saying what to
 * watch.
 *
 * @param name the name on the command line, such as {@code learning-rate}
 */
public record Lesson(String name, String title, String text, Scenario scenario) {

    public Lesson {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a lesson's name is lower-case letters, digits and dashes (got '"
                    + name + "')");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("lesson " + name + " needs a title");
        }
        text = text == null ? "" : text.strip();
    }
}
