package descent.cli;

import descent.export.AtomicFile;
import descent.export.OutputException;
import descent.export.TrajectoryCsv;
import descent.sim.Outcome;
import descent.sim.Simulation;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code descent run}: computes the trajectories and writes them as CSV. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute every chosen optimizer's trajectory and write it as CSV "
                + "(optimizer,step,x,y,loss; step 0 is the start).")
final class RunCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    SimulationOptions options;

    @Option(names = "--csv", paramLabel = "FILE|-", defaultValue = "-",
            description = "Where to write the CSV: a file, or - for standard output (the default). A link is "
                    + "written through to its file; a device or a pipe, such as /dev/null, is written straight to.")
    String csv;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Simulation sim = options.toScenario().simulation();
        Map<String, TrajectoryCsv.Ending> outcomes;
        if (csv.equals("-")) {
            // Through a stream that throws: a PrintStream would swallow a full disk or a closed pipe and run on.
            Writer w = new BufferedWriter(new OutputStreamWriter(StandardOutput.checked(out), StandardCharsets.UTF_8),
                    1 << 16);
            outcomes = TrajectoryCsv.write(sim, w);
        } else {
            Path target;
            try {
                target = Path.of(csv);
                AtomicFile.checkWritable(target);
            } catch (InvalidPathException e) {
                throw new BadInputException("--csv: not a file name (" + e.getReason() + ")");
            } catch (OutputException e) {
                throw new BadInputException("--csv: " + e.getMessage());
            }
            Map<String, TrajectoryCsv.Ending> written = new LinkedHashMap<>();
            AtomicFile.write(target, stream -> written.putAll(TrajectoryCsv.write(sim, new BufferedWriter(
                    new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16))));
            outcomes = written;
        }
        // Only once the rows are all written: a failed write says so instead, in its one line.
        summarize(outcomes);
        return 0;
    }

    /**
     * Says, in one line, which paths stopped short and why, at the step their rows stop at (the same step the window's
     * table and notes give), and why a CSV holds only its header; a race where every path ran its course or
     * converged stays quiet.
     */
    private void summarize(Map<String, TrajectoryCsv.Ending> endings) {
        if (!endings.isEmpty() && endings.values().stream().allMatch(e -> e.outcome().isNoStart())) {
            err.println("descent run: " + Outcome.noStart().describe() + ", so no rows were written");
            return;
        }
        String cut = endings.entrySet().stream().filter(e -> e.getValue().outcome().isCutShort())
                .map(e -> e.getKey() + " " + e.getValue().outcome().describe() + overflowed(e.getValue()))
                .collect(Collectors.joining(", "));
        if (!cut.isEmpty()) {
            err.println("descent run: " + cut + "; their rows stop there");
        }
    }

    /** Why a path's rows stop a step early: that update made θ or the loss overflow, so it has no row. */
    private static String overflowed(TrajectoryCsv.Ending e) {
        return e.lastRow() >= 0 && e.lastRow() < e.outcome().step()
                ? " (θ or the loss overflowed: rows to " + e.lastRow() + ")" : "";
    }
}
