package descent.optim;

import static org.assertj.core.api.Assertions.assertThat;

import descent.math.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;

/** PyTorch's rules in the catalogue: their values, PyTorch's defaults, and what follows the lecture's sliders. */
class TorchRulesTest {

    private static final double SURFACE_EPS = 0.05;

    private static Values resolve(Hyperparameters h, Rule rule, Map<Hyperparameter, Double> own, boolean lecture) {
        return h.resolve(rule, own, lecture, SURFACE_EPS);
    }

    private static String defaults(Rule rule) {
        return rule.settings().stream().filter(s -> !s.always())
                .map(s -> s.parameter().key() + "=" + (s.parameter().isSwitch() ? s.parameter().format(s.defaultValue())
                        : Numbers.shortest(s.defaultValue())))
                .collect(Collectors.joining(", "));
    }

    @Test
    void everyTorchRuleStartsFromPyTorchsOwnDefaultsInItsSignaturesOrder() {
        // torch.optim 1.13's signatures, betas split in two; lr follows ε and so has no default of its own.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("torch-sgd", "momentum=0, dampening=0, weight_decay=0, nesterov=false");
        expected.put("torch-adagrad", "lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10");
        expected.put("torch-rmsprop", "alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=false");
        expected.put("torch-adam", "beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0, amsgrad=false");
        expected.put("torch-adamw", "beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01, amsgrad=false");
        expected.put("torch-nadam", "beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0, momentum_decay=0.004");
        expected.put("torch-radam", "beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0");
        expected.put("torch-adadelta", "rho=0.9, eps=1e-6, weight_decay=0");
        expected.put("torch-adamax", "beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0");
        Map<String, String> actual = new LinkedHashMap<>();
        Rules.ALL.stream().filter(r -> r.family() == Rule.Family.PYTORCH).forEach(r -> actual.put(r.id(),
                defaults(r)));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void lrAlwaysFollowsEpsilonUnlessTheRacerSetsItsOwn() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.02);
        for (Rule r : Rules.ALL) {
            if (r.family() == Rule.Family.PYTORCH) {
                assertThat(resolve(Hyperparameters.defaults(), r, Map.of(), false).get(TorchHyperparameters.LR))
                        .as(r.id()).isEqualTo(SURFACE_EPS);
                assertThat(resolve(h, r, Map.of(), false).get(TorchHyperparameters.LR)).as(r.id()).isEqualTo(0.02);
                assertThat(resolve(h, r, Map.of(TorchHyperparameters.LR, 0.3), false).get(TorchHyperparameters.LR))
                        .as(r.id()).isEqualTo(0.3);
                assertThat(r.canFollowLecture()).as(r.id()).isTrue();
            }
        }
    }

    @Test
    void theLecturesSlidersApplyOnlyToARacerThatFollowsThem() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.MOMENTUM, 0.8)
                .with(Hyperparameter.DELTA, 1e-6).with(Hyperparameter.SECOND_MOMENT_DECAY, 0.99);
        assertThat(resolve(h, TorchSgd.RULE, Map.of(), false).get(TorchHyperparameters.MOMENTUM)).isEqualTo(0);
        assertThat(resolve(h, TorchSgd.RULE, Map.of(), true).get(TorchHyperparameters.MOMENTUM)).isEqualTo(0.8);
        Values adam = resolve(h, TorchAdam.RULE, Map.of(), true);
        assertThat(adam.get(TorchHyperparameters.EPS)).isEqualTo(1e-6);
        assertThat(adam.get(TorchHyperparameters.BETA2)).isEqualTo(0.99);
        // ρ₁ is not set, so β₁ follows the lecture's default of it.
        assertThat(adam.get(TorchHyperparameters.BETA1)).isEqualTo(0.9);
        // Values with no slider of the lecture's keep PyTorch's default.
        assertThat(adam.get(TorchHyperparameters.WEIGHT_DECAY)).isEqualTo(0);
        Values rms = resolve(Hyperparameters.defaults(), TorchRmsProp.RULE, Map.of(), true);
        assertThat(rms.get(TorchHyperparameters.ALPHA)).isEqualTo(0.9);
        assertThat(rms.get(TorchHyperparameters.EPS)).isEqualTo(1e-7);
        assertThat(rms.get(TorchHyperparameters.MOMENTUM)).isEqualTo(0.9);
        Values adadelta = resolve(h.with(Hyperparameter.DECAY_RATE, 0.95), TorchAdadelta.RULE, Map.of(), true);
        assertThat(adadelta.get(TorchHyperparameters.RHO)).isEqualTo(0.95);
    }

    @Test
    void aValueTheRacerSetsWinsOverTheLecturesSlider() {
        Hyperparameters h = Hyperparameters.defaults().with(Hyperparameter.MOMENTUM, 0.8);
        assertThat(resolve(h, TorchSgd.RULE, Map.of(TorchHyperparameters.MOMENTUM, 0.5), true)
                .get(TorchHyperparameters.MOMENTUM)).isEqualTo(0.5);
    }

    @Test
    void everyRulesFormulaIsLatexThatParses() {
        for (Rule r : Rules.ALL) {
            // TeXFormula throws a ParseException on an unknown command, but lets an unclosed brace pass.
            assertThat(new TeXFormula(r.latex())).as(r.id()).isNotNull();
            int depth = 0;
            for (char c : r.latex().toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertThat(depth).as(r.id()).isNotNegative();
            }
            assertThat(depth).as(r.id()).isZero();
        }
    }
}
