package descent.scenario;

import descent.sim.Simulation;
import descent.surface.Surface;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.TypedSurface;
import descent.surface.formula.Declaration;
import descent.surface.ViewBox;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything needed to reproduce a view: the simulation (surface, start, steps, optimizers, hyperparameters,
 * noise, mini-batches, clipping), the values of the surface's parameters, and the part of the plane shown.
 *
 * @param parameters every parameter value of the simulation's surface, defaults included
 * @param view       the part of the plane shown
 */
public record Scenario(Map<String, Double> parameters, Simulation simulation, ViewBox view) {

    /** The number of steps when nobody says otherwise. */
    public static final int DEFAULT_STEPS = 200;

    public Scenario {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(type(simulation).resolve(parameters)));
    }

    /** The surface of that name at its defaults: its default start and view, all optimizers, default values. */
    public static Scenario defaults(String surfaceName) {
        Surface s = Surfaces.byName(surfaceName).create();
        return new Scenario(Map.of(), Simulation.of(s).withSteps(DEFAULT_STEPS), s.defaults().view());
    }

    /** A typed surface at its defaults, as {@link #defaults(String)} gives a built-in one. */
    public static Scenario defaults(TypedSurface s) {
        return new Scenario(s.values(), Simulation.of(s).withSteps(DEFAULT_STEPS), s.view());
    }

    /** The surface's catalogue name. */
    public String surfaceName() {
        return simulation.surface().name();
    }

    public Surface surface() {
        return simulation.surface();
    }

    /**
     * This scenario on another surface: its parameters, start and view become that surface's defaults, the rest
     * (optimizers, hyperparameters, steps, noise...) stays.
     */
    public Scenario withSurface(String name) {
        Surface s = Surfaces.byName(name).create();
        return new Scenario(Map.of(), simulation.withSurface(s).withStart(s.defaults().start()),
                s.defaults().view());
    }

    /**
     * This scenario with other values for some of the surface's parameters; the view follows when it was the
     * default view and the default moves (as Rosenbrock's does with a).
     *
     * @throws IllegalArgumentException naming the parameter when a name is unknown or a value out of range
     */
    public Scenario withParameters(Map<String, Double> values) {
        Map<String, Double> all = new LinkedHashMap<>(parameters);
        all.putAll(values);
        Surface s = type(simulation).create(all);
        ViewBox oldDefault = surface().defaults().view();
        ViewBox newDefault = s.defaults().view();
        ViewBox v = view.equals(oldDefault) ? newDefault : view;
        return new Scenario(all, simulation.withSurface(s), v);
    }

    /**
     * This scenario on a typed surface. Coming from another typed surface (the formula edited) the start and the view
     * stay where the user left them, and so does the value of each parameter declared as before; coming from a
     * built-in surface the start and the view become the typed surface's defaults.
     */
    public Scenario withTypedSurface(TypedSurface s) {
        if (!(surface() instanceof TypedSurface old)) {
            return new Scenario(s.values(), simulation.withSurface(s).withStart(s.defaults().start()), s.view());
        }
        Map<String, Double> values = new LinkedHashMap<>(s.values());
        for (Declaration d : s.declarations()) {
            if (old.declarations().contains(d)) {
                values.put(d.name(), parameters.get(d.name()));
            }
        }
        TypedSurface kept = s.withValues(values);
        return new Scenario(kept.values(), simulation.withSurface(kept), view);
    }

    /** This scenario with the simulation changed by {@code change}, which must keep the surface. */
    public Scenario with(UnaryOperator<Simulation> change) {
        Simulation next = change.apply(simulation);
        if (next.surface() != simulation.surface()) {
            throw new IllegalArgumentException("change the surface with withSurface or withParameters");
        }
        return new Scenario(parameters, next, view);
    }

    public Scenario withView(ViewBox v) {
        return new Scenario(parameters, simulation, v);
    }

    private static SurfaceType type(Simulation simulation) {
        return simulation.surface().type();
    }
}
