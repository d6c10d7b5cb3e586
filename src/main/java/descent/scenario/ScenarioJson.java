package descent.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import descent.math.Range;
import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.Setting;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.sim.StartSpread;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
import descent.surface.formula.Declaration;
import descent.surface.formula.FormulaException;
import descent.surface.ViewBox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scenarios to and from JSON, so that anyone can reproduce a view or an animation exactly. Version 2 lists racers;
 * a version 1 file (optimizers, each once, and their overrides) still loads to the same race. Version 3 adds a
 * typed surface's formula, its parameters' declarations and its view, and is written only for a typed surface, so
 * that every other scenario still reads where version 2 does. Names in a file are looked up in the catalogues: a
 * file never names a class to load, and a formula is parsed, never run as code.
 */
public final class ScenarioJson {

    /** The largest scenario file read: a scenario is a few kilobytes, and /dev/zero never ends. */
    public static final int MAX_BYTES = 1 << 20;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER = 100;
    private static final int MAX_TEXT = 10_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER).maxStringLength(MAX_TEXT).maxNameLength(MAX_TEXT).build())
            .build()).enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> FIELDS = Set.of("descent", "surface", "parameters", "start", "steps",
            "optimizers", "racers", "hyperparameters", "overrides", "noise", "seed", "batch", "clip", "tolerance",
            "view", "lesson", "formula");
    private static final Set<String> FORMULA_FIELDS = Set.of("f", "parameters", "view");
    private static final Set<String> DECLARATION_FIELDS = Set.of("value", "min", "max");
    private static final Set<String> RACER_FIELDS = Set.of("rule", "label", "values", "slot", "shown",
            "follow_lecture", "batch", "noise", "clip", "starts");
    private static final Set<String> STARTS_FIELDS = Set.of("count", "from", "sigma", "fan_in", "fan_out");
    /** The version this writes for a built-in surface. */
    public static final int VERSION = 2;
    /** The version this writes for a typed surface, whose formula a version 2 reader would refuse. */
    public static final int TYPED_VERSION = 3;

    private ScenarioJson() {
    }

    /** The scenario as an indented JSON document. */
    public static String toJson(Scenario scenario) {
        Simulation sim = scenario.simulation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("descent", scenario.surface() instanceof TypedSurface ? TYPED_VERSION : VERSION);
        root.put("surface", scenario.surfaceName());
        if (scenario.surface() instanceof TypedSurface t) {
            ObjectNode formula = root.putObject("formula");
            formula.put("f", t.text());
            ObjectNode declared = formula.putObject("parameters");
            for (Declaration d : t.declarations()) {
                declared.putObject(d.name()).put("value", d.value()).put("min", d.min()).put("max", d.max());
            }
            view(formula.putObject("view"), t.view());
        }
        ObjectNode params = root.putObject("parameters");
        scenario.parameters().forEach(params::put);
        root.putArray("start").add(sim.start().x()).add(sim.start().y());
        root.put("steps", sim.steps());
        ArrayNode racers = root.putArray("racers");
        sim.racers().forEach(r -> racers.add(racer(r)));
        ObjectNode globals = root.putObject("hyperparameters");
        sim.hyperparameters().globals().forEach((h, v) -> globals.put(h.key(), v));
        root.put("noise", sim.noise());
        root.put("seed", sim.seed());
        root.put("batch", sim.batchSize());
        root.put("clip", sim.clipNorm());
        root.put("tolerance", sim.tolerance());
        view(root.putObject("view"), scenario.view());
        return write(root);
    }

    private static void view(ObjectNode n, ViewBox v) {
        n.put("xMin", v.xMin()).put("xMax", v.xMax()).put("yMin", v.yMin()).put("yMax", v.yMax());
    }

    private static ViewBox view(JsonNode root, String field) {
        JsonNode v = object(root, field);
        return new ViewBox(number(v.get("xMin"), field + ".xMin"), number(v.get("xMax"), field + ".xMax"),
                number(v.get("yMin"), field + ".yMin"), number(v.get("yMax"), field + ".yMax"));
    }

    /** The typed surface a version 3 file's "formula" describes, its parameters at their declared values. */
    private static TypedSurface typed(JsonNode root) {
        JsonNode f = object(root, "formula");
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FORMULA_FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field 'formula." + name + "'");
            }
        }
        String text = text(f, "f", null);
        List<Declaration> declared = new ArrayList<>();
        if (f.has("parameters")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(f, "parameters").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "formula.parameters." + e.getKey();
                if (!e.getValue().isObject()) {
                    throw new IllegalArgumentException("'" + where + "' must be an object with value, min and max");
                }
                for (Iterator<String> names = e.getValue().fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!DECLARATION_FIELDS.contains(name)) {
                        throw new IllegalArgumentException("unknown field '" + where + "." + name + "'");
                    }
                }
                JsonNode d = e.getValue();
                try {
                    declared.add(new Declaration(e.getKey(), number(d.get("value"), where + ".value"),
                            number(d.get("min"), where + ".min"), number(d.get("max"), where + ".max")));
                } catch (IllegalArgumentException problem) {
                    throw new IllegalArgumentException("'" + where + "': " + problem.getMessage());
                }
            }
        }
        ViewBox view = f.has("view") ? view(f, "view") : TypedSurface.DEFAULT_VIEW;
        try {
            return TypedSurface.of(text, declared, view);
        } catch (FormulaException e) {
            throw new IllegalArgumentException("'formula.f': " + e.getMessage());
        }
    }

    /** A JSON object as an indented document, with its trailing line break. */
    public static String write(JsonNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode racer(Racer r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", r.rule().id());
        if (r.label() != null) {
            n.put("label", r.label());
        }
        if (!r.own().isEmpty()) {
            ObjectNode values = n.putObject("values");
            r.own().forEach((h, v) -> {
                if (h.isSwitch()) {
                    values.put(h.key(), v != 0);
                } else {
                    values.put(h.key(), v);
                }
            });
        }
        n.put("slot", r.slot());
        if (!r.shown()) {
            n.put("shown", false);
        }
        if (r.followsLecture()) {
            n.put("follow_lecture", true);
        }
        r.batchSize().ifPresent(m -> n.put("batch", m));
        r.noise().ifPresent(v -> n.put("noise", v));
        r.clipNorm().ifPresent(v -> n.put("clip", v));
        StartSpread spread = r.starts();
        if (spread != null) {
            ObjectNode starts = n.putObject("starts");
            starts.put("count", spread.count()).put("from", spread.distribution().key());
            if (spread.distribution() == StartSpread.Distribution.GAUSSIAN) {
                starts.put("sigma", spread.sigma());
            } else {
                starts.put("fan_in", spread.fanIn()).put("fan_out", spread.fanOut());
            }
        }
        return n;
    }

    /**
     * Reads a scenario file: a regular file of at most {@link #MAX_BYTES} of UTF-8, looked at before it is opened,
     * so that a FIFO or a device such as /dev/zero is refused rather than read for ever.
     *
     * @param flag how the user named the file, for messages (such as "--scenario")
     * @throws ScenarioException with one line for the user when the file cannot be read or is not a scenario
     */
    public static Scenario read(Path file, String flag) {
        return parse(readText(file, flag), flag + " " + file);
    }

    /**
     * The text of a scenario or lesson file, read as {@link #read} reads it.
     *
     * @throws ScenarioException with one line for the user when the file cannot be read
     */
    public static String readText(Path file, String flag) {
        String where = (flag + " " + file).strip();
        if (!Files.exists(file)) {
            throw new ScenarioException((flag.isEmpty() ? "" : flag + ": ") + "no such file " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(where + " is a folder, not a scenario file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(where + " is not a regular file (a device or a pipe): save the scenario in"
                    + " a file");
        }
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(where + " is larger than " + (MAX_BYTES >> 20) + " MB: not a scenario");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(where + ": not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new ScenarioException((flag.isEmpty() ? "" : flag + ": ") + "no such file " + file);
        } catch (IOException e) {
            throw new ScenarioException(where + ": cannot read it (" + e.getMessage() + ")");
        }
        return text;
    }

    /**
     * Parses a scenario document, which may start with a byte order mark.
     *
     * @param where names the document in messages
     * @throws ScenarioException with one line for the user when it is not a valid scenario
     */
    public static Scenario parse(String json, String where) {
        return fromTree(tree(json, where), where);
    }

    /**
     * The JSON object of a scenario document, for readers of documents that hold a scenario and more (a lesson).
     *
     * @throws ScenarioException with one line for the user when it is not a JSON object
     */
    public static JsonNode tree(String json, String where) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
            root = MAPPER.readTree(parser);
            if (root != null && followedByMore(parser)) {
                throw new ScenarioException(where + ": something follows the scenario's closing brace");
            }
        } catch (StreamConstraintsException e) {
            throw new ScenarioException(where + ": " + limit(e));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ScenarioException(where + ": not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(where + ": not a scenario (expected a JSON object)");
        }
        return root;
    }

    /**
     * The scenario a document's JSON object describes.
     *
     * @throws ScenarioException with one line for the user when it is not a valid scenario
     */
    public static Scenario fromTree(JsonNode root, String where) {
        try {
            return fromTree(root);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + ": " + e.getMessage());
        }
    }

    /** Whether anything, even something that is not JSON, follows the document's one value. */
    private static boolean followedByMore(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    /** Which of the reader's limits a document went past, in words. */
    private static String limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels: not a scenario";
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER + " characters";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "a text longer than " + MAX_TEXT + " characters";
        }
        return "beyond what a scenario may hold (" + MAX_DEPTH + " levels, numbers of " + MAX_NUMBER
                + " characters, texts of " + MAX_TEXT + ")";
    }

    private static Scenario fromTree(JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'");
            }
        }
        String surface = text(root, "surface", root.has("formula") ? TypedSurface.NAME : "wells");
        if (surface == null) {
            throw new IllegalArgumentException("'surface' must be a name");
        }
        Surfaces.byName(surface);
        if (root.has("formula") && !surface.equals(TypedSurface.NAME)) {
            throw new IllegalArgumentException("'formula' goes with \"surface\": \"" + TypedSurface.NAME + "\", not "
                    + surface);
        }
        Scenario s = root.has("formula") ? Scenario.defaults(typed(root)) : Scenario.defaults(surface);
        Map<String, Double> params = new LinkedHashMap<>();
        if (root.has("parameters")) {
            object(root, "parameters").fields().forEachRemaining(e -> params.put(e.getKey(),
                    number(e.getValue(), "parameters." + e.getKey())));
        }
        s = s.withParameters(params);
        Simulation sim = s.simulation();
        if (root.has("start")) {
            JsonNode p = root.get("start");
            if (!p.isArray() || p.size() != 2) {
                throw new IllegalArgumentException("'start' must be [x, y]");
            }
            sim = sim.withStart(new Vec2(number(p.get(0), "start"), number(p.get(1), "start")));
        }
        if (root.has("steps")) {
            sim = sim.withSteps((int) whole(root.get("steps"), "steps", Range.wholeNumbers(0, 100_000_000)));
        }
        Hyperparameters h = Hyperparameters.defaults();
        if (root.has("hyperparameters")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "hyperparameters").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                h = h.with(Hyperparameter.global(e.getKey()), number(e.getValue(), e.getKey()));
            }
        }
        if (root.has("racers")) {
            if (root.has("optimizers") || root.has("overrides")) {
                throw new IllegalArgumentException("'racers' replaces 'optimizers' and 'overrides': give one or the"
                        + " other");
            }
            JsonNode list = root.get("racers");
            if (!list.isArray()) {
                throw new IllegalArgumentException("'racers' must be a list");
            }
            List<Racer> racers = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                racers.add(racer(list.get(i), "racers[" + i + "]", racers));
            }
            sim = sim.withRacers(racers);
        } else {
            sim = sim.withRacers(version1Racers(root));
        }
        sim = sim.withHyperparameters(h);
        Range nonNegative = Range.closed(0, 1e12);
        if (root.has("noise")) {
            sim = sim.withNoise(checked(root.get("noise"), "noise", nonNegative));
        }
        if (root.has("seed")) {
            JsonNode n = root.get("seed");
            if (!n.canConvertToLong() || !n.isIntegralNumber()) {
                throw new IllegalArgumentException("'seed' must be a whole number");
            }
            sim = sim.withSeed(n.asLong());
        }
        if (root.has("batch")) {
            sim = sim.withBatchSize((int) whole(root.get("batch"), "batch", Range.wholeNumbers(0, 100_000)));
        }
        if (root.has("clip")) {
            sim = sim.withClipNorm(checked(root.get("clip"), "clip", nonNegative));
        }
        if (root.has("tolerance")) {
            sim = sim.withTolerance(checked(root.get("tolerance"), "tolerance", nonNegative));
        }
        Simulation result = sim;
        s = s.with(old -> result);
        if (root.has("view")) {
            s = s.withView(view(root, "view"));
        }
        return s;
    }

    /** The racers of a version 1 file: the optimizers named, each once in its home slot, with its overrides. */
    private static List<Racer> version1Racers(JsonNode root) {
        List<Rule> rules = new ArrayList<>(Rules.lecture());
        if (root.has("optimizers")) {
            JsonNode list = root.get("optimizers");
            if (!list.isArray()) {
                throw new IllegalArgumentException("'optimizers' must be a list of names");
            }
            rules = new ArrayList<>();
            for (JsonNode n : list) {
                Rule r = Rules.byId(n.asText());
                if (!rules.contains(r)) {
                    rules.add(r);
                }
            }
            // In the lecture's order, as version 1 always raced them.
            rules.sort(java.util.Comparator.comparingInt(Rules::home));
        }
        List<Racer> racers = new ArrayList<>(Simulation.racersOf(rules));
        if (root.has("overrides")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "overrides").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Rule rule = Rules.byId(e.getKey());
                if (!e.getValue().isObject()) {
                    throw new IllegalArgumentException("'overrides." + e.getKey() + "' must be an object");
                }
                for (int i = 0; i < racers.size(); i++) {
                    if (racers.get(i).rule() == rule) {
                        racers.set(i, withValues(racers.get(i), e.getValue(), "overrides." + e.getKey()));
                    }
                }
            }
        }
        return racers;
    }

    private static Racer racer(JsonNode n, String where, List<Racer> before) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("'" + where + "' must be an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!RACER_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + where + "." + f + "'");
            }
        }
        Rule rule = Rules.byId(text(n, "rule", null));
        int slot;
        if (n.has("slot")) {
            slot = (int) whole(n.get("slot"), where + ".slot", Range.wholeNumbers(0, Racer.MAX_SLOTS - 1));
        } else {
            java.util.BitSet used = new java.util.BitSet();
            before.forEach(r -> used.set(r.slot()));
            slot = used.nextClearBit(0);
        }
        Racer r = Racer.of(rule, Math.min(slot, Racer.MAX_SLOTS - 1));
        if (n.has("label")) {
            r = r.withLabel(text(n, "label", null));
        }
        if (n.has("values")) {
            r = withValues(r, object(n, "values"), where + ".values");
        }
        if (n.has("shown")) {
            r = r.withShown(bool(n.get("shown"), where + ".shown"));
        }
        if (n.has("follow_lecture")) {
            r = r.withFollowsLecture(bool(n.get("follow_lecture"), where + ".follow_lecture"));
        }
        Range nonNegative = Range.closed(0, 1e12);
        if (n.has("batch")) {
            r = r.withBatchSize(OptionalInt.of((int) whole(n.get("batch"), where + ".batch",
                    Range.wholeNumbers(0, 100_000))));
        }
        if (n.has("noise")) {
            r = r.withNoise(OptionalDouble.of(checked(n.get("noise"), where + ".noise", nonNegative)));
        }
        if (n.has("clip")) {
            r = r.withClipNorm(OptionalDouble.of(checked(n.get("clip"), where + ".clip", nonNegative)));
        }
        if (n.has("starts")) {
            r = r.withStarts(starts(object(n, "starts"), where + ".starts"));
        }
        return r;
    }

    private static StartSpread starts(JsonNode n, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!STARTS_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + where + "." + f + "'");
            }
        }
        int count = (int) whole(n.get("count"), where + ".count", Range.wholeNumbers(1, StartSpread.MAX_COUNT));
        StartSpread.Distribution d = StartSpread.Distribution.byKey(text(n, "from", "gaussian"));
        Range positive = Range.openClosed(0, 1e6);
        Range fans = Range.wholeNumbers(1, 1_000_000);
        return new StartSpread(d, count, n.has("sigma") ? checked(n.get("sigma"), where + ".sigma", positive) : 1,
                n.has("fan_in") ? (int) whole(n.get("fan_in"), where + ".fan_in", fans) : 1,
                n.has("fan_out") ? (int) whole(n.get("fan_out"), where + ".fan_out", fans) : 1);
    }

    private static Racer withValues(Racer r, JsonNode values, String where) {
        if (!values.isObject()) {
            throw new IllegalArgumentException("'" + where + "' must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            Rule rule = r.rule();
            Setting s = rule.setting(v.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "'" + where + "." + v.getKey() + "': " + rule.id() + " has no value " + v.getKey()
                            + "; it takes " + rule.keys()));
            Hyperparameter h = s.parameter();
            double value = h.isSwitch() && v.getValue().isBoolean() ? (v.getValue().asBoolean() ? 1 : 0)
                    : number(v.getValue(), where + "." + v.getKey());
            r = r.with(h, value);
        }
        return r;
    }

    private static boolean bool(JsonNode n, String field) {
        if (!n.isBoolean()) {
            throw new IllegalArgumentException("'" + field + "' must be true or false");
        }
        return n.asBoolean();
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode n = root.get(field);
        if (n == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("'" + field + "' is missing");
            }
            return fallback;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a name");
        }
        return n.asText();
    }

    private static JsonNode object(JsonNode root, String field) {
        JsonNode n = root.get(field);
        if (!n.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return n;
    }

    private static double number(JsonNode n, String field) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new IllegalArgumentException("'" + field + "' must be a finite number");
        }
        return n.asDouble();
    }

    private static double checked(JsonNode n, String field, Range range) {
        double v = number(n, field);
        if (!range.contains(v)) {
            throw new IllegalArgumentException("'" + field + "' must be " + range.describe() + " (got " + v + ")");
        }
        return v;
    }

    private static long whole(JsonNode n, String field, Range range) {
        double v = number(n, field);
        if (!range.contains(v)) {
            throw new IllegalArgumentException("'" + field + "' must be " + range.describe() + " (got " + n + ")");
        }
        return (long) v;
    }
}
