package descent.cli;

import descent.lesson.Lesson;
import descent.lesson.Lessons;
import descent.math.Numbers;
import descent.math.Range;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.Setting;
import descent.scenario.Scenario;
import descent.scenario.ScenarioJson;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.MiniBatchSurface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
import descent.surface.ViewBox;
import descent.surface.formula.Declaration;
import descent.surface.formula.FormulaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The flags that choose a simulation, shared by {@code run}, {@code export} and the window. */
public final class SimulationOptions {

    static final Range STEPS = Range.wholeNumbers(0, 100_000_000);
    static final Range NON_NEGATIVE = Range.closed(0, 1e12);

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Start from a scenario saved as JSON; the other flags change it.")
    Path scenarioFile;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "Start from a built-in lesson (see 'descent lessons'); the other flags change it.")
    String lesson;

    @Option(names = "--surface", paramLabel = "NAME",
            description = "The loss surface (default wells; see 'descent list'); custom is your own, with --formula.")
    String surface;

    @Option(names = "--formula", paramLabel = "F",
            description = "Your own loss f(x, y), such as \"x^2 + 10*y^2 + 0.5*sin(3*x)*cos(2*y)\": numbers, x, y, pi,"
                    + " declared parameters, + - * / ^, brackets and " + "sin cos tan exp log sqrt abs tanh sigmoid"
                    + " softplus min max pow. Implies --surface custom.")
    String formula;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the surface, such as kappa=25; with --formula, declare one with its range"
                    + " as NAME=VALUE:MIN:MAX, such as a=1:0:5, and set it again as NAME=VALUE. Repeatable.")
    List<String> parameterFlags = new ArrayList<>();

    @Option(names = "--view", paramLabel = "X0,X1,Y0,Y1",
            description = "The part of the plane shown, such as -3,3,-2,2 (default: the surface's); for --formula also"
                    + " where its minima are sought and its defaults chosen.")
    String view;

    @Option(names = "--start", paramLabel = "X,Y", description = "The start point θ₀ (default: the surface's).")
    String start;

    @Option(names = "--steps", paramLabel = "N", description = "Updates per optimizer (default 200).")
    String steps;

    @Option(names = "--optimizers", paramLabel = "all|RULE,...",
            description = "Which rules race, one racer each (default: the lecture's eight): all, or some of "
                    + "${COMPLETION-CANDIDATES}", completionCandidates = RuleIds.class)
    String optimizers;

    @Option(names = "--racer", paramLabel = "RULE[:NAME=VALUE,...]",
            description = "A racer: a rule and the values it sets itself, such as \"sgd:eps=0.5,label=SGD too "
                    + "fast\"; also label, batch, noise, clip and, for PyTorch's rules, follow_lecture=true. "
                    + "Repeatable: the same rule may race many times; joins the --optimizers ones.")
    List<String> racers = new ArrayList<>();

    @Option(names = "--set", paramLabel = "RULE.NAME=VALUE",
            description = "A value for every racer of one rule, such as adam.eps=0.1; repeatable, once per key.")
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

    /** The command this mixin is part of, where the global hyperparameters' options are declared. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The rule ids, for the help text. */
    static final class RuleIds extends ArrayList<String> {
        RuleIds() {
            Rules.ALL.forEach(r -> add(r.id()));
        }
    }

    /**
     * Declares an option for each of the lecture's global hyperparameters on a command that mixes these options in,
     * from the hyperparameter's declaration: {@code --eps}, {@code --alpha}... with its symbol and default.
     */
    static void declareHyperparameters(CommandLine cl) {
        for (Hyperparameter h : Hyperparameter.GLOBALS) {
            double d = Hyperparameters.defaultValue(h);
            String byDefault = h == Hyperparameter.LEARNING_RATE ? "the surface's"
                    : h == Hyperparameter.FINAL_LEARNING_RATE ? "ε/100" : h.format(d);
            String title = Character.toUpperCase(h.title().charAt(0)) + h.title().substring(1);
            cl.getCommandSpec().addOption(OptionSpec.builder("--" + h.key()).paramLabel(h.symbol())
                    .type(String.class).description(title + " " + h.symbol() + ", for every racer that reads it "
                            + "(default " + byDefault + ").").build());
        }
    }

    /** The built-in lesson named by --lesson, or null. */
    Lesson lesson() {
        if (lesson == null) {
            return null;
        }
        try {
            return Lessons.byName(lesson);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--lesson: " + e.getMessage());
        }
    }

    /** The text given for a global hyperparameter's option, or null. */
    private String global(Hyperparameter h) {
        OptionSpec o = command == null ? null : command.findOption("--" + h.key());
        return o == null ? null : o.getValue();
    }

    /**
     * The scenario these flags describe.
     *
     * @throws BadInputException naming the first flag whose value is refused
     */
    public Scenario toScenario() {
        if (lesson != null && scenarioFile != null) {
            throw new BadInputException("--lesson and --scenario both give the start: give one");
        }
        Scenario s = scenarioFile != null ? ScenarioJson.read(scenarioFile, "--scenario")
                : lesson != null ? lesson().scenario() : Scenario.defaults("wells");
        if (surface != null && Surfaces.find(surface).isEmpty()) {
            throw new BadInputException("--surface must be one of " + Surfaces.names() + " (got '" + surface + "')");
        }
        if (formula != null && surface != null && !surface.equals(TypedSurface.NAME)) {
            throw new BadInputException("--formula makes a surface of its own: give --surface " + TypedSurface.NAME
                    + " or no --surface (got --surface " + surface + ")");
        }
        ViewBox box = view == null ? null : viewBox(view);
        boolean typed = formula != null || TypedSurface.NAME.equals(surface);
        if (typed) {
            s = s.withTypedSurface(typedSurface(s, box));
        } else if (surface != null && !surface.equals(s.surfaceName())) {
            s = s.withSurface(surface);
        }
        s = withParameters(s);
        if (box != null) {
            s = s.withView(box);
        }
        Simulation sim = s.simulation();
        if (start != null) {
            sim = sim.withStart(point("--start", start));
        }
        if (steps != null) {
            sim = sim.withSteps((int) Flags.whole("--steps", steps, STEPS));
        }
        if (optimizers != null || !racers.isEmpty()) {
            sim = sim.withRacers(racerList(sim.surface()));
        }
        sim = sim.withHyperparameters(hyperparameters(sim.hyperparameters()));
        sim = sim.withRacers(withSet(sim.racers()));
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

    /**
     * The typed surface these flags describe: --formula, else the scenario's own formula or the example; the
     * declarations among the --param flags (those with a range), else the scenario's; --view, else the scenario's
     * typed surface's view or the default one.
     */
    private TypedSurface typedSurface(Scenario s, ViewBox box) {
        TypedSurface old = s.surface() instanceof TypedSurface t ? t : null;
        String text = formula != null ? formula : old != null ? old.text() : TypedSurface.EXAMPLE;
        List<Declaration> declared = new ArrayList<>();
        for (Map.Entry<String, String> e : parameters(true).entrySet()) {
            String typedText = e.getKey() + "=" + e.getValue();
            try {
                declared.addAll(Declaration.parseAll(typedText));
            } catch (FormulaException problem) {
                throw new BadInputException("--param " + typedText + ": " + problem.getMessage());
            }
        }
        if (declared.isEmpty() && old != null) {
            declared = old.declarations();
        }
        if (declared.size() > Declaration.MAX_COUNT) {
            throw new BadInputException("--param: a formula has at most " + Declaration.MAX_COUNT + " parameters");
        }
        ViewBox where = box != null ? box : old != null ? old.view() : TypedSurface.DEFAULT_VIEW;
        try {
            return TypedSurface.of(text, declared, where);
        } catch (FormulaException e) {
            throw new BadInputException((formula != null ? "--formula: " : "the scenario's formula: ")
                    + e.getMessage());
        }
    }

    /** Whether a --param value declares a parameter with its range (VALUE:MIN:MAX) rather than setting a value. */
    private static boolean isDeclaration(String value) {
        return value.contains(":");
    }

    /**
     * The --param flags by name, in the order given: the declarations (a=1:0:5) or the values (a=4). A name may be
     * declared once and set once, so a flag that repeats another of its kind is refused rather than dropped.
     */
    private Map<String, String> parameters(boolean declarations) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String flag : parameterFlags) {
            int equals = flag.indexOf('=');
            if (equals <= 0) {
                throw new BadInputException("--param must be NAME=VALUE, such as kappa=25 (got '" + flag + "')");
            }
            String name = flag.substring(0, equals);
            String value = flag.substring(equals + 1);
            if (isDeclaration(value) == declarations && out.put(name, value) != null) {
                throw new BadInputException("--param " + name + " is given twice");
            }
        }
        return out;
    }

    static ViewBox viewBox(String text) {
        String[] parts = text.split(",", -1);
        String expected = "--view must be four numbers X0,X1,Y0,Y1 such as -3,3,-2,2";
        if (parts.length != 4) {
            throw new BadInputException(expected + " (got '" + text + "')");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Numbers.parse(parts[i]).orElseThrow(() -> new BadInputException(expected + " (got '" + text
                    + "')"));
        }
        if (!(v[0] < v[1]) || !(v[2] < v[3])) {
            throw new BadInputException("--view X0,X1,Y0,Y1 needs X0 < X1 and Y0 < Y1 (got '" + text + "')");
        }
        try {
            return new ViewBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--view: " + e.getMessage());
        }
    }

    private Scenario withParameters(Scenario s) {
        SurfaceType type = s.surface().type();
        boolean typed = s.surface() instanceof TypedSurface;
        Map.Entry<String, String> declaration = parameters(true).entrySet().stream().findFirst().orElse(null);
        if (!typed && declaration != null) {
            throw new BadInputException("--param " + declaration.getKey() + "=" + declaration.getValue() + " declares"
                    + " a parameter of a formula: give --formula, or set " + type.name() + "'s as NAME=VALUE");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : parameters(false).entrySet()) {
            String name = e.getKey();
            var p = type.parameters().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow(() ->
                    new BadInputException("--param " + name + " is not a parameter of " + type.name() + ": "
                            + (typed ? "declare it with its range, such as " + name + "=1:0:5"
                            : type.parameters().isEmpty() ? "it has none" : "it takes " + String.join(", ",
                            type.parameters().stream().map(q -> q.name()).toList()))));
            values.put(name, Flags.number("--param " + name, e.getValue(), p.range()));
        }
        return values.isEmpty() ? s : s.withParameters(values);
    }

    private Hyperparameters hyperparameters(Hyperparameters base) {
        Hyperparameters h = base;
        for (Hyperparameter p : Hyperparameter.GLOBALS) {
            String v = global(p);
            if (v != null) {
                h = h.with(p, Flags.number("--" + p.key(), v, p.range()));
            }
        }
        return h;
    }

    /** The racers with the values --set gives every racer of a rule. */
    private List<Racer> withSet(List<Racer> list) {
        List<Racer> out = new ArrayList<>(list);
        Map<String, String> seen = new LinkedHashMap<>();
        for (String entry : overrides) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? "" : entry.substring(eq + 1);
            int dot = key.lastIndexOf('.');
            if (eq < 0 || dot <= 0 || dot == key.length() - 1) {
                throw new BadInputException("--set must be RULE.NAME=VALUE, such as adam.eps=0.1 (got '"
                        + entry + "')");
            }
            String before = seen.put(key, value);
            if (before != null) {
                throw new BadInputException("--set " + key + " is given twice (" + before + " and " + value
                        + "): give each value once");
            }
            Rule rule = rule("--set", key.substring(0, dot));
            String name = key.substring(dot + 1);
            Setting setting = rule.setting(name).orElseThrow(() -> new BadInputException("--set " + key + ": "
                    + rule.id() + " has no value " + name + "; it takes " + rule.keys()));
            double v = value(setting.parameter(), value, "--set " + key);
            boolean any = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).rule() == rule) {
                    out.set(i, out.get(i).with(setting.parameter(), v));
                    any = true;
                }
            }
            if (!any) {
                throw new BadInputException("--set " + key + ": no " + rule.id() + " racer in this race");
            }
        }
        return out;
    }

    /** A value as typed for a hyperparameter: true or false for a switch, a number in its range otherwise. */
    static double value(Hyperparameter h, String text, String flag) {
        if (h.isSwitch()) {
            return Flags.bool(flag, text) ? 1 : 0;
        }
        return Flags.number(flag, text, h.range());
    }

    /** The racers --optimizers and --racer name, in that order, with their slots. */
    private List<Racer> racerList(descent.surface.Surface surface) {
        List<Racer> list = new ArrayList<>();
        if (optimizers != null) {
            list.addAll(Simulation.racersOf(ruleList(optimizers)));
        }
        for (String spec : racers) {
            if (list.size() == Racer.MAX_SLOTS) {
                throw new BadInputException("--racer '" + spec + "': a race has at most " + Racer.MAX_SLOTS
                        + " racers");
            }
            list.add(RacerSpec.parse(spec, list, surface));
        }
        return list;
    }

    static List<Rule> ruleList(String text) {
        if (text.trim().equals("all")) {
            return Rules.lecture();
        }
        List<Rule> list = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Rule r = rule("--optimizers", part.trim());
            if (list.contains(r)) {
                throw new BadInputException("--optimizers names " + r.id() + " twice: name each rule once (use"
                        + " --racer to race one rule many times)");
            }
            list.add(r);
        }
        // The catalogue's order, whatever order they were named in: legends and CSV files follow it.
        list.sort(java.util.Comparator.comparingInt(Rules::home));
        return list;
    }

    static Rule rule(String flag, String id) {
        try {
            return Rules.byId(id);
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
