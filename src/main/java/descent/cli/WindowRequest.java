package descent.cli;

import descent.lesson.Lesson;
import descent.render.Camera;
import descent.scenario.Scenario;
import java.nio.file.Path;

/**
 * What the window should open with, from the command line: the scenario, and for {@code --screenshot} the file,
 * the size and the step to show.
 *
 * @param screenshot where to save a snapshot of the window before exiting, or null to stay open
 * @param step       the step shown in the snapshot (the last step by default)
 * @param lesson     the lesson opened with {@code --lesson}, its race as the scenario, or null
 * @param presenter  whether to open in presenter mode
 * @param inspected  the slot of the racer the step inspector opens on, or −1
 * @param explore    the explorer window to open beside the race with {@code --explore}: map, basins, or null
 * @param camera     where the 3-D view looks from when the window opens on it, or null for the plot from above
 */
public record WindowRequest(Scenario scenario, Path screenshot, int width, int height, int step, boolean dark,
        String colorMap, Lesson lesson, boolean presenter, int inspected, String explore, Camera camera) {
}
