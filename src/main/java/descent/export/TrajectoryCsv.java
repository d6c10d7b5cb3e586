package descent.export;

import descent.math.Numbers;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trajectories as CSV with the header {@code optimizer,step,x,y,loss}: rows grouped by racer in the race's order,
 * the first column the racer's label, numbers in their shortest exact form. Streams as it computes, so a million
 * steps need no memory.
 */
public final class TrajectoryCsv {

    /** The header line, without its line break. */
    public static final String HEADER = "optimizer,step,x,y,loss";

    private TrajectoryCsv() {
    }

    /**
     * How a racer's rows end: its trajectory's outcome and the step of its last row (−1 for none), which is the
     * outcome's step unless the update that cut it short made θ or the loss overflow.
     */
    public record Ending(Outcome outcome, long lastRow) {
    }

    /**
     * Runs the simulation and writes every shown racer's trajectory, in the race's order; one whose start has no
     * finite loss has no rows.
     *
     * @return how each racer's rows ended, by its label in the file, so that a caller can say why one stops
     */
    public static Map<String, Ending> write(Simulation simulation, Writer out) throws IOException {
        Map<String, Ending> endings = new LinkedHashMap<>();
        Map<Racer, String> labels = labels(simulation.racers());
        out.write(HEADER);
        out.write('\n');
        for (Racer r : simulation.shownRacers()) {
            String prefix = labels.get(r) + ",";
            long[] last = {-1};
            try {
                Outcome outcome = simulation.trace(r, (step, x, y, loss) -> {
                    last[0] = step;
                    try {
                        out.write(prefix);
                        out.write(Long.toString(step));
                        out.write(',');
                        out.write(Numbers.shortest(x));
                        out.write(',');
                        out.write(Numbers.shortest(y));
                        out.write(',');
                        out.write(Numbers.shortest(loss));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                endings.put(labels.get(r), new Ending(outcome, last[0]));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.flush();
        return endings;
    }

    /**
     * Each racer's name in the file's first column: its label, or its rule's id, so that a race of one racer per
     * rule writes the rule ids; a repeated name gets " 2", " 3" in the race's order. Commas and quotes become
     * blanks, so that the column needs no quoting.
     */
    public static Map<Racer, String> labels(List<Racer> racers) {
        Map<Racer, String> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Racer r : racers) {
            String base = (r.label() != null ? r.label() : r.rule().id()).replaceAll("[,\"\r\n]", " ");
            int n = seen.merge(base, 1, Integer::sum);
            out.put(r, n == 1 ? base : base + " " + n);
        }
        return out;
    }
}
