package descent.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Rules;
import descent.sim.Simulation;
import descent.sim.Trajectory;
import descent.surface.formula.Declaration;
import descent.surface.formula.FormulaException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A surface typed as a formula behaves as the built-in surface it spells out. */
class TypedSurfaceTest {

    private static final double THIRTY_DEGREES = Math.toRadians(30);

    /** Built-in surfaces and the same functions typed, with their parameters declared and their views. */
    static Stream<Arguments> builtIns() {
        return Stream.of(
                Arguments.of(Rosenbrock.TYPE.create(), TypedSurface.of("(a - x)^2 + b*(y - x^2)^2",
                        List.of(new Declaration("a", 1, -2, 2), new Declaration("b", 100, 0, 1000)),
                        new ViewBox(-2, 2, -1, 3))),
                Arguments.of(Himmelblau.TYPE.create(), TypedSurface.of("(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                        List.of(), new ViewBox(-5, 5, -5, 5))),
                Arguments.of(Quadratic.TYPE.create(), TypedSurface.of("0.5*(x^2 + kappa*y^2)",
                        List.of(new Declaration("kappa", 10, 1, 10_000)), new ViewBox(-3, 3, -2, 2))),
                Arguments.of(Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)), TypedSurface.of(
                        "0.5*((cos(phi)*x + sin(phi)*y)^2 + kappa*(-sin(phi)*x + cos(phi)*y)^2)",
                        List.of(new Declaration("kappa", 25, 1, 10_000), new Declaration("phi", THIRTY_DEGREES, -4, 4)),
                        new ViewBox(-3, 3, -2, 2))),
                Arguments.of(Beale.TYPE.create(), TypedSurface.of(
                        "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", List.of(),
                        new ViewBox(-4.5, 4.5, -4.5, 4.5))),
                Arguments.of(Wells.TYPE.create(), TypedSurface.of("0.05*(x^2 + y^2)"
                        + " - 2*exp(-((x - 1.5)^2 + (y - 1)^2)/(2*0.8^2))"
                        + " - 1.4*exp(-((x + 1.5)^2 + (y + 1)^2)/(2*0.7^2))"
                        + " - 1*exp(-((x + 1.2)^2 + (y - 1.6)^2)/(2*0.6^2))"
                        + " - 1.7*exp(-((x - 1.3)^2 + (y + 1.6)^2)/(2*0.5^2))", List.of(), new ViewBox(-3, 3, -3, 3))));
    }

    /**
     * Every racer of the lecture and of PyTorch follows the same path on the typed surface as on the built-in one, to
     * 1e-9 relative, for 200 steps, from the same start at the same learning rate. Only the order of the arithmetic
     * differs, so the gradients differ by rounding: mostly not at all or by an ulp, but near a minimum of the wells,
     * where four exponentials cancel, by an ulp of the terms, many ulps of the gradient itself. A few racers amplify
     * that (RMSProp with Nesterov momentum rocks in the wells' minimum, each swing four times the last), so each path
     * is compared for as long as the built-in one stays within 1e-9 of itself with its gradient nudged one way or the
     * other by an ulp or by as much as the typed gradient differs there, whichever is more. That the typed gradient
     * differs by no more than rounding is checked apart, on the same paths.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void typedAsAFormulaABuiltInSurfaceGivesTheSameTrajectories(Surface builtIn, TypedSurface typed) {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE,
                builtIn.defaults().learningRate());
        Vec2 start = builtIn.defaults().start();
        java.util.function.Function<Surface, List<Trajectory>> race = s -> Simulation.of(s).withStart(start)
                .withHyperparameters(h).withSteps(200).withRacers(Simulation.racersOf(Rules.ALL.subList(0, 16))).run();
        List<Trajectory> expected = race.apply(builtIn);
        List<Trajectory> nudgedUp = race.apply(new Nudged(builtIn, typed, true));
        List<Trajectory> nudgedDown = race.apply(new Nudged(builtIn, typed, false));
        List<Trajectory> actual = race.apply(typed);
        assertThat(actual).hasSameSizeAs(expected);
        int whole = 0;
        for (int i = 0; i < expected.size(); i++) {
            Trajectory e = expected.get(i);
            Trajectory a = actual.get(i);
            String who = e.racer().rule().id();
            int stable = Math.min(stableSteps(e, nudgedUp.get(i)), stableSteps(e, nudgedDown.get(i)));
            if (stable == e.size()) {
                whole++;
                assertThat(a.outcome()).as(who).isEqualTo(e.outcome());
                assertThat(a.size()).as(who).isEqualTo(e.size());
            }
            for (int k = 0; k < stable; k++) {
                assertThat(a.x(k)).as("%s x at step %d", who, k).isCloseTo(e.x(k), within(relative(e.x(k))));
                assertThat(a.y(k)).as("%s y at step %d", who, k).isCloseTo(e.y(k), within(relative(e.y(k))));
                assertThat(a.loss(k)).as("%s loss at step %d", who, k).isCloseTo(e.loss(k),
                        within(relative(e.loss(k))));
            }
        }
        // All but a few racers are compared over every step.
        assertThat(whole).isGreaterThanOrEqualTo(expected.size() - 2);
    }

    /** How many steps of a path a nudge of the gradient leaves within 1e-9 relative. */
    private static int stableSteps(Trajectory path, Trajectory nudged) {
        int n = Math.min(path.size(), nudged.size());
        for (int k = 0; k < n; k++) {
            if (Math.abs(path.x(k) - nudged.x(k)) > relative(path.x(k))
                    || Math.abs(path.y(k) - nudged.y(k)) > relative(path.y(k))) {
                return k;
            }
        }
        return path.size() == nudged.size() && path.outcome().equals(nudged.outcome()) ? path.size() : n;
    }

    /**
     * A surface whose gradient is another's, each component moved apart by an ulp or by as much as a typed surface's
     * differs from it, whichever is more.
     */
    private record Nudged(Surface surface, Surface typed, boolean up) implements Surface {
        @Override
        public String name() {
            return surface.name();
        }

        @Override
        public double value(double x, double y) {
            return surface.value(x, y);
        }

        @Override
        public Vec2 gradient(double x, double y) {
            Vec2 g = surface.gradient(x, y);
            Vec2 t = typed.gradient(x, y);
            double dx = Math.max(Math.ulp(g.x()), Math.abs(t.x() - g.x()));
            double dy = Math.max(Math.ulp(g.y()), Math.abs(t.y() - g.y()));
            return up ? new Vec2(g.x() + dx, g.y() - dy) : new Vec2(g.x() - dx, g.y() + dy);
        }

        @Override
        public Formula formula() {
            return surface.formula();
        }

        @Override
        public SurfaceDefaults defaults() {
            return surface.defaults();
        }

        @Override
        public java.util.OptionalDouble minimum() {
            return surface.minimum();
        }

        @Override
        public List<Landmark> landmarks() {
            return surface.landmarks();
        }

        @Override
        public SurfaceType type() {
            return surface.type();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void typedAsAFormulaABuiltInSurfaceHasItsGradientUpToRounding(Surface builtIn, TypedSurface typed) {
        // On every point of every racer's path on the built-in surface: the two gradients differ in rounding only.
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE,
                builtIn.defaults().learningRate());
        List<Trajectory> paths = Simulation.of(builtIn).withStart(builtIn.defaults().start()).withHyperparameters(h)
                .withSteps(200).withRacers(Simulation.racersOf(Rules.ALL.subList(0, 16))).run();
        for (Trajectory path : paths) {
            for (int k = 0; k < path.size(); k++) {
                double x = path.x(k);
                double y = path.y(k);
                Vec2 g = builtIn.gradient(x, y);
                Vec2 t = typed.gradient(x, y);
                double scale = 1e-12 * (1 + Math.abs(builtIn.value(x, y)) + g.norm());
                assertThat(t.minus(g).norm()).as("%s at (%s, %s)", path.racer().rule().id(), x, y)
                        .isLessThan(scale);
            }
        }
    }

    /** 1e-9 relative; for a number within a billionth of 0 (a loss at its minimum), 1e-18 absolute. */
    private static double relative(double v) {
        return 1e-9 * Math.max(Math.abs(v), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void typedAsAFormulaABuiltInSurfaceAtItsDefaultsGetsItsLevelSpacing(Surface builtIn, TypedSurface typed) {
        // The built-in quadratic keeps linear levels for every κ; from its values, κ = 25 reads as a steep valley.
        if (!builtIn.equals(Quadratic.TYPE.create(Map.of("kappa", 25.0, "angle", 30.0)))) {
            assertThat(typed.defaults().spacing()).isEqualTo(builtIn.defaults().spacing());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void typedAsAFormulaABuiltInSurfaceHasItsLandmarks(Surface builtIn, TypedSurface typed) {
        // Every stationary point the built-in surface marks in the view is found again, of the same kind.
        for (Landmark expected : builtIn.landmarks()) {
            assertThat(typed.landmarks()).as("%s", expected).anySatisfy(l -> {
                assertThat(l.kind()).isEqualTo(expected.kind());
                assertThat(l.point().minus(expected.point()).norm()).isLessThan(1e-8);
            });
        }
        assertThat(typed.minimum().getAsDouble()).isCloseTo(builtIn.minimum().getAsDouble(), within(1e-12));
    }

    @Test
    void aSurfaceWithNoMinimumInViewHasNoKnownFloor() {
        TypedSurface saddle = TypedSurface.of("x^2 - y^2", List.of(), new ViewBox(-2, 2, -2, 2));
        assertThat(saddle.landmarks()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(Landmark.Kind.SADDLE);
            assertThat(l.point()).isEqualTo(new Vec2(0, 0));
        });
        assertThat(saddle.minimum()).isEmpty();
        assertThat(saddle.isBoundedBelow()).isFalse();
    }

    @Test
    void landmarksOutsideTheViewAreLeftOut() {
        // cos x has minima at odd multiples of π: only −π and π lie in [−4, 4].
        TypedSurface s = TypedSurface.of("cos(x) + y^2", List.of(), new ViewBox(-4, 4, -1, 1));
        assertThat(s.landmarks()).hasSize(3).anySatisfy(l -> assertThat(l.point().x()).isEqualTo(-Math.PI))
                .anySatisfy(l -> assertThat(l.point().x()).isEqualTo(Math.PI))
                .anySatisfy(l -> assertThat(l.point().x()).isCloseTo(0, within(1e-15)));
        assertThat(s.landmarks()).filteredOn(Landmark::isMinimum).allSatisfy(l ->
                assertThat(l.kind()).isEqualTo(Landmark.Kind.GLOBAL_MINIMUM));
    }

    @Test
    void aFormulaThatOverflowsInItsViewMakesASurfaceAndARaceOnItEndsAsDiverged() {
        // e^(x² + y²) is beyond the largest double past a radius of 26.6: most of this view.
        TypedSurface s = TypedSurface.of("exp(x^2 + y^2)", List.of(), new ViewBox(-30, 30, -30, 30));
        assertThat(s.landmarks()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(Landmark.Kind.GLOBAL_MINIMUM);
            assertThat(l.point().norm()).isLessThan(1e-8);
        });
        assertThat(s.minimum().getAsDouble()).isEqualTo(1);
        assertThat(s.defaults().learningRate()).isFinite().isPositive();
        // From (2, 0) with ε = 1 the first step lands at x = 2 − 4e⁴ ≈ −216, where the loss is infinite.
        Trajectory t = Simulation.of(s).withStart(new Vec2(2, 0))
                .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 1))
                .withSteps(50).withRacers(Simulation.racersOf(List.of(descent.optim.Sgd.RULE))).run().get(0);
        assertThat(t.outcome()).isEqualTo(descent.sim.Outcome.diverged(1));
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void parametersBecomeTheSurfacesParametersWithTheirRanges() {
        TypedSurface s = TypedSurface.parse("a*x^2 + b*y^2", "a=1:0:5, b=10:1:100", TypedSurface.DEFAULT_VIEW);
        assertThat(s.type().parameters()).extracting(Parameter::name).containsExactly("a", "b");
        assertThat(s.type().parameters().get(1).range().interval()).isEqualTo("[1, 100]");
        assertThat(s.values()).isEqualTo(Map.of("a", 1.0, "b", 10.0));
        assertThat(s.value(1, 1)).isEqualTo(11);
        Surface moved = s.type().create(Map.of("a", 2.0));
        assertThat(moved.value(1, 1)).isEqualTo(12);
        assertThat(moved.gradient(1, 1)).isEqualTo(new Vec2(4, 20));
        assertThat(moved.name()).isEqualTo("custom");
        assertThatThrownBy(() -> s.type().create(Map.of("a", 6.0))).hasMessage("custom parameter a must be a number"
                + " >= 0 and <= 5 (got 6)");
    }

    @Test
    void twoSurfacesAreEqualWhenFormulaDeclarationsViewAndValuesAre() {
        TypedSurface one = TypedSurface.parse("a*x^2 + y^2", "a=1:0:5", TypedSurface.DEFAULT_VIEW);
        TypedSurface two = TypedSurface.parse("a*x^2 + y^2", "a = 1 : 0 : 5", TypedSurface.DEFAULT_VIEW);
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.withValues(Map.of("a", 2.0))).isNotEqualTo(two);
        assertThat(TypedSurface.parse("a*x^2 + y^2", "a=1:0:5", new ViewBox(-1, 1, -1, 1))).isNotEqualTo(one);
        assertThat(TypedSurface.parse("a*x^2 + y^2 ", "a=1:0:5", TypedSurface.DEFAULT_VIEW)).isNotEqualTo(one);
    }

    @Test
    void mistakesInEitherTextSayWhichAndWhere() {
        assertThatThrownBy(() -> TypedSurface.parse("x^2 + sinn(x)", "", TypedSurface.DEFAULT_VIEW))
                .isInstanceOf(FormulaException.class).hasMessage("unknown function 'sinn' at column 7");
        assertThatThrownBy(() -> TypedSurface.parse("a*x", "a=1:0", TypedSurface.DEFAULT_VIEW))
                .isInstanceOf(FormulaException.class).hasMessage("parameters: expected ':' and the greatest value of"
                        + " a (value:min:max, such as a=1:0:5) at column 6");
        assertThatThrownBy(() -> TypedSurface.parse("b*x", "a=1:0:5", TypedSurface.DEFAULT_VIEW))
                .hasMessage("unknown name 'b' (the parameters are a) at column 1");
    }

    @Test
    void defaultsComeFromTheFormulaAndItsView() {
        // x² + 10y²: the Hessian is diag(2, 20) everywhere, so ε = 1/20; the bowl is linear-levelled.
        TypedSurface s = TypedSurface.of("x^2 + 10*y^2", List.of(), new ViewBox(-3, 3, -2, 2));
        assertThat(s.defaults().learningRate()).isEqualTo(0.05);
        assertThat(s.defaults().start()).isEqualTo(new Vec2(-2.5, 1.5));
        assertThat(s.defaults().view()).isEqualTo(new ViewBox(-3, 3, -2, 2));
        assertThat(s.defaults().spacing()).isEqualTo(LevelSpacing.LINEAR);
        // A plane has no curvature: any step will do.
        assertThat(TypedSurface.of("x + y", List.of(), TypedSurface.DEFAULT_VIEW).defaults().learningRate())
                .isEqualTo(0.01);
    }

    @Test
    void theExampleIsWhatTheCatalogueMakes() {
        Surface s = Surfaces.byName("custom").create();
        assertThat(s).isEqualTo(TypedSurface.example());
        assertThat(s.formula().text()).isEqualTo(TypedSurface.EXAMPLE);
        assertThat(s.formula().latex()).startsWith("x^{2}+10\\,y^{2}");
        assertThat(Surfaces.ALL).doesNotContain(TypedSurface.TYPE);
        assertThat(Surfaces.CHOICES).endsWith(TypedSurface.TYPE);
    }

    @Test
    void evaluateGivesTheValueAndTheGradientBitForBit() {
        TypedSurface s = TypedSurface.example();
        assertThat(s.evaluatesTogether()).isTrue();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            double x = -6 + 12 * random.nextDouble();
            double y = -6 + 12 * random.nextDouble();
            Evaluation e = s.evaluate(x, y);
            assertThat(Double.doubleToRawLongBits(e.value())).isEqualTo(Double.doubleToRawLongBits(s.value(x, y)));
            assertThat(e.gradient()).isEqualTo(s.gradient(x, y));
        }
    }
}
