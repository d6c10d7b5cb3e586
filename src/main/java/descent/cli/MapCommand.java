package descent.cli;

import descent.explore.Axis;
import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.explore.RunGrid;
import descent.export.ExploreExport;
import descent.export.Exporter.Format;
import descent.math.Numbers;
import descent.math.Range;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameter.Scale;
import descent.optim.Rule;
import descent.optim.Values;
import descent.render.FrameLayout;
import descent.render.MapPainter;
import descent.render.MapPainter.MapFrame;
import descent.render.Theme;
import descent.render.Tracks;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code descent map}: one racer's outcome over two of its hyperparameters, as a picture or a CSV. */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Map how one racer fares over two of its hyperparameters: the race is run once per cell with"
                + " the cell's two values, everything else as the other flags say, on every core.",
                "Such as: descent map --surface rosenbrock --racer adam --x eps=1e-4:1:64:log"
                + " --y rho2=0.9:0.9999:64 --steps 300 --out map.png"})
final class MapCommand implements Callable<Integer> {

    /** Values along a side when the axis does not say. */
    static final int DEFAULT_COUNT = 64;

    @Mixin
    ExploreOptions explore;

    @Option(names = "--x", paramLabel = "NAME=FROM:TO[:N][:lin|log|log1m]", required = true,
            description = "The hyperparameter across, N values (default 64) from FROM to TO: evenly (lin), "
                    + "logarithmically (log) or logarithmically in 1 - v (log1m, for decay rates); by default as"
                    + " its slider moves where the range spans a decade, else evenly.")
    String x;

    @Option(names = "--y", paramLabel = "NAME=FROM:TO[:N][:lin|log|log1m]", required = true,
            description = "The hyperparameter up, as --x.")
    String y;

    @Option(names = "--color", paramLabel = "loss|steps", defaultValue = "loss",
            description = "What colours a cell: the final loss - f* on a log scale (loss, the default), or the"
                    + " step at which the run converged (steps).")
    String color;

    @Override
    public Integer call() throws Exception {
        Format format = explore.format();
        int[] wh = explore.size();
        Measure measure = measure(color);
        Simulation sim = explore.race.toScenario().simulation();
        Racer racer = explore.racer(sim);
        Rule rule = racer.rule();
        HyperparameterMap map;
        try {
            map = new HyperparameterMap(sim, racer, axis("--x", x, rule), axis("--y", y, rule));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--x and --y: " + e.getMessage());
        }
        ExploreOptions.checkCost(map.cost(), "the map");
        RunGrid grid = map.compute();
        Values now = racer.values(sim.hyperparameters(), sim.surface().defaults().learningRate());
        double[] marker = {now.get(map.x().parameter()), now.get(map.y().parameter())};
        String label = Tracks.labels(sim.racers()).getOrDefault(racer, Tracks.label(racer));
        MapFrame frame = MapFrame.of(map, grid, measure, label, marker, wh[0], wh[1],
                FrameLayout.fontFor(wh[0], wh[1]), explore.look.colorMap(),
                explore.look.dark() ? Theme.DARK : Theme.LIGHT);
        ExploreExport.writeMap(frame, explore.out, format);
        return 0;
    }

    static Measure measure(String text) {
        try {
            return Measure.byKey(text.trim());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--color must be loss or steps (got '" + text + "')");
        }
    }

    /**
     * An axis as {@code NAME=FROM:TO[:N][:SPACING]} writes it, NAME one of the rule's values.
     *
     * @throws BadInputException naming the flag and what is wrong
     */
    static Axis axis(String flag, String text, Rule rule) {
        String usage = flag + " must be NAME=FROM:TO[:N][:lin|log|log1m], such as eps=1e-4:1:64:log (got '" + text
                + "')";
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new BadInputException(usage);
        }
        String key = text.substring(0, eq).trim();
        Hyperparameter h = rule.setting(key).map(s -> s.parameter()).orElseThrow(() -> new BadInputException(flag
                + ": " + rule.id() + " has no value " + key + "; it takes " + rule.keys()));
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new BadInputException(usage);
        }
        OptionalDouble from = Numbers.parse(parts[0]);
        OptionalDouble to = Numbers.parse(parts[1]);
        if (from.isEmpty() || to.isEmpty()) {
            throw new BadInputException(flag + " " + key + ": FROM and TO must be numbers (got '" + parts[0] + "' and '"
                    + parts[1] + "')");
        }
        int count = DEFAULT_COUNT;
        Scale spacing = null;
        for (int i = 2; i < parts.length; i++) {
            Scale s = spacing(parts[i].trim());
            if (s != null && spacing == null && (i == parts.length - 1)) {
                spacing = s;
            } else if (i == 2) {
                count = (int) Flags.whole(flag + " " + key + ": N", parts[i], Range.wholeNumbers(2, Axis.MAX_COUNT));
            } else {
                throw new BadInputException(usage);
            }
        }
        try {
            return spacing == null ? Axis.of(h, from.getAsDouble(), to.getAsDouble(), count)
                    : new Axis(h, from.getAsDouble(), to.getAsDouble(), count, spacing);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + " " + e.getMessage());
        }
    }

    /** The spacing a word names, or null. */
    private static Scale spacing(String word) {
        return switch (word) {
            case "lin", "linear" -> Scale.LINEAR;
            case "log" -> Scale.LOG;
            case "log1m" -> Scale.ONE_MINUS_LOG;
            default -> null;
        };
    }
}
