package descent.cli;

import descent.contour.ColorMap;
import descent.export.AtomicFile;
import descent.export.Exporter;
import descent.export.Exporter.Format;
import descent.export.Exporter.Plan;
import descent.export.Exporter.VideoBackend;
import descent.export.OutputException;
import descent.math.Range;
import descent.render.Camera;
import descent.render.Theme;
import descent.export.TrajectoryCsv;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code descent export}: writes the race as GIF, MP4, PNG, SVG or CSV, headless. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the race as an animated GIF, an MP4, a PNG (one frame, or a numbered sequence when the"
                + " name has a %%04d pattern), an SVG or a CSV: the format follows the extension of --out.",
                "Frame i shows step i x steps-per-frame; with --frames alone, one step per frame."})
final class ExportCommand implements Callable<Integer> {

    private static final Range FRAMES = Range.wholeNumbers(1, 100_000);
    private static final Range FPS = Range.wholeNumbers(1, 100);

    private final PrintStream err;
    private final boolean terminal;

    @Mixin
    SimulationOptions options;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write: .gif, .mp4, .png, .svg or .csv.")
    Path out;

    @Option(names = "--frames", paramLabel = "N", description = "Frames of the animation.")
    String frames;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "20", description = "Frames per second (default 20).")
    String fps;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600",
            description = "Width and height in pixels (default 800x600).")
    String size;

    @Option(names = "--steps-per-frame", paramLabel = "N", description = "Optimizer steps between two frames.")
    String stepsPerFrame;

    @Option(names = "--step", paramLabel = "K", description = "The step a PNG or SVG shows (default: the last).")
    String step;

    @Option(names = "--inspect", paramLabel = "RACER",
            description = "Draw what this racer's step did at each frame's step, to scale: the update, its terms and"
                    + " each coordinate's learning rate as arrows with their symbols. The racer as the CSV's first"
                    + " column names it, its rule, or its position from 1.")
    String inspect;

    @Option(names = "--view3d", paramLabel = "AZ,EL",
            description = "Draw the surface in 3-D, from azimuth AZ (degrees counter-clockwise from the south: 0 looks"
                    + " north with x to the right, 90 looks west) and elevation EL (degrees above the horizon, 0 to"
                    + " 90; 90 is the plot seen from above), such as 30,35. Hills hide what lies behind them.")
    String view3d;

    @Option(names = "--orbit", description = "In 3-D, turn the camera once around the surface over the animation,"
            + " from the azimuth of --view3d (default 30,35).")
    boolean orbit;

    @Mixin
    LookOptions look;

    @Option(names = "--save-scenario", description = "Also write the scenario as JSON beside the file (NAME.json).")
    boolean saveScenario;

    @Option(names = "--encoder", paramLabel = "auto|jcodec|ffmpeg", defaultValue = "auto",
            description = "The MP4 encoder: ffmpeg when it is on the PATH (auto, the default), or Descent's own, in "
                    + "Java (jcodec: it needs no ffmpeg; JCodec writes the MP4 around it).")
    String encoder;

    ExportCommand(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Exporter.Request request = request();
        long started = System.nanoTime();
        Exporter.Result result = Exporter.export(request, progress(started));
        if (terminal) {
            err.print("\r\033[K");
            err.printf("descent export: wrote %s in %.1f s%s%n", String.join(", ",
                    result.files().stream().map(Path::toString).toList()), (System.nanoTime() - started) / 1e9,
                    result.encoder().isEmpty() ? "" : " (" + result.encoder() + ")");
        }
        return 0;
    }

    /** Reads and checks every flag, before anything is computed or written. */
    Exporter.Request request() {
        Format format;
        try {
            format = Format.of(out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--out: " + e.getMessage() + " (got '" + out + "')");
        }
        try {
            Exporter.checkWritable(out, format);
        } catch (OutputException e) {
            throw new BadInputException("--out: " + e.getMessage());
        }
        if (saveScenario) {
            // Checked now, so that the picture is not written and then found to have no scenario beside it.
            try {
                AtomicFile.checkWritable(Exporter.scenarioPath(out));
            } catch (OutputException e) {
                throw new BadInputException("--save-scenario: " + e.getMessage());
            }
        }
        int[] wh = WindowCommand.parseSize("--size", size, 16, 7680);
        if (format == Format.MP4 && (wh[0] % 2 != 0 || wh[1] % 2 != 0)) {
            throw new BadInputException("--size must have an even width and height for MP4 (got '" + size + "')");
        }
        int rate = (int) Flags.whole("--fps", fps, FPS);
        boolean dark = look.dark();
        ColorMap map = look.colorMap();
        VideoBackend backend = switch (encoder.toLowerCase(Locale.ROOT)) {
            case "auto" -> VideoBackend.AUTO;
            case "jcodec" -> VideoBackend.JCODEC;
            case "ffmpeg" -> VideoBackend.FFMPEG;
            default -> throw new BadInputException("--encoder must be auto, jcodec or ffmpeg (got '" + encoder + "')");
        };
        Scenario s = options.toScenario();
        boolean stepsGiven = options.steps != null || options.scenarioFile != null;
        Integer frameCount = frames == null ? null : (int) Flags.whole("--frames", frames, FRAMES);
        Integer spf = stepsPerFrame == null ? null
                : (int) Flags.whole("--steps-per-frame", stepsPerFrame, Range.wholeNumbers(1, 1_000_000));
        int steps = s.simulation().steps();
        Plan plan;
        if (frameCount != null && spf != null) {
            long total = (long) (frameCount - 1) * spf;
            if (stepsGiven && total != steps) {
                throw new BadInputException("--frames " + frameCount + " at --steps-per-frame " + spf + " make " + total
                        + " steps, but --steps asks for " + steps + ": give two of the three");
            }
            if (total > SimulationOptions.STEPS.max()) {
                throw new BadInputException("--frames times --steps-per-frame must stay within "
                        + (long) SimulationOptions.STEPS.max() + " steps");
            }
            steps = (int) total;
            plan = new Plan(0, steps, frameCount);
        } else if (frameCount != null) {
            if (!stepsGiven) {
                steps = frameCount - 1;
            }
            plan = new Plan(0, steps, frameCount);
        } else {
            int every = spf == null ? 1 : spf;
            plan = new Plan(0, (long) steps / every * every, (int) Math.min(FRAMES.max(), steps / every + 1));
        }
        int finalSteps = steps;
        Scenario scenario = s.with(sim -> sim.withSteps(finalSteps));
        long shown = step == null ? steps : Flags.whole("--step", step, Range.wholeNumbers(0, steps));
        Racer inspected = null;
        if (inspect != null) {
            if (format == Format.CSV) {
                throw new BadInputException("--inspect draws on a picture, and a CSV has none: write a .png, .svg,"
                        + " .gif or .mp4");
            }
            inspected = inspected(scenario.simulation(), inspect);
        }
        Camera camera = view3d == null ? null : Flags.camera("--view3d", view3d);
        if (camera != null || orbit) {
            String flag = camera != null ? "--view3d" : "--orbit";
            if (format == Format.CSV) {
                throw new BadInputException(flag + " draws a picture, and a CSV has none: write a .png, .svg, .gif"
                        + " or .mp4");
            }
            if (orbit && !format.animated()) {
                throw new BadInputException("--orbit turns the camera over an animation: write a .gif, an .mp4 or"
                        + " numbered .png files");
            }
            if (inspect != null) {
                throw new BadInputException("--inspect draws on the plot seen from above: leave out " + flag);
            }
            if (camera == null) {
                camera = Camera.DEFAULT;
            }
        }
        return new Exporter.Request(scenario, out, format, wh[0], wh[1], rate, plan, shown, map,
                dark ? Theme.DARK : Theme.LIGHT, saveScenario, backend, inspected, camera, orbit);
    }

    /**
     * The shown racer a name picks: its name in the CSV's first column, else the first racer of the rule with that
     * id, else the racer at that position, counted from 1 in the race's order, else its name in the legend.
     *
     * @throws BadInputException naming the racers there are
     */
    static Racer inspected(Simulation sim, String name) {
        String wanted = name.strip();
        List<Racer> shown = sim.shownRacers();
        Map<Racer, String> labels = TrajectoryCsv.labels(sim.racers());
        for (Racer r : shown) {
            if (labels.get(r).equals(wanted)) {
                return r;
            }
        }
        for (Racer r : shown) {
            if (r.rule().id().equals(wanted)) {
                return r;
            }
        }
        if (wanted.matches("[0-9]{1,9}")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= shown.size()) {
                return shown.get(n - 1);
            }
        }
        Map<Racer, String> legend = Tracks.labels(sim.racers());
        for (Racer r : shown) {
            if (legend.get(r).equals(wanted)) {
                return r;
            }
        }
        if (shown.isEmpty()) {
            throw new BadInputException("--inspect '" + name + "': the race has no racer to inspect");
        }
        throw new BadInputException("--inspect '" + name + "': no such racer; name one as the CSV does ("
                + String.join(", ", shown.stream().map(labels::get).toList()) + "), by its rule, or by its position"
                + " from 1 to " + shown.size());
    }

    /** A progress bar on stderr when it is a terminal; nothing otherwise. */
    private Exporter.Progress progress(long started) {
        if (!terminal) {
            return Exporter.Progress.NONE;
        }
        return new Exporter.Progress() {
            private long shown;

            @Override
            public void update(int done, int total) {
                long now = System.nanoTime();
                if (now - shown < 100_000_000L && done < total) {
                    return;
                }
                shown = now;
                int width = 30;
                int filled = (int) ((long) done * width / Math.max(1, total));
                double left = Exporter.secondsLeft(started, done, total);
                err.printf("\r[%s%s] %d/%d frames, %.1f s left ", "#".repeat(filled), "-".repeat(width - filled),
                        done, total, left);
                err.flush();
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
