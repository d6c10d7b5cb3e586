package descent.cli;

import descent.export.ExploreExport;
import descent.export.Exporter.Format;
import descent.math.Range;
import descent.render.BasinPainter.BasinFrame;
import descent.render.Theme;
import descent.scenario.Scenario;
import descent.sim.Racer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code descent basins}: where one racer goes from every start of a grid over the plot. */
@Command(name = "basins", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Colour every start of a grid over the plot by the minimum one racer reaches from it (the"
                + " surface's minima, or clusters of end points), diverged and unfinished apart, with the race's"
                + " paths on top; computed on every core.",
                "Such as: descent basins --racer momentum --grid 400 --steps 500 --out basins.png"})
final class BasinsCommand implements Callable<Integer> {

    @Mixin
    ExploreOptions explore;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "200",
            description = "Starts across the plot (default 200); as many rows as keep the cells square.")
    String grid;

    @Override
    public Integer call() throws Exception {
        Format format = explore.format();
        int[] wh = explore.size();
        int columns = (int) Flags.whole("--grid", grid, Range.wholeNumbers(2, descent.explore.BasinMap.MAX_SIDE));
        Scenario scenario = explore.race.toScenario();
        Racer racer = explore.racer(scenario.simulation());
        ExploreOptions.checkCost((long) columns * columns * scenario.simulation().steps(), "the grid of starts");
        BasinFrame frame = ExploreExport.basins(scenario, racer, columns, wh[0], wh[1], explore.look.colorMap(),
                explore.look.dark() ? Theme.DARK : Theme.LIGHT, () -> false);
        ExploreExport.writeBasins(frame, explore.out, format);
        return 0;
    }
}
