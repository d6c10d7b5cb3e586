package descent.surface;

import descent.math.Range;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A kind of surface in the catalogue: its name, what it teaches, its parameters and how to build one. */
public final class SurfaceType {

    private final String name;
    private final String summary;
    private final List<Parameter> parameters;
    private final Function<Map<String, Double>, Surface> factory;

    public SurfaceType(String name, String summary, List<Parameter> parameters,
            Function<Map<String, Double>, Surface> factory) {
        this.name = name;
        this.summary = summary;
        this.parameters = List.copyOf(parameters);
        this.factory = factory;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The surface with every parameter at its default. */
    public Surface create() {
        return create(Map.of());
    }

    /**
     * The surface with the given parameter values, the others at their defaults.
     *
     * @throws IllegalArgumentException naming the parameter when a name is unknown or a value is out of range
     */
    public Surface create(Map<String, Double> values) {
        return factory.apply(resolve(values));
    }

    /** The full set of parameter values, defaults filled in, after checking names and ranges. */
    public Map<String, Double> resolve(Map<String, Double> values) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            all.put(p.name(), p.defaultValue());
        }
        Map<String, Double> unknown = new HashMap<>(values);
        unknown.keySet().removeAll(all.keySet());
        if (!unknown.isEmpty()) {
            String accepted = parameters.isEmpty() ? "it takes no parameters"
                    : "it takes " + parameters.stream().map(Parameter::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("unknown parameter '" + unknown.keySet().iterator().next()
                    + "' for surface " + name + ": " + accepted);
        }
        for (Parameter p : parameters) {
            Double v = values.get(p.name());
            if (v != null) {
                if (!p.range().contains(v)) {
                    throw new IllegalArgumentException(name + " parameter " + p.name() + " must be "
                            + p.range().describe() + " (got " + Range.format(v) + ")");
                }
                all.put(p.name(), v);
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return name;
    }
}
