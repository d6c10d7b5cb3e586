package descent.ui.util;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's drawing backend: a clip still cuts when it must, and cuts nothing when it holds the canvas; text is
 * measured without a canvas as with one.
 */
@ExtendWith(ApplicationExtension.class)
class FxDrawingTest {

    @Start
    void start(Stage stage) {
    }

    /** Fills the whole canvas through a clip and returns which of its pixels were painted. */
    private static boolean[] paintedThrough(FxRobot robot, double tx, double ty, double[] clip) {
        boolean[][] out = new boolean[1][];
        robot.interact(() -> {
            Canvas c = new Canvas(40, 20);
            FxDrawing d = new FxDrawing(c.getGraphicsContext2D());
            d.save();
            d.translate(tx, ty);
            d.clip(clip[0], clip[1], clip[2], clip[3]);
            d.setFill(0xFF0000FF);
            d.fillRect(-tx - 5, -ty - 5, 50, 30);
            d.restore();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            WritableImage img = c.snapshot(p, null);
            int[] px = new int[40 * 20];
            img.getPixelReader().getPixels(0, 0, 40, 20, PixelFormat.getIntArgbInstance(), px, 0, 40);
            out[0] = new boolean[px.length];
            for (int i = 0; i < px.length; i++) {
                out[0][i] = (px[i] >>> 24) > 128;
            }
        });
        return out[0];
    }

    private static int count(boolean[] painted, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = x0; x < x1; x++) {
                n += painted[y * 40 + x] ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aClipThatCutsTheCanvasStillCuts(FxRobot robot) {
        // In translated coordinates, as the window's small canvases draw: the clip keeps canvas x 0..20.
        boolean[] painted = paintedThrough(robot, -100, -50, new double[] {100, 50, 20, 20});
        assertThat(count(painted, 0, 19)).isEqualTo(19 * 20);
        assertThat(count(painted, 21, 40)).isZero();
    }

    @Test
    void aClipThatHoldsTheWholeCanvasCutsNothing(FxRobot robot) {
        boolean[] painted = paintedThrough(robot, -100, -50, new double[] {90, 40, 60, 40});
        assertThat(count(painted, 0, 40)).isEqualTo(40 * 20);
    }

    @Test
    void aMeasuringDrawingMeasuresTextAsACanvasDoes(FxRobot robot) {
        double[] widths = new double[4];
        robot.interact(() -> {
            FxDrawing canvas = new FxDrawing(new Canvas(10, 10).getGraphicsContext2D());
            FxDrawing measuring = FxDrawing.measuring();
            canvas.setFont(22, true);
            measuring.setFont(22, true);
            widths[0] = canvas.textWidth("wells  ·  step 150 of 300");
            widths[1] = measuring.textWidth("wells  ·  step 150 of 300");
            measuring.setFont(11, false);
            widths[2] = measuring.textWidth("wells  ·  step 150 of 300");
            widths[3] = measuring.textWidth("wells");
        });
        assertThat(widths[1]).isEqualTo(widths[0]).isGreaterThan(100);
        // Its font follows setFont as a canvas's does.
        assertThat(widths[2]).isLessThan(widths[1] * 0.6).isGreaterThan(widths[3]);
    }
}
