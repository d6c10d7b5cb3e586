package descent.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Optimizer;
import descent.sim.Simulation;
import descent.surface.Range;
import descent.surface.Surfaces;
import descent.surface.Vec2;
import descent.surface.ViewBox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scenarios to and from JSON, so that anyone can reproduce a view or an animation exactly. */
public final class ScenarioJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("descent", "surface", "parameters", "start", "steps",
            "optimizers", "hyperparameters", "overrides", "noise", "seed", "batch", "clip", "tolerance", "view");

    private ScenarioJson() {
    }

    /** The scenario as an indented JSON document. */
    public static String toJson(Scenario scenario) {
        Simulation sim = scenario.simulation();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("descent", 1);
        root.put("surface", scenario.surfaceName());
        ObjectNode params = root.putObject("parameters");
        scenario.parameters().forEach(params::put);
        root.putArray("start").add(sim.start().x()).add(sim.start().y());
        root.put("steps", sim.steps());
        ArrayNode opts = root.putArray("optimizers");
        sim.optimizers().forEach(o -> opts.add(o.key()));
        ObjectNode globals = root.putObject("hyperparameters");
        sim.hyperparameters().globals().forEach((h, v) -> globals.put(h.key(), v));
        ObjectNode overrides = root.putObject("overrides");
        sim.hyperparameters().overrides().forEach((o, m) -> {
            ObjectNode own = overrides.putObject(o.key());
            m.forEach((h, v) -> own.put(h.key(), v));
        });
        root.put("noise", sim.noise());
        root.put("seed", sim.seed());
        root.put("batch", sim.batchSize());
        root.put("clip", sim.clipNorm());
        root.put("tolerance", sim.tolerance());
        ViewBox v = scenario.view();
        ObjectNode view = root.putObject("view");
        view.put("xMin", v.xMin()).put("xMax", v.xMax()).put("yMin", v.yMin()).put("yMax", v.yMax());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a scenario file.
     *
     * @param flag how the user named the file, for messages (such as "--scenario")
     * @throws ScenarioException with one line for the user when the file cannot be read or is not a scenario
     */
    public static Scenario read(Path file, String flag) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(flag + ": no such file " + file);
        } catch (IOException e) {
            throw new ScenarioException(flag + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        return parse(text, flag + " " + file);
    }

    /**
     * Parses a scenario document.
     *
     * @param where names the document in messages
     * @throws ScenarioException with one line for the user when it is not a valid scenario
     */
    public static Scenario parse(String json, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(where + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(where + ": not a scenario (expected a JSON object)");
        }
        try {
            return fromTree(root);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(where + ": " + e.getMessage());
        }
    }

    private static Scenario fromTree(JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'");
            }
        }
        String surface = text(root, "surface", "wells");
        Surfaces.byName(surface);
        Scenario s = Scenario.defaults(surface);
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
        if (root.has("optimizers")) {
            JsonNode list = root.get("optimizers");
            if (!list.isArray()) {
                throw new IllegalArgumentException("'optimizers' must be a list of names");
            }
            List<Optimizer> opts = new ArrayList<>();
            list.forEach(n -> opts.add(Optimizer.byKey(n.asText())));
            opts.sort(null);
            sim = sim.withOptimizers(opts.stream().distinct().toList());
        }
        Hyperparameters h = Hyperparameters.defaults();
        if (root.has("hyperparameters")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "hyperparameters").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                h = h.with(Hyperparameter.byKey(e.getKey()), number(e.getValue(), e.getKey()));
            }
        }
        if (root.has("overrides")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object(root, "overrides").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Optimizer o = Optimizer.byKey(e.getKey());
                if (!e.getValue().isObject()) {
                    throw new IllegalArgumentException("'overrides." + e.getKey() + "' must be an object");
                }
                for (Iterator<Map.Entry<String, JsonNode>> jt = e.getValue().fields(); jt.hasNext(); ) {
                    Map.Entry<String, JsonNode> v = jt.next();
                    h = h.withOverride(o, Hyperparameter.byKey(v.getKey()), number(v.getValue(),
                            e.getKey() + "." + v.getKey()));
                }
            }
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
            JsonNode v = object(root, "view");
            s = s.withView(new ViewBox(number(v.get("xMin"), "view.xMin"), number(v.get("xMax"), "view.xMax"),
                    number(v.get("yMin"), "view.yMin"), number(v.get("yMax"), "view.yMax")));
        }
        return s;
    }

    private static String text(JsonNode root, String field, String fallback) {
        JsonNode n = root.get(field);
        if (n == null) {
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
