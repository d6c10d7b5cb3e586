package descent.cli;

import descent.math.Range;
import descent.optim.Rule;
import descent.optim.Setting;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.StartSpread;
import descent.surface.MiniBatchSurface;
import descent.surface.Surface;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A racer as {@code --racer} writes it: {@code RULE[:NAME=VALUE,...]}, the names being the rule's own values and
 * {@code label}, {@code batch}, {@code noise}, {@code clip}, {@code follow_lecture}. A label may be quoted to hold
 * commas: {@code label="SGD, too fast"}.
 */
final class RacerSpec {

    private static final List<String> RACER_NAMES = List.of("label", "batch", "noise", "clip", "follow_lecture",
            "starts", "from", "sigma", "fan_in", "fan_out");

    private RacerSpec() {
    }

    /**
     * The racer the spec describes, in the slot a new racer of its rule takes after {@code before}: its home, its
     * home's variant, or the first free one.
     *
     * @throws BadInputException with one line naming the racer and what is wrong
     */
    static Racer parse(String spec, List<Racer> before, Surface surface) {
        String flag = "--racer '" + spec + "'";
        int colon = spec.indexOf(':');
        String id = (colon < 0 ? spec : spec.substring(0, colon)).trim();
        if (id.isEmpty()) {
            throw new BadInputException(flag + " must start with a rule, such as sgd:eps=0.5");
        }
        Rule rule = SimulationOptions.rule(flag, id);
        Racer r = Racer.of(rule, Simulation.slotFor(rule, before));
        if (colon < 0) {
            return r;
        }
        Set<String> given = new HashSet<>();
        java.util.Map<String, String> spread = new java.util.HashMap<>();
        for (String part : split(spec.substring(colon + 1), flag)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException(flag + ": '" + part + "' must be NAME=VALUE");
            }
            String name = part.substring(0, eq).trim();
            String value = unquote(part.substring(eq + 1).trim());
            if (!given.add(name)) {
                throw new BadInputException(flag + ": " + name + " is given twice");
            }
            String where = flag + ": " + name;
            switch (name) {
                case "label" -> r = r.withLabel(value);
                case "batch" -> {
                    if (!(surface instanceof MiniBatchSurface data)) {
                        throw new BadInputException(where + " applies only to a surface with data (logistic)");
                    }
                    r = r.withBatchSize(OptionalInt.of((int) Flags.whole(where, value,
                            Range.wholeNumbers(0, data.exampleCount()))));
                }
                case "noise" -> r = r.withNoise(OptionalDouble.of(Flags.number(where, value,
                        SimulationOptions.NON_NEGATIVE)));
                case "clip" -> r = r.withClipNorm(OptionalDouble.of(Flags.number(where, value,
                        SimulationOptions.NON_NEGATIVE)));
                case "starts", "from", "sigma", "fan_in", "fan_out" -> spread.put(name, value);
                case "follow_lecture" -> {
                    if (!rule.canFollowLecture()) {
                        throw new BadInputException(where + ": only PyTorch's rules follow the lecture's sliders");
                    }
                    r = r.withFollowsLecture(Flags.bool(where, value));
                }
                default -> {
                    Setting s = rule.setting(name).orElseThrow(() -> new BadInputException(flag + ": " + rule.id()
                            + " has no value " + name + "; it takes " + rule.keys() + " (and "
                            + String.join(", ", RACER_NAMES) + ")"));
                    r = r.with(s.parameter(), SimulationOptions.value(s.parameter(), value, where));
                }
            }
        }
        return spread.isEmpty() ? r : r.withStarts(spread(spread, flag));
    }

    /** The many starts starts=N, from=gaussian|xavier, sigma=σ, fan_in=m, fan_out=n describe. */
    private static StartSpread spread(java.util.Map<String, String> given, String flag) {
        if (!given.containsKey("starts")) {
            throw new BadInputException(flag + ": from, sigma, fan_in and fan_out go with starts=N");
        }
        int count = (int) Flags.whole(flag + ": starts", given.get("starts"),
                Range.wholeNumbers(1, StartSpread.MAX_COUNT));
        StartSpread.Distribution d;
        try {
            d = StartSpread.Distribution.byKey(given.getOrDefault("from", "gaussian"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + ": " + e.getMessage());
        }
        double sigma = given.containsKey("sigma") ? Flags.number(flag + ": sigma", given.get("sigma"),
                Range.openClosed(0, 1e6)) : 1;
        Range fans = Range.wholeNumbers(1, 1_000_000);
        int m = given.containsKey("fan_in") ? (int) Flags.whole(flag + ": fan_in", given.get("fan_in"), fans) : 1;
        int n = given.containsKey("fan_out") ? (int) Flags.whole(flag + ": fan_out", given.get("fan_out"), fans) : 1;
        return new StartSpread(d, count, sigma, m, n);
    }

    /** The parts between commas, a double-quoted stretch kept whole. */
    static List<String> split(String text, String flag) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                b.append(c);
            } else if (c == ',' && !quoted) {
                parts.add(b.toString().trim());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        if (quoted) {
            throw new BadInputException(flag + ": a quote is not closed");
        }
        parts.add(b.toString().trim());
        return parts;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
