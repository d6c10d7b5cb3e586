package descent.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import descent.scenario.Scenario;
import descent.ui.MainViewModel;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The UI scale is remembered between runs in the preferences, under a node of the test's own (removed afterwards)
 * rather than the user's "descent" node.
 */
class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("descent-test-" + ProcessHandle.current().pid());

    @AfterEach
    void removeTheTestNode() throws Exception {
        node.removeNode();
        node.flush();
    }

    private MainViewModel window(Settings settings) {
        return new MainViewModel(Scenario.defaults("quadratic"), Runnable::run, Runnable::run, settings);
    }

    @Test
    void theScaleSetInOneRunIsTheScaleTheNextRunOpensWith() {
        MainViewModel first = window(Settings.of(node));
        assertThat(first.look().uiScaleProperty().get()).isEqualTo(1.0);
        first.look().scaleUp();
        first.look().scaleUp();
        assertThat(first.look().uiScaleProperty().get()).isEqualTo(1.25);
        // A new run reads the preferences afresh.
        MainViewModel next = window(Settings.of(Preferences.userRoot().node(node.name())));
        assertThat(next.look().uiScaleProperty().get()).isEqualTo(1.25);
        next.look().resetScale();
        assertThat(window(Settings.of(node)).look().uiScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theScaleStepsFrom80To200PercentAndAStoredValueOffTheStepsIsTakenToTheNearest() {
        MainViewModel vm = window(Settings.inMemory());
        for (int i = 0; i < 10; i++) {
            vm.look().scaleDown();
        }
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(0.8);
        for (int i = 0; i < 10; i++) {
            vm.look().scaleUp();
        }
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(2.0);
        Settings odd = Settings.inMemory();
        odd.put(LookModel.UI_SCALE_KEY, 1.3);
        assertThat(window(odd).look().uiScaleProperty().get()).isEqualTo(1.25);
    }

    @Test
    void theControlsFontGrowsWithTheWindowAndTheScale() {
        assertThat(LookModel.baseFontSize(1280, 800)).isEqualTo(15);
        assertThat(LookModel.baseFontSize(1024, 640)).isEqualTo(14);
        assertThat(LookModel.baseFontSize(1920, 1080)).isEqualTo(20);
        MainViewModel vm = window(Settings.inMemory());
        vm.look().setWindowSize(1280, 800);
        vm.look().scaleUp();
        assertThat(vm.look().fontSize()).isEqualTo(Math.round(15 * 1.1));
    }
}
