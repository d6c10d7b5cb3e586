package descent.render;

import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tracks a frame shows for a race: each trajectory with its racer's label and its slot's style. */
public final class Tracks {

    private Tracks() {
    }

    /** The race's trajectories as tracks, labelled as the legend shows their racers. */
    public static List<Track> of(Simulation sim, List<Trajectory> trajectories) {
        Map<Racer, String> labels = labels(sim.racers());
        List<Track> out = new ArrayList<>(trajectories.size());
        for (Trajectory t : trajectories) {
            String label = labels.getOrDefault(t.racer(), label(t.racer()));
            out.add(new Track(label, t.racer().slot(), t));
        }
        return out;
    }

    /**
     * Every racer's label in the legend, unique: a repeated one gets " 2", " 3" in the race's order, so that three
     * plain SGD racers read "SGD", "SGD 2", "SGD 3".
     */
    public static Map<Racer, String> labels(List<Racer> racers) {
        return labels(racers, false);
    }

    /**
     * Every racer's label as {@link #labels(List)} gives it, or, with {@code brief}, with its rule's short name
     * ("RMSProp+N" for "RMSProp + Nesterov"), for a narrow table.
     */
    public static Map<Racer, String> labels(List<Racer> racers, boolean brief) {
        Map<Racer, String> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Racer r : racers) {
            String base = label(r, brief);
            int n = seen.merge(base, 1, Integer::sum);
            out.put(r, n == 1 ? base : base + " " + n);
        }
        return out;
    }

    /**
     * A racer's label: its own, or its rule's name followed by how it differs from a plain racer of that rule,
     * such as "SGD ε=0.5" or "Adam bias_correction=false".
     */
    public static String label(Racer r) {
        return label(r, false);
    }

    private static String label(Racer r, boolean brief) {
        if (r.label() != null) {
            return r.label();
        }
        String name = brief ? r.rule().shortTitle() : r.rule().title();
        String differences = differences(r);
        return differences.isEmpty() ? name : name + " " + differences;
    }

    /** How a racer differs from a plain one of its rule, such as "ε=0.5, m=20", or empty. */
    public static String differences(Racer r) {
        List<String> parts = new ArrayList<>();
        r.own().forEach((h, v) -> parts.add(text(h, v)));
        r.batchSize().ifPresent(m -> parts.add("m=" + m));
        r.noise().ifPresent(s -> parts.add("σ=" + Numbers.brief(s)));
        r.clipNorm().ifPresent(c -> parts.add("clip=" + Numbers.brief(c)));
        if (r.starts() != null) {
            parts.add(r.starts().describe());
        }
        if (r.followsLecture()) {
            parts.add("on sliders");
        }
        return String.join(", ", parts);
    }

    private static String text(Hyperparameter h, double v) {
        return h.isSwitch() ? h.key() + "=" + h.format(v) : h.symbol() + "=" + Numbers.brief(v);
    }
}
