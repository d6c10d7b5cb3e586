package descent.cli;

import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Optimizer;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import descent.sim.Simulation;
import descent.surface.MiniBatchSurface;
import descent.surface.Range;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.Vec2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags that choose a simulation, shared by {@code run}, {@code export} and the window. */
public final class SimulationOptions {

    static final Range STEPS = Range.wholeNumbers(0, 100_000_000);
    static final Range NON_NEGATIVE = Range.closed(0, 1e12);

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Start from a scenario saved as JSON; the other flags change it.")
    Path scenarioFile;

    @Option(names = "--surface", paramLabel = "NAME",
            description = "The loss surface (default wells; see 'descent list').")
    String surface;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the surface, such as kappa=25; repeatable.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "The start point θ₀ (default: the surface's).")
    String start;

    @Option(names = "--steps", paramLabel = "N", description = "Updates per optimizer (default 200).")
    String steps;

    @Option(names = "--optimizers", paramLabel = "all|NAME,...",
            description = "Which optimizers race (default all): ${COMPLETION-CANDIDATES}", completionCandidates =
            OptimizerKeys.class)
    String optimizers;

    @Option(names = "--eps", paramLabel = "ε", description = "Learning rate ε (default: the surface's).")
    String eps;

    @Option(names = "--alpha", paramLabel = "α", description = "Momentum α (default 0.9).")
    String alpha;

    @Option(names = "--rho", paramLabel = "ρ", description = "RMSProp decay rate ρ (default 0.9).")
    String rho;

    @Option(names = "--delta", paramLabel = "δ", description = "Small constant δ (default 1e-7).")
    String delta;

    @Option(names = "--rho1", paramLabel = "ρ₁", description = "Adam's first-moment decay ρ₁ (default 0.9).")
    String rho1;

    @Option(names = "--rho2", paramLabel = "ρ₂", description = "Adam's second-moment decay ρ₂ (default 0.999).")
    String rho2;

    @Option(names = "--tau", paramLabel = "τ", description = "Steps over which ε decays to ε_τ (default 100).")
    String tau;

    @Option(names = "--eps-tau", paramLabel = "ε_τ", description = "Final learning rate ε_τ (default ε/100).")
    String epsTau;

    @Option(names = "--set", paramLabel = "OPTIMIZER.NAME=VALUE",
            description = "A value for one optimizer only, such as adam.eps=0.1; repeatable, once per key.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--noise", paramLabel = "σ",
            description = "Standard deviation of Gaussian noise added to each gradient (default 0).")
    String noise;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the noise and the mini-batches (default 0).")
    String seed;

    @Option(names = "--batch", paramLabel = "M",
            description = "Mini-batch size for the logistic surface: 1 is online learning (default: full batch).")
    String batch;

    @Option(names = "--clip", paramLabel = "NORM",
            description = "Clip each gradient to this norm at most (default: no clipping).")
    String clip;

    @Option(names = "--tol", paramLabel = "T",
            description = "A run has converged once the gradient norm falls below T (default 1e-6; 0: never).")
    String tolerance;

    /** The optimizer keys, for the help text. */
    static final class OptimizerKeys extends ArrayList<String> {
        OptimizerKeys() {
            for (Optimizer o : Optimizer.values()) {
                add(o.key());
            }
        }
    }

    /**
     * The scenario these flags describe.
     *
     * @throws BadInputException naming the first flag whose value is refused
     */
    public Scenario toScenario() {
        Scenario s = scenarioFile == null ? Scenario.defaults("wells") : ScenarioJson.read(scenarioFile, "--scenario");
        if (surface != null) {
            if (Surfaces.find(surface).isEmpty()) {
                throw new BadInputException("--surface must be one of " + Surfaces.names() + " (got '" + surface
                        + "')");
            }
            if (!surface.equals(s.surfaceName())) {
                s = s.withSurface(surface);
            }
        }
        s = withParameters(s);
        Simulation sim = s.simulation();
        if (start != null) {
            sim = sim.withStart(point("--start", start));
        }
        if (steps != null) {
            sim = sim.withSteps((int) Flags.whole("--steps", steps, STEPS));
        }
        if (optimizers != null) {
            sim = sim.withOptimizers(optimizerList(optimizers));
        }
        sim = sim.withHyperparameters(hyperparameters(sim.hyperparameters()));
        if (noise != null) {
            sim = sim.withNoise(Flags.number("--noise", noise, NON_NEGATIVE));
        }
        if (seed != null) {
            sim = sim.withSeed(Flags.anyWhole("--seed", seed));
        }
        if (batch != null) {
            if (!(sim.surface() instanceof MiniBatchSurface data)) {
                throw new BadInputException("--batch applies only to a surface with data (logistic), not "
                        + sim.surface().name());
            }
            sim = sim.withBatchSize((int) Flags.whole("--batch", batch, Range.wholeNumbers(0, data.exampleCount())));
        }
        if (clip != null) {
            sim = sim.withClipNorm(Flags.number("--clip", clip, NON_NEGATIVE));
        }
        if (tolerance != null) {
            sim = sim.withTolerance(Flags.number("--tol", tolerance, NON_NEGATIVE));
        }
        Simulation result = sim;
        return s.with(old -> result);
    }

    private Scenario withParameters(Scenario s) {
        if (parameters.isEmpty()) {
            return s;
        }
        SurfaceType type = Surfaces.byName(s.surfaceName());
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            String name = e.getKey();
            var p = type.parameters().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow(() ->
                    new BadInputException("--param " + name + " is not a parameter of " + type.name() + ": "
                            + (type.parameters().isEmpty() ? "it has none" : "it takes " + String.join(", ",
                            type.parameters().stream().map(q -> q.name()).toList()))));
            values.put(name, Flags.number("--param " + name, e.getValue(), p.range()));
        }
        return s.withParameters(values);
    }

    private Hyperparameters hyperparameters(Hyperparameters base) {
        Hyperparameters h = base;
        Map<Hyperparameter, String> globals = new EnumMap<>(Hyperparameter.class);
        put(globals, Hyperparameter.LEARNING_RATE, eps);
        put(globals, Hyperparameter.MOMENTUM, alpha);
        put(globals, Hyperparameter.DECAY_RATE, rho);
        put(globals, Hyperparameter.DELTA, delta);
        put(globals, Hyperparameter.FIRST_MOMENT_DECAY, rho1);
        put(globals, Hyperparameter.SECOND_MOMENT_DECAY, rho2);
        put(globals, Hyperparameter.DECAY_STEPS, tau);
        put(globals, Hyperparameter.FINAL_LEARNING_RATE, epsTau);
        for (Map.Entry<Hyperparameter, String> e : globals.entrySet()) {
            h = h.with(e.getKey(), Flags.number("--" + e.getKey().key(), e.getValue(), e.getKey().range()));
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String entry : overrides) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? "" : entry.substring(eq + 1);
            int dot = key.lastIndexOf('.');
            if (eq < 0 || dot <= 0 || dot == key.length() - 1) {
                throw new BadInputException("--set must be OPTIMIZER.NAME=VALUE, such as adam.eps=0.1 (got '"
                        + entry + "')");
            }
            String before = seen.put(key, value);
            if (before != null) {
                throw new BadInputException("--set " + key + " is given twice (" + before + " and " + value
                        + "): give each value once");
            }
            Optimizer o = optimizer("--set", key.substring(0, dot));
            Hyperparameter p;
            try {
                p = Hyperparameter.byKey(key.substring(dot + 1));
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--set " + key + ": " + ex.getMessage());
            }
            if (!o.uses(p)) {
                throw new BadInputException("--set " + key + ": " + o.key() + " has no hyperparameter " + p.key()
                        + "; it takes " + String.join(", ", o.hyperparameters().stream().map(Hyperparameter::key)
                        .toList()));
            }
            h = h.withOverride(o, p, Flags.number("--set " + key, value, p.range()));
        }
        return h;
    }

    private static void put(Map<Hyperparameter, String> m, Hyperparameter h, String v) {
        if (v != null) {
            m.put(h, v);
        }
    }

    static List<Optimizer> optimizerList(String text) {
        if (text.trim().equals("all")) {
            return List.of(Optimizer.values());
        }
        List<Optimizer> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Optimizer o = optimizer("--optimizers", part.trim());
            if (list.contains(o)) {
                throw new BadInputException("--optimizers names " + o.key() + " twice: name each optimizer once");
            }
            list.add(o);
        }
        // The lecture's order, whatever order they were named in: legends and CSV files follow it.
        list.sort(null);
        return list;
    }

    private static Optimizer optimizer(String flag, String key) {
        try {
            return Optimizer.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + ": " + e.getMessage());
        }
    }

    static Vec2 point(String flag, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new BadInputException(flag + " must be two numbers X,Y such as -2.5,1.5 (got '" + text + "')");
        }
        Range any = Range.closed(-1e12, 1e12);
        try {
            return new Vec2(Flags.number(flag, parts[0], any), Flags.number(flag, parts[1], any));
        } catch (BadInputException e) {
            throw new BadInputException(flag + " must be two finite numbers X,Y such as -2.5,1.5 (got '" + text
                    + "')");
        }
    }
}
