package descent.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameters;
import descent.optim.Sgd;
import descent.sim.Simulation;
import descent.surface.Vec2;
import descent.surface.ViewBox;
import java.util.List;
import java.util.Map;
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
