package descent.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.math.Vec2;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Sgd;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.TypedSurface;
import descent.surface.ViewBox;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {

    @Test
    void aScenarioReadsBackEqualToItself() {
        Scenario s = Scenario.defaults("quadratic").withParameters(Map.of("kappa", 25.0, "angle", 30.0))
                .with(sim -> sim.withStart(new Vec2(-2.2, 1.3)).withSteps(300)
                        .withRacers(Simulation.racersOf(List.of(Sgd.RULE, Adam.RULE)))
                        .withHyperparameters(Hyperparameters.defaults().with(Hyperparameter.LEARNING_RATE, 0.02))
                        .withOwnValue(Adam.RULE, Hyperparameter.LEARNING_RATE, 0.1)
                        .withNoise(0.1).withSeed(42).withClipNorm(2).withTolerance(1e-9))
                .withView(new ViewBox(-1, 1, -2, 2));
        Scenario back = ScenarioJson.parse(ScenarioJson.toJson(s), "test");
        assertThat(back.parameters()).isEqualTo(s.parameters());
        assertThat(back.view()).isEqualTo(s.view());
        assertThat(back.simulation().withSurface(s.surface())).isEqualTo(s.simulation());
        assertThat(back.surface()).isEqualTo(s.surface());
    }

    @Test
    void aTypedSurfaceIsSavedAsItsFormulaInAVersionThreeFileAndReadBackEqual() {
        TypedSurface typed = TypedSurface.parse("a*x^2 + b*y^2 + sin(3*x)", "a=1:0:5, b=3:1:10",
                new ViewBox(-3, 3, -2, 2));
        Scenario s = Scenario.defaults("wells").withTypedSurface(typed).withParameters(Map.of("a", 2.0))
                .with(sim -> sim.withStart(new Vec2(-2, 1)).withSteps(120));
        String json = ScenarioJson.toJson(s);
        assertThat(json).contains("\"descent\" : 3").contains("\"f\" : \"a*x^2 + b*y^2 + sin(3*x)\"");
        Scenario back = ScenarioJson.parse(json, "test");
        assertThat(back.surface()).isEqualTo(s.surface());
        assertThat(((TypedSurface) back.surface()).values()).isEqualTo(Map.of("a", 2.0, "b", 3.0));
        assertThat(back.simulation().withSurface(s.surface())).isEqualTo(s.simulation());
        // Every other scenario stays version 2, which readers before typed surfaces understand.
        assertThat(ScenarioJson.toJson(Scenario.defaults("wells"))).contains("\"descent\" : 2");
    }

    @Test
    void aFormulaInAFileIsParsedNeverRunAndItsMistakesSayWhere() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"descent\": 3, \"surface\": \"custom\", \"formula\":"
                + " {\"f\": \"x^2 + sinn(x)\"}}", "f.json"))
                .hasMessage("f.json: 'formula.f': unknown function 'sinn' at column 7");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"descent\": 3, \"formula\": {\"f\":"
                + " \"java.lang.Runtime.getRuntime()\"}}", "f.json")).hasMessageContaining("unknown name 'java'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"descent\": 3, \"surface\": \"wells\", \"formula\":"
                + " {\"f\": \"x\"}}", "f.json")).hasMessageContaining("'formula' goes with");
    }

    @Test
    void racersOfOneRuleWithLabelsSwitchesBatchesAndHiddenOnesReadBackEqual() {
        Scenario s = Scenario.defaults("logistic").with(sim -> sim.withRacers(List.of(
                Racer.of(Sgd.RULE, 0).withBatchSize(OptionalInt.of(1)).withLabel("online"),
                Racer.of(Sgd.RULE, 3).withBatchSize(OptionalInt.of(20)).withNoise(OptionalDouble.of(0.5))
                        .withStarts(descent.sim.StartSpread.xavier(50, 2, 3)),
                Racer.of(Sgd.RULE, 4).withStarts(descent.sim.StartSpread.gaussian(20, 0.5)),
                Racer.of(Adam.RULE, 9).with(Adam.BIAS_CORRECTION, 0).withClipNorm(OptionalDouble.of(1))
                        .withShown(false))));
        String json = ScenarioJson.toJson(s);
        assertThat(json).contains("\"descent\" : 2").contains("\"bias_correction\" : false")
                .contains("\"label\" : \"online\"");
        Scenario back = ScenarioJson.parse(json, "test");
        assertThat(back.simulation().withSurface(s.surface())).isEqualTo(s.simulation());
    }

    @Test
    void aVersionOneFileLoadsToTheRaceItDescribed() throws java.io.IOException {
        // assets/wells.json as it was written before racers: every optimizer once, no overrides.
        String v1;
        try (java.io.InputStream in = getClass().getResourceAsStream("/scenarios/wells-v1.json")) {
            v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(v1).contains("\"descent\" : 1").contains("\"optimizers\"");
        Scenario s = ScenarioJson.parse(v1, "wells-v1.json");
        Scenario expected = Scenario.defaults("wells").with(sim -> sim.withSteps(150));
        assertThat(s.simulation()).isEqualTo(expected.simulation());
        assertThat(s.simulation().racers()).extracting(r -> r.rule().id()).containsExactly("sgd", "sgd-decay",
                "momentum", "nesterov", "adagrad", "rmsprop", "rmsprop-nesterov", "adam");
        // Overrides become the racer's own values; the optimizers' order is the lecture's, as version 1 raced it.
        Scenario own = ScenarioJson.parse("{\"descent\": 1, \"optimizers\": [\"adam\", \"sgd\"], "
                + "\"overrides\": {\"adam\": {\"eps\": 0.1}}}", "v1");
        assertThat(own.simulation().racers()).extracting(r -> r.rule().id()).containsExactly("sgd", "adam");
        assertThat(own.simulation().racers().get(1).own()).containsEntry(Hyperparameter.LEARNING_RATE, 0.1);
        assertThat(own.simulation().racers().get(1).slot()).isEqualTo(7);
    }

    @Test
    void aRacerInAFileIsCheckedLikeOneOnTheCommandLine() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"racers\": [{\"rule\": \"java.lang.Runtime\"}]}", "f"))
                .hasMessageContaining("unknown rule 'java.lang.Runtime'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"racers\": [{\"rule\": \"sgd\", \"values\": "
                + "{\"alpha\": 0.5}}]}", "f")).hasMessageContaining("sgd has no value alpha");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"racers\": [{\"rule\": \"sgd\", \"colour\": 1}]}",
                "f")).hasMessageContaining("unknown field 'racers[0].colour'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"racers\": [], \"optimizers\": []}", "f"))
                .hasMessageContaining("give one or the other");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"racers\": [{\"rule\": \"sgd\", \"slot\": 1}, "
                + "{\"rule\": \"adam\", \"slot\": 1}]}", "f")).hasMessageContaining("two racers in slot 1");
    }

    @Test
    void missingFieldsTakeTheSurfacesDefaults() {
        Scenario s = ScenarioJson.parse("{\"surface\": \"rosenbrock\"}", "test");
        assertThat(s.simulation().start()).isEqualTo(new Vec2(-1.5, 2));
        assertThat(s.simulation().racers()).hasSize(8);
        assertThat(s.view()).isEqualTo(s.surface().defaults().view());
    }

    @Test
    void mistakesAreNamedInOneLine() {
        assertThatThrownBy(() -> ScenarioJson.parse("{\"surfac\": \"wells\"}", "f.json"))
                .hasMessage("f.json: unknown field 'surfac'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"surface\": \"x\"}", "f.json"))
                .hasMessageStartingWith("f.json: unknown surface 'x'");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"hyperparameters\": {\"rho\": 2}}", "f.json"))
                .hasMessageContaining("rho");
        assertThatThrownBy(() -> ScenarioJson.parse("{\"steps\": -1}", "f.json")).hasMessageContaining("steps");
        assertThatThrownBy(() -> ScenarioJson.parse("{", "f.json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ScenarioJson.parse("[1]", "f.json")).hasMessageContaining("JSON object");
    }
}
