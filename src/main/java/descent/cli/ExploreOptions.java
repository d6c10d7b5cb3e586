package descent.cli;

import descent.export.AtomicFile;
import descent.export.ExploreExport;
import descent.export.Exporter.Format;
import descent.export.OutputException;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The flags {@code map} and {@code basins} share: the race, the file, its size and look, and which racer. */
final class ExploreOptions {

    /** The most optimizer steps one command may ask for: a few minutes' work on two cores. */
    static final long MAX_STEPS = 10_000_000_000L;

    @Mixin
    SimulationOptions race;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write: .png or .svg (the picture), or .csv (every run, one a row).")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "800x600",
            description = "Width and height of the picture in pixels (default 800x600).")
    String size;

    @Mixin
    LookOptions look;

    /** The format --out asks for, after checking that it can be written; refused before any work is done. */
    Format format() {
        Format f;
        try {
            f = ExploreExport.format(out);
            AtomicFile.checkWritable(out);
        } catch (InvalidPathException e) {
            throw new BadInputException("--out: not a file name (" + e.getReason() + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--out: " + e.getMessage() + " (got '" + out + "')");
        } catch (OutputException e) {
            throw new BadInputException("--out: " + e.getMessage());
        }
        return f;
    }

    /** Width and height from --size. */
    int[] size() {
        return WindowCommand.parseSize("--size", size, 16, 7680);
    }

    /**
     * The racer explored: the one --racer names, else the race's only racer.
     *
     * @throws BadInputException when there are several to choose from, or --racer is given twice
     */
    Racer racer(Simulation sim) {
        if (race.racers.size() > 1) {
            throw new BadInputException("--racer is given " + race.racers.size() + " times: name one racer to"
                    + " explore");
        }
        if (race.racers.size() == 1) {
            return sim.racers().get(sim.racers().size() - 1);
        }
        if (sim.shownRacers().size() == 1) {
            return sim.shownRacers().get(0);
        }
        throw new BadInputException("--racer: name the racer to explore, such as --racer adam (the race has "
                + sim.shownRacers().size() + ")");
    }

    /** Refuses work beyond {@link #MAX_STEPS} optimizer steps before any is done. */
    static void checkCost(long steps, String what) {
        if (steps > MAX_STEPS) {
            throw new BadInputException(what + " would take " + steps + " optimizer steps, more than "
                    + MAX_STEPS + ": ask for fewer cells or steps");
        }
    }
}
