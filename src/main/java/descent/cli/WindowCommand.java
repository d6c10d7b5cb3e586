package descent.cli;

import descent.export.AtomicFile;
import descent.export.OutputException;
import descent.math.Range;
import descent.lesson.Lesson;
import descent.scenario.Scenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The window's options: {@code descent [run options] [--screenshot FILE.png --size WxH]} opens the window on that
 * scenario, and with {@code --screenshot} saves a snapshot of it and exits.
 */
@Command(name = "descent", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Open the window on the scenario the run options describe.")
public final class WindowCommand implements Callable<WindowRequest> {

    @Mixin
    SimulationOptions options;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Open the window, let it render, save a snapshot of it as PNG, and exit.")
    Path screenshot;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800",
            description = "The window's size (default 1280x800; on screen at most the screen's).")
    String size;

    @Option(names = "--step", paramLabel = "K", description = "The step shown (default: the last for a screenshot).")
    String step;

    @Mixin
    LookOptions look;

    @Option(names = "--presenter", description = "Open in presenter mode: the plot alone, full screen, with the"
            + " lesson's title and text as a caption (P leaves it).")
    boolean presenter;

    @Option(names = "--inspect", paramLabel = "RACER",
            description = "Open with the step inspector on a racer: its name as in the CSV, its rule id, or its"
                    + " position from 1.")
    String inspect;

    @Option(names = "--view3d", paramLabel = "AZ,EL",
            description = "Open on the surface in 3-D, from azimuth AZ and elevation EL in degrees, such as 30,35.")
    String view3d;

    @Option(names = "--explore", paramLabel = "map|basins", description = "Also open the hyperparameter map of"
            + " the first racer that has two values, or the basins of attraction of the first racer, in a window"
            + " beside the race (the View menu opens them too).")
    String explore;

    @Override
    public WindowRequest call() {
        Scenario s = options.toScenario();
        int[] wh = parseSize("--size", size, 320, 7680);
        boolean dark = look.dark();
        String map = look.colorMap().key();
        int k = step == null ? (screenshot == null ? 0 : s.simulation().steps())
                : (int) Flags.whole("--step", step, Range.wholeNumbers(0, s.simulation().steps()));
        if (screenshot != null) {
            Path name = screenshot.getFileName();
            if (name == null || !name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new BadInputException("--screenshot must name a .png file (got '" + screenshot + "')");
            }
            try {
                AtomicFile.checkWritable(screenshot);
            } catch (OutputException e) {
                throw new BadInputException("--screenshot: " + e.getMessage());
            }
        }
        if (explore != null && !explore.equals("map") && !explore.equals("basins")) {
            throw new BadInputException("--explore must be map or basins (got '" + explore + "')");
        }
        Lesson l = options.lesson();
        int inspected = inspect == null ? -1 : ExportCommand.inspected(s.simulation(), inspect).slot();
        return new WindowRequest(s, screenshot, wh[0], wh[1], k, dark, map,
                l == null ? null : new Lesson(l.name(), l.title(), l.text(), s), presenter, inspected, explore,
                view3d == null ? null : Flags.camera("--view3d", view3d));
    }

    /** Parses WxH, each side a whole number from min to max. */
    static int[] parseSize(String flag, String text, int min, int max) {
        String[] parts = text.toLowerCase().split("x", -1);
        Range r = Range.wholeNumbers(min, max);
        String message = flag + " must be WIDTHxHEIGHT with each side a whole number from " + min + " to " + max
                + ", such as 1280x720 (got '" + text + "')";
        if (parts.length != 2) {
            throw new BadInputException(message);
        }
        try {
            int w = (int) Flags.whole(flag, parts[0], r);
            int h = (int) Flags.whole(flag, parts[1], r);
            return new int[] {w, h};
        } catch (BadInputException e) {
            throw new BadInputException(message);
        }
    }
}
