package descent.export;

import descent.optim.Optimizer;
import descent.sim.Outcome;
import descent.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Trajectories as CSV with the header {@code optimizer,step,x,y,loss}: rows grouped by optimizer in the lecture's
 * order, numbers in their shortest exact form. Streams as it computes, so a million steps need no memory.
 */
public final class TrajectoryCsv {

    /** The header line, without its line break. */
    public static final String HEADER = "optimizer,step,x,y,loss";

    private TrajectoryCsv() {
    }

    /**
     * Runs the simulation and writes every chosen optimizer's trajectory; one whose start has no finite loss has no
     * rows.
     *
     * @return how each trajectory ended, so that a caller can say why one has no rows
     */
    public static Map<Optimizer, Outcome> write(Simulation simulation, Writer out) throws IOException {
        Map<Optimizer, Outcome> outcomes = new EnumMap<>(Optimizer.class);
        out.write(HEADER);
        out.write('\n');
        for (Optimizer o : Optimizer.values()) {
            if (!simulation.optimizers().contains(o)) {
                continue;
            }
            String prefix = o.key() + ",";
            try {
                outcomes.put(o, simulation.trace(o, (step, x, y, loss) -> {
                    try {
                        out.write(prefix);
                        out.write(Long.toString(step));
                        out.write(',');
                        out.write(Decimal.shortest(x));
                        out.write(',');
                        out.write(Decimal.shortest(y));
                        out.write(',');
                        out.write(Decimal.shortest(loss));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.flush();
        return outcomes;
    }
}
