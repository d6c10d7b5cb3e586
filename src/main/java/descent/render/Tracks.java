package descent.render;

import descent.optim.Hyperparameter;
import descent.optim.Optimizer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tracks a frame shows for a race: each trajectory with its label and its place's style. */
public final class Tracks {

    private Tracks() {
    }

    /** The race's trajectories as tracks, labelled with their optimizer and the values it sets for itself. */
    public static List<Track> of(Simulation sim, List<Trajectory> trajectories) {
        List<Track> out = new ArrayList<>(trajectories.size());
        for (Trajectory t : trajectories) {
            out.add(new Track(label(sim, t.optimizer()), slot(t.optimizer()), t));
        }
        return out;
    }

    /** "SGD", or "SGD ε=0.5" for an optimizer that sets its own ε. */
    public static String label(Simulation sim, Optimizer o) {
        Map<Hyperparameter, Double> own = sim.hyperparameters().overrides().getOrDefault(o, Map.of());
        if (own.isEmpty()) {
            return o.title();
        }
        return o.title() + " " + own.entrySet().stream()
                .map(e -> e.getKey().symbol() + "=" + Ticks.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The place that gives an optimizer its colour and marker: its row in the lecture's table. */
    public static int slot(Optimizer o) {
        return o.ordinal();
    }
}
