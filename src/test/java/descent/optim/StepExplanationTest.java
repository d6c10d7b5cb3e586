package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import descent.math.Vec2;
import descent.optim.StepExplanation.Arrow;
import descent.optim.StepExplanation.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * What each rule says its first updates did, worked out by hand on the bowl f = ½(x² + 10y²), where g = (x, 10y),
 * from θ₀ = (−2.5, 1.5), where g₀ = (−2.5, 15), with ε = 0.05.
 */
class StepExplanationTest {

    private static final Gradient BOWL = theta -> new Vec2(theta.x(), 10 * theta.y());
    private static final Vec2 START = new Vec2(-2.5, 1.5);
    private static final double EPS = 0.05;
    private static final double TOL = 1e-15;

    /** The explanation of update k, after k − 1 updates from the start. */
    private static <S extends OptimizerState> StepExplanation explain(UpdateRule<S> rule, int k) {
        S s = rule.init(START);
        for (int i = 1; i < k; i++) {
            s = rule.step(s, BOWL);
        }
        return StepExplanation.of(rule, s, BOWL, k);
    }

    private static void assertPoint(Vec2 actual, double x, double y) {
        assertThat(actual.x()).isCloseTo(x, within(TOL));
        assertThat(actual.y()).isCloseTo(y, within(TOL));
    }

    private static Vec2 quantity(StepExplanation e, String symbol) {
        return e.quantity(symbol).orElseThrow(() -> new AssertionError("no " + symbol + " in " + e.quantities()))
                .vector();
    }

    private static Arrow arrow(StepExplanation e, String symbol) {
        return e.arrows().stream().filter(a -> a.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no arrow " + symbol + " in " + e.arrows()));
    }

    @Test
    void sgdsFirstUpdateIsMinusEpsilonTimesTheGradientWithItsNumbersWrittenOut() {
        StepExplanation e = explain(new Sgd(EPS), 1);
        // θ₁ = (−2.5, 1.5) − 0.05·(−2.5, 15) = (−2.375, 0.75)
        assertThat(e.before()).isEqualTo(START);
        assertThat(e.gradientPoint()).isEqualTo(START);
        assertThat(e.gradient()).isEqualTo(new Vec2(-2.5, 15));
        assertPoint(e.after(), -2.375, 0.75);
        assertThat(e.rate()).isEqualTo(new Vec2(EPS, EPS));
        assertThat(e.arrows()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(Role.UPDATE);
            assertThat(a.symbol()).isEqualTo("−εg");
            assertThat(a.from()).isEqualTo(START);
            assertThat(a.tip()).isEqualTo(e.after());
        });
        assertThat(e.equations()).containsExactly(
                "\\theta_{1} = \\theta_{0} - \\epsilon g = (-2.5,\\,1.5) - 0.05\\,(-2.5,\\,15) = (-2.375,\\,0.75)");
        assertThat(e.marks()).extracting(StepExplanation.Mark::symbol).containsExactly("θ₀", "θ₁");
    }

    @Test
    void sgdWithDecayUsesEpsilonOneOnItsFirstUpdateAndComparesItWithTheUndecayedStep() {
        StepExplanation e = explain(new SgdDecay(EPS, 0.0005, 100), 1);
        double eps1 = 0.99 * 0.05 + 0.01 * 0.0005; // 0.049505
        assertThat(e.quantity("ε₁").orElseThrow().number()).isCloseTo(eps1, within(TOL));
        assertThat(e.rate().x()).isCloseTo(eps1, within(TOL));
        assertPoint(e.after(), -2.5 + eps1 * 2.5, 1.5 - eps1 * 15);
        assertThat(arrow(e, "−ε₁g").role()).isEqualTo(Role.UPDATE);
        Arrow undecayed = arrow(e, "−εg, undecayed");
        assertThat(undecayed.role()).isEqualTo(Role.ALTERNATIVE);
        assertPoint(undecayed.vector(), 0.125, -0.75);
        assertThat(e.equations().get(0)).startsWith("\\epsilon_{1} = (1 - \\tfrac{1}{100})\\,\\epsilon");
    }

    @Test
    void sgdWithDecayPastTauUsesTheFinalRate() {
        StepExplanation e = explain(new SgdDecay(EPS, 0.0005, 3), 4);
        assertThat(e.rate()).isEqualTo(new Vec2(0.0005, 0.0005));
        assertThat(e.equations().get(0)).isEqualTo("\\epsilon_{4} = \\epsilon_\\tau = 5\\times10^{-4}"
                + "\\quad(k \\ge \\tau = 3)");
    }

    @Test
    void momentumsVelocityAfterTwoUpdatesIsAlphaVPlusTheNewPush() {
        StepExplanation e = explain(new Momentum(EPS, 0.9), 2);
        // v₁ = −0.05·(−2.5, 15) = (0.125, −0.75); θ₁ = (−2.375, 0.75); g₁ = (−2.375, 7.5)
        // v₂ = 0.9·(0.125, −0.75) − 0.05·(−2.375, 7.5) = (0.1125, −0.675) + (0.11875, −0.375) = (0.23125, −1.05)
        assertPoint(e.before(), -2.375, 0.75);
        assertPoint(quantity(e, "v₁"), 0.125, -0.75);
        assertPoint(quantity(e, "αv₁"), 0.1125, -0.675);
        assertPoint(quantity(e, "−εg"), 0.11875, -0.375);
        assertPoint(quantity(e, "v₂"), 0.23125, -1.05);
        assertPoint(e.after(), -2.375 + 0.23125, 0.75 - 1.05);
        assertThat(e.looksAhead()).isFalse();
        // The new velocity takes θ₁ to θ₂; both terms start at θ₁, where the gradient was taken.
        assertThat(arrow(e, "v₂").role()).isEqualTo(Role.UPDATE);
        assertThat(arrow(e, "v₂").tip()).isEqualTo(e.after());
        assertThat(arrow(e, "αv₁").from()).isEqualTo(e.before());
        assertThat(arrow(e, "−εg").from()).isEqualTo(e.before());
        assertThat(e.rate()).isEqualTo(new Vec2(EPS, EPS));
    }

    @Test
    void nesterovTakesItsSecondGradientAtTheLookAheadPoint() {
        StepExplanation first = explain(new Nesterov(EPS, 0.9), 1);
        assertThat(first.looksAhead()).as("v₀ = 0: θ̃ = θ₀").isFalse();
        StepExplanation e = explain(new Nesterov(EPS, 0.9), 2);
        // θ₁ = (−2.375, 0.75), v₁ = (0.125, −0.75): θ̃ = θ₁ + 0.9·v₁ = (−2.2625, 0.075), where g = (−2.2625, 0.75);
        // v₂ = (0.1125, −0.675) − 0.05·(−2.2625, 0.75) = (0.225625, −0.7125)
        assertThat(e.looksAhead()).isTrue();
        assertPoint(e.gradientPoint(), -2.2625, 0.075);
        assertPoint(e.gradient(), -2.2625, 0.75);
        assertPoint(quantity(e, "v₂"), 0.225625, -0.7125);
        assertPoint(e.after(), -2.375 + 0.225625, 0.75 - 0.7125);
        assertThat(e.marks()).anySatisfy(m -> {
            assertThat(m.symbol()).isEqualTo("θ̃ = θ + αv");
            assertThat(m.at()).isEqualTo(e.gradientPoint());
        });
        // αv from θ₁ to θ̃, and the push from θ̃: together they end at θ₂.
        assertThat(arrow(e, "αv₁").tip()).isEqualTo(e.gradientPoint());
        assertThat(arrow(e, "−εg").from()).isEqualTo(e.gradientPoint());
        assertPoint(arrow(e, "−εg").tip(), e.after().x(), e.after().y());
        assertThat(e.equations().get(0)).isEqualTo("\\tilde\\theta = \\theta_{1} + \\alpha v_{1} = (-2.375,\\,0.75)"
                + " + 0.9\\,(0.125,\\,-0.75) = (-2.263,\\,0.075)");
    }

    @Test
    void adagradsRateIsEpsilonOverTheGradientsSizeAtFirstThenOverTheRootOfTheSumOfSquares() {
        double delta = 1e-7;
        Adagrad rule = new Adagrad(EPS, delta);
        StepExplanation e1 = explain(rule, 1);
        // r₁ = (6.25, 225): ε/(δ + |g₁|) = 0.05/(δ + (2.5, 15))
        assertPoint(quantity(e1, "r₁"), 6.25, 225);
        assertPoint(e1.rate(), EPS / (delta + 2.5), EPS / (delta + 15));
        // Each coordinate moves by about ε whatever its gradient: the step along x is ε/(δ + 2.5)·2.5.
        assertThat(e1.arrows()).filteredOn(a -> a.role() == Role.COORDINATE).extracting(Arrow::symbol)
                .containsExactly("x: ε/(δ+√r) = 0.02", "y: ε/(δ+√r) = 0.003333");
        StepExplanation e2 = explain(rule, 2);
        Vec2 g1 = new Vec2(-2.5, 15);
        Vec2 g2 = BOWL.at(e2.before());
        assertPoint(e2.rate(), EPS / (delta + Math.sqrt(g1.x() * g1.x() + g2.x() * g2.x())),
                EPS / (delta + Math.sqrt(g1.y() * g1.y() + g2.y() * g2.y())));
        assertThat(e2.rate().x()).isLessThan(e1.rate().x());
    }

    @Test
    void rmspropsFirstRateIsEpsilonOverTheRootOfOneMinusRhoTimesTheGradientsSize() {
        StepExplanation e = explain(new RmsProp(EPS, 0.9, 1e-7), 1);
        assertThat(quantity(e, "r₁").x()).isCloseTo(0.1 * 6.25, within(1e-14));
        assertThat(quantity(e, "r₁").y()).isCloseTo(0.1 * 225, within(1e-13));
        assertThat(e.rate().x()).isCloseTo(EPS / (1e-7 + Math.sqrt(0.1) * 2.5), within(1e-12));
        assertThat(e.rate().y()).isCloseTo(EPS / (1e-7 + Math.sqrt(0.1) * 15), within(1e-12));
    }

    @Test
    void rmspropNesterovPushesFromTheLookAheadPointAlongBothAxes() {
        StepExplanation e = explain(new RmsPropNesterov(EPS, 0.9, 0.9, 1e-7), 2);
        assertThat(e.looksAhead()).isTrue();
        Vec2 push = quantity(e, "−ε/(δ+√r)⊙g");
        assertThat(e.arrows()).filteredOn(a -> a.role() == Role.COORDINATE).allSatisfy(a ->
                assertThat(a.from()).isEqualTo(e.gradientPoint()));
        assertThat(e.arrows()).filteredOn(a -> a.role() == Role.COORDINATE).extracting(Arrow::vector)
                .containsExactly(new Vec2(push.x(), 0), new Vec2(0, push.y()));
    }

    @Test
    void adamsCorrectedFirstMomentIsTheFirstGradientAndTheUncorrectedStepIsThreeTimesLonger() {
        StepExplanation e = explain(new Adam(EPS, 0.9, 0.999, 1e-8, true), 1);
        // s₁ = 0.1·g₁, and ŝ = s₁/(1 − 0.9) = g₁; r̂ = g₁²: the step is ε·g/|g| in each coordinate.
        assertThat(quantity(e, "ŝ").x()).isCloseTo(-2.5, within(1e-14));
        assertThat(quantity(e, "ŝ").y()).isCloseTo(15, within(1e-14));
        assertThat(quantity(e, "r̂").y()).isCloseTo(225, within(1e-11));
        assertThat(e.quantity("1 − ρ₁ᵗ").orElseThrow().number()).isCloseTo(0.1, within(TOL));
        assertThat(e.change().x()).isCloseTo(EPS, within(1e-9));
        assertThat(e.change().y()).isCloseTo(-EPS, within(1e-9));
        // Without the correction: εs/(δ + √r) with s = 0.1·2.5 and r = 0.001·2.5², about 3.162ε, along x.
        Arrow uncorrected = arrow(e, "−εs/(δ+√r), uncorrected");
        assertThat(uncorrected.role()).isEqualTo(Role.ALTERNATIVE);
        assertThat(uncorrected.vector().x()).isCloseTo(EPS * ((1 - 0.9) * 2.5) / (1e-8 + Math.sqrt((1 - 0.999) * 6.25)),
                within(1e-15));
        assertThat(e.rate().y()).isCloseTo(EPS / (1e-8 + 15), within(1e-15));
    }

    @Test
    void adamWithoutBiasCorrectionComparesItselfWithTheCorrectedStep() {
        StepExplanation e = explain(new Adam(EPS, 0.9, 0.999, 1e-8, false), 1);
        assertThat(e.change().x()).isCloseTo(EPS * ((1 - 0.9) * 2.5) / (1e-8 + Math.sqrt((1 - 0.999) * 6.25)),
                within(1e-15));
        assertThat(arrow(e, "−εŝ/(δ+√r̂), corrected").vector().x()).isCloseTo(EPS, within(1e-9));
        assertThat(e.arrows().get(0).symbol()).isEqualTo("−εs/(δ+√r)");
        for (String latex : e.equations()) {
            assertThatCode(() -> new TeXFormula(latex)).as(latex).doesNotThrowAnyException();
        }
        assertThat(e.equations().get(5)).contains("(\\text{no bias correction})");
    }

    @Test
    void pytorchsRulesSayAtLeastThetaTheGradientAndTheStep() {
        StepExplanation e = explain(new TorchSgd(EPS, 0, 0, 0, false), 1);
        assertPoint(e.after(), -2.375, 0.75);
        assertThat(e.hasRate()).isFalse();
        assertThat(e.arrows()).singleElement().extracting(Arrow::symbol).isEqualTo("Δθ");
        assertThat(e.quantities()).extracting(StepExplanation.Quantity::symbol).containsExactly("θ₀", "g", "Δθ",
                "θ₁");
        assertThat(e.equations()).containsExactly("\\theta_{1} = \\theta_{0} + \\Delta\\theta = (-2.5,\\,1.5)"
                + " + (0.125,\\,-0.75) = (-2.375,\\,0.75)");
    }

    /** Every rule at its defaults and at a few steps: the explanation's θ_k is its step's, bit for bit. */
    @Test
    void everyExplanationEndsWhereItsRulesStepDoesAndItsEquationsAreValidLatex() {
        for (Rule rule : Rules.ALL) {
            for (int k = 1; k <= 3; k++) {
                checkAgreement(rule.create(defaults(rule)), k, rule.id());
            }
        }
    }

    private static <S extends OptimizerState> void checkAgreement(UpdateRule<S> rule, int k, String id) {
        S s = rule.init(START);
        for (int i = 1; i < k; i++) {
            s = rule.step(s, BOWL);
        }
        StepExplanation e = StepExplanation.of(rule, s, BOWL, k);
        assertThat(e.after()).as(id).isEqualTo(rule.step(s, BOWL).theta());
        assertThat(e.before()).as(id).isEqualTo(s.theta());
        assertThat(e.arrows()).as(id).isNotEmpty();
        assertThat(e.arrows().get(0).role()).as(id).isEqualTo(Role.UPDATE);
        for (String latex : e.equations()) {
            assertThatCode(() -> new TeXFormula(latex)).as(id + ": " + latex).doesNotThrowAnyException();
        }
        for (StepExplanation.Quantity q : e.quantities()) {
            assertThat(q.text()).as(id).doesNotContain("NaN");
        }
    }

    private static Values defaults(Rule rule) {
        return Hyperparameters.defaults().resolve(rule, java.util.Map.of(), false, EPS);
    }

    @Test
    void numbersInEquationsHaveFourSignificantDigitsAndPowersOfTen() {
        assertThat(Tex.num(-1.20349)).isEqualTo("-1.203");
        assertThat(Tex.num(1e-7)).isEqualTo("10^{-7}");
        assertThat(Tex.num(3.21e-5)).isEqualTo("3.21\\times10^{-5}");
        assertThat(Tex.vec(new Vec2(0.8153, -2))).isEqualTo("(0.8153,\\,-2)");
        assertThat(Tex.subscript(120)).isEqualTo("₁₂₀");
        assertThat(List.of(Tex.num(0), Tex.num(Double.POSITIVE_INFINITY))).containsExactly("0", "\\infty");
    }
}
