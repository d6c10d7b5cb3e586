package descent.surface;

import descent.math.Range;
import descent.math.Vec2;
import descent.surface.formula.Declaration;
import descent.surface.formula.Expression;
import descent.surface.formula.FormulaException;
import descent.surface.formula.Latex;
import descent.surface.formula.Parser;
import descent.surface.formula.Program;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A surface the user types as a formula f(x, y), with parameters declared as {@code a=1:0:5} that become sliders, and
 * the part of the plane it lives in; its gradient is exact, by automatic differentiation of the formula.
 *
 * <p>Its defaults come from the formula at its parameters' declared values: the start near the top left corner of
 * its view, a learning rate at which plain gradient descent is stable over most of the view, and logarithmic or
 * linear contour levels as the values over the view call for. Its landmarks are the
 * stationary points found numerically inside its view, the lowest minimum counted global; f* is that minimum's loss,
 * the lowest found in the view, and unknown when none is found.
 */
public final class TypedSurface implements Surface {

    /** The catalogue name of every typed surface. */
    public static final String NAME = "custom";
    /** The formula a typed surface starts with when nobody has typed one. */
    public static final String EXAMPLE = "x^2 + 10*y^2 + 0.5*sin(3*x)*cos(2*y)";
    /** The view of a typed surface when none is given. */
    public static final ViewBox DEFAULT_VIEW = new ViewBox(-3, 3, -3, 3);
    private static final String SUMMARY = "your own f(x, y): type a formula in x and y, with parameters declared"
            + " as a=1:0:5 (value:min:max) that become sliders";

    /** The catalogue's entry: its surface, made without values, is the example. */
    public static final SurfaceType TYPE = new SurfaceType(NAME, SUMMARY, List.of(), p -> example());

    /**
     * The grid of starts, per side, from which Newton's method looks for the stationary points in the view, and how
     * many steps it takes from each at most: about ten milliseconds for a formula of twenty nodes, since the search
     * runs on first use, which may be while the window draws.
     */
    private static final int SEARCH_GRID = 21;
    private static final int SEARCH_STEPS = 40;
    /** The grid of points, per side, over which the Hessian's median decides the learning rate. */
    private static final int CURVATURE_GRID = 21;
    /** The grid of points, per side, whose values decide between linear and logarithmic levels. */
    private static final int SPACING_GRID = 41;

    private static final Program.Result<Evaluation> EVALUATION = (f, dx, dy) -> new Evaluation(f, new Vec2(dx, dy));

    private final Definition definition;
    private final Map<String, Double> values;
    private final Program program;
    private final Lazy<List<Landmark>> landmarks;

    private TypedSurface(Definition definition, Map<String, Double> values) {
        this.definition = definition;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.program = Program.compile(definition.expression, values);
        this.landmarks = new Lazy<>(this::findLandmarks);
    }

    /**
     * The surface of a formula, its parameters at their declared values.
     *
     * @throws FormulaException saying what is wrong with the formula and at which column
     */
    public static TypedSurface of(String formula, List<Declaration> parameters, ViewBox view) {
        Definition d = new Definition(formula, parameters, view);
        return new TypedSurface(d, d.declaredValues());
    }

    /**
     * The surface of a formula and its parameters as typed, such as {@code a=1:0:5, b=2:0:10}.
     *
     * @throws FormulaException saying which of the two texts is wrong, what and at which column
     */
    public static TypedSurface parse(String formula, String parameters, ViewBox view) {
        List<Declaration> declared;
        try {
            declared = Declaration.parseAll(parameters);
        } catch (FormulaException e) {
            throw new FormulaException("parameters: " + e.getMessage());
        }
        return of(formula, declared, view);
    }

    /** The example formula over the default view. */
    public static TypedSurface example() {
        return of(EXAMPLE, List.of(), DEFAULT_VIEW);
    }

    /** The formula as typed. */
    public String text() {
        return definition.text;
    }

    /** The parameters as declared: names, the values they start at, their ranges. */
    public List<Declaration> declarations() {
        return definition.declarations;
    }

    /** The part of the plane the surface lives in: where its landmarks are sought and its defaults chosen. */
    public ViewBox view() {
        return definition.view;
    }

    /** The parameters' values. */
    public Map<String, Double> values() {
        return values;
    }

    /** How many nodes the formula's tree has: every number, name, operator and function call counts one. */
    public int nodes() {
        return definition.expression.size();
    }

    /** How many operations an evaluation runs: the nodes less x, y and the parts without them, folded once. */
    public int operations() {
        return program.operations();
    }

    /**
     * The same formula with other values for some parameters, the others as they are.
     *
     * @throws IllegalArgumentException naming the parameter when a name is unknown or a value out of range
     */
    public TypedSurface withValues(Map<String, Double> changed) {
        Map<String, Double> all = new LinkedHashMap<>(values);
        all.putAll(changed);
        return new TypedSurface(definition, definition.type.resolve(all));
    }

    /** The same formula and parameters over another view. */
    public TypedSurface withView(ViewBox view) {
        return new TypedSurface(new Definition(definition.text, definition.declarations, view), values);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SurfaceType type() {
        return definition.type;
    }

    @Override
    public double value(double x, double y) {
        return program.value(x, y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return program.gradient(x, y);
    }

    @Override
    public Evaluation evaluate(double x, double y) {
        return program.evaluate(x, y, EVALUATION);
    }

    @Override
    public boolean evaluatesTogether() {
        return true;
    }

    @Override
    public Formula formula() {
        return new Formula(definition.text.strip(), definition.latex);
    }

    @Override
    public SurfaceDefaults defaults() {
        return definition.defaults.get();
    }

    /** The lowest minimum found in the view, or empty when none is found: the formula alone does not tell. */
    @Override
    public OptionalDouble minimum() {
        List<Landmark> l = landmarks();
        return !l.isEmpty() && l.get(0).kind() == Landmark.Kind.GLOBAL_MINIMUM ? OptionalDouble.of(l.get(0).value())
                : OptionalDouble.empty();
    }

    /** The minima and saddle points that Newton's method finds inside the view, on first use. */
    @Override
    public List<Landmark> landmarks() {
        return landmarks.get();
    }

    private List<Landmark> findLandmarks() {
        ViewBox view = definition.view;
        List<Landmark> found = StationaryPoints.search(this, view, SEARCH_GRID, SEARCH_STEPS).stream()
                .filter(l -> view.contains(l.point().x(), l.point().y())).toList();
        // Ranked again among those in view: the lowest minimum in view is the global one as far as anyone can see.
        return StationaryPoints.rank(this, found.stream().filter(Landmark::isMinimum).map(Landmark::point).toList(),
                found.stream().filter(l -> !l.isMinimum()).map(Landmark::point).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedSurface t && t.definition.equals(definition) && t.values.equals(values);
    }

    @Override
    public int hashCode() {
        return definition.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return NAME + " f(x, y) = " + definition.text.strip() + (values.isEmpty() ? "" : " " + values);
    }

    /**
     * The learning rate a typed surface suggests: 1/λ, with λ the median over the view of the Hessian's largest
     * eigenvalue in size, rounded down to 1, 2 or 5 times a power of ten and kept within [10⁻⁶, 1]. Plain gradient
     * descent is stable below 2/λ, so this is half the largest stable step over most of the view.
     */
    static double learningRate(Surface surface, ViewBox view) {
        double[] largest = new double[CURVATURE_GRID * CURVATURE_GRID];
        int n = 0;
        for (int i = 0; i < CURVATURE_GRID; i++) {
            for (int j = 0; j < CURVATURE_GRID; j++) {
                double[] h = StationaryPoints.hessian(surface, view.xMin() + view.width() * i / (CURVATURE_GRID - 1),
                        view.yMin() + view.height() * j / (CURVATURE_GRID - 1));
                double mean = (h[0] + h[2]) / 2;
                double lambda = Math.abs(mean) + Math.hypot((h[0] - h[2]) / 2, h[1]);
                if (Double.isFinite(lambda)) {
                    largest[n++] = lambda;
                }
            }
        }
        Arrays.sort(largest, 0, n);
        double median = n == 0 ? 0 : largest[n / 2];
        if (!(median > 0)) {
            // Flat or undefined almost everywhere: any step is as good as another.
            return 0.01;
        }
        double raw = Math.min(1, Math.max(1e-6, 1 / median));
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        double nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        return Double.parseDouble(nice + "e" + (int) Math.round(Math.log10(power)));
    }

    /**
     * Logarithmic levels when the values over the view are all ≥ 0 and half of them lie in the lowest 15 % of their
     * range: a steep-walled valley, where linear levels would leave the valley's floor in one band. Rosenbrock's,
     * Himmelblau's and Beale's functions come out logarithmic this way, the quadratic bowl and the others linear.
     */
    static LevelSpacing spacing(Surface surface, ViewBox view) {
        double[] v = new double[SPACING_GRID * SPACING_GRID];
        int n = 0;
        for (int i = 0; i < SPACING_GRID; i++) {
            for (int j = 0; j < SPACING_GRID; j++) {
                double f = surface.value(view.xMin() + view.width() * i / (SPACING_GRID - 1),
                        view.yMin() + view.height() * j / (SPACING_GRID - 1));
                if (Double.isFinite(f)) {
                    v[n++] = f;
                }
            }
        }
        if (n == 0) {
            return LevelSpacing.LINEAR;
        }
        double[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[n - 1];
        double median = sorted[n / 2];
        return min >= 0 && max > min && median - min < 0.15 * (max - min) ? LevelSpacing.LOGARITHMIC
                : LevelSpacing.LINEAR;
    }

    /** A point near the top left corner of the view, on a round grid: where the built-in surfaces start too. */
    static Vec2 start(ViewBox view) {
        // Rounded to a decimal place a fortieth of the view fine, in decimal, so that fields show 0.3 and not
        // 0.30000000000000004.
        int scale = (int) -Math.floor(Math.log10(Math.min(view.width(), view.height()) / 40));
        return new Vec2(round(view.xMin() + view.width() / 12, scale), round(view.yMax() - view.height() / 8, scale));
    }

    private static double round(double v, int scale) {
        return new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** What a typed surface is apart from its parameters' values: the formula, the declarations and the view. */
    private static final class Definition {
        final String text;
        final Expression expression;
        final List<Declaration> declarations;
        final ViewBox view;
        final String latex;
        final SurfaceType type;
        final Lazy<SurfaceDefaults> defaults;

        Definition(String text, List<Declaration> declarations, ViewBox view) {
            this.text = Objects.requireNonNull(text);
            this.declarations = List.copyOf(declarations);
            this.view = Objects.requireNonNull(view);
            this.expression = Parser.parse(text, this.declarations.stream().map(Declaration::name)
                    .collect(Collectors.toSet()));
            this.latex = Latex.of(expression);
            List<Parameter> parameters = this.declarations.stream().map(d -> new Parameter(d.name(), d.name(),
                    "a parameter of your formula", d.value(), Range.closed(d.min(), d.max()))).toList();
            this.type = new SurfaceType(NAME, SUMMARY, parameters, p -> new TypedSurface(this, p));
            this.defaults = new Lazy<>(this::chooseDefaults);
        }

        Map<String, Double> declaredValues() {
            Map<String, Double> v = new LinkedHashMap<>();
            declarations.forEach(d -> v.put(d.name(), d.value()));
            return v;
        }

        private SurfaceDefaults chooseDefaults() {
            TypedSurface declared = new TypedSurface(this, declaredValues());
            Vec2 start = start(view);
            return new SurfaceDefaults(view, start, learningRate(declared, view), spacing(declared, view));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Definition d && d.text.equals(text) && d.declarations.equals(declarations)
                    && d.view.equals(view);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, declarations, view);
        }
    }
}
