package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.scenario.Scenario;
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
        assertThat(first.uiScaleProperty().get()).isEqualTo(1.0);
        first.scaleUp();
        first.scaleUp();
        assertThat(first.uiScaleProperty().get()).isEqualTo(1.25);
        // A new run reads the preferences afresh.
        MainViewModel next = window(Settings.of(Preferences.userRoot().node(node.name())));
        assertThat(next.uiScaleProperty().get()).isEqualTo(1.25);
        next.resetScale();
        assertThat(window(Settings.of(node)).uiScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theScaleStepsFrom80To200PercentAndAStoredValueOffTheStepsIsTakenToTheNearest() {
        MainViewModel vm = window(Settings.inMemory());
        for (int i = 0; i < 10; i++) {
            vm.scaleDown();
        }
        assertThat(vm.uiScaleProperty().get()).isEqualTo(0.8);
        for (int i = 0; i < 10; i++) {
            vm.scaleUp();
        }
        assertThat(vm.uiScaleProperty().get()).isEqualTo(2.0);
        Settings odd = Settings.inMemory();
        odd.put(MainViewModel.UI_SCALE_KEY, 1.3);
        assertThat(window(odd).uiScaleProperty().get()).isEqualTo(1.25);
    }

    @Test
    void theControlsFontGrowsWithTheWindowAndTheScale() {
        assertThat(MainViewModel.baseFontSize(1280, 800)).isEqualTo(15);
        assertThat(MainViewModel.baseFontSize(1024, 640)).isEqualTo(14);
        assertThat(MainViewModel.baseFontSize(1920, 1080)).isEqualTo(20);
        MainViewModel vm = window(Settings.inMemory());
        vm.setWindowSize(1280, 800);
        vm.scaleUp();
        assertThat(vm.fontSize()).isEqualTo(Math.round(15 * 1.1));
    }
}
