package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.scenario.Scenario;
import descent.surface.ViewBox;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view far smaller than the surface's features, which once ran the window out of memory. */
class TinyViewTest {

    @Test
    void rosenbrockWithAAtZeroOverATinySquareIsDrawnWithNoMessage() {
        // Its losses there are subnormal (about 1e-321): the log levels once asked for a 2³¹-element array, and the
        // window said "Out of memory: try fewer steps".
        Scenario s = Scenario.defaults("rosenbrock").withParameters(Map.of("a", 0.0))
                .withView(new ViewBox(0, 1e-161, 0, 1e-161));
        MainViewModel vm = new MainViewModel(s, Runnable::run, Runnable::run);
        vm.viewport().setCanvasSize(900, 700);
        assertThat(vm.race().statusProperty().get()).isEmpty();
        assertThat(vm.viewport().contourProperty().get()).isNotNull();
        assertThat(vm.viewport().contourProperty().get().levels().size()).isBetween(1, 27);
    }
}
