package descent.ui.util;

import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Calls back once a window's first frame showing its content has been drawn on screen. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Watches the pulses: at the end of the first in which {@code painted} holds, waits for the renderer to draw
     * that frame, then calls {@code then} on the FX thread with the moment it was drawn. Start it after the window's
     * own animation timer, so that in each pulse it looks after the window's work of that pulse.
     */
    public static void then(BooleanSupplier painted, Consumer<Instant> then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!painted.getAsBoolean()) {
                    return;
                }
                stop();
                // After this pulse, which has then handed its frame to the renderer: a job queued on the render
                // thread now runs once that frame is drawn.
                Platform.runLater(() -> RenderThread.afterRendering(() -> {
                    Instant drawn = Instant.now();
                    Platform.runLater(() -> then.accept(drawn));
                }));
            }
        }.start();
    }
}
