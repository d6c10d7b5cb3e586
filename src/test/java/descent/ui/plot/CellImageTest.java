package descent.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plot's image in cells: it shows what it is given, and hands over only the cells whose pixels changed. */
@ExtendWith(ApplicationExtension.class)
class CellImageTest {

    private static final int W = 200;
    private static final int H = 130;

    @Start
    void start(Stage stage) {
    }

    /** Opaque pixels that differ from each other, so that a cell in the wrong place shows. */
    private static int[] pattern() {
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                px[y * W + x] = 0xFF000000 | (x << 16) | (y << 8) | ((x * 7 + y * 3) & 0xFF);
            }
        }
        return px;
    }

    private static int[] shown(CellImage image) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        WritableImage img = image.snapshot(p, null);
        assertThat((int) img.getWidth()).isEqualTo(W);
        assertThat((int) img.getHeight()).isEqualTo(H);
        int[] px = new int[W * H];
        img.getPixelReader().getPixels(0, 0, W, H, PixelFormat.getIntArgbInstance(), px, 0, W);
        return px;
    }

    @Test
    void showsThePixelsItIsGivenEachInItsPlace(FxRobot robot) {
        robot.interact(() -> {
            CellImage image = new CellImage();
            image.resize(W, H);
            int[] source = pattern();
            // 64-pixel cells: four columns (the last 8 wide) and three rows (the last 2 high).
            assertThat(image.update(source, 0, 0, W, H)).isEqualTo(12);
            assertThat(shown(image)).isEqualTo(source);
        });
    }

    @Test
    void aChangeInOneCellHandsOverThatCellOnly(FxRobot robot) {
        robot.interact(() -> {
            CellImage image = new CellImage();
            image.resize(W, H);
            int[] source = pattern();
            image.update(source, 0, 0, W, H);
            assertThat(image.update(source, 0, 0, W, H)).isZero();
            // Column 1, row 0 of the cells; then a pixel in the narrow last column and the short last row.
            source[10 * W + 70] = 0xFFFFFFFF;
            assertThat(image.update(source, 0, 0, W, H)).isEqualTo(1);
            source[129 * W + 199] = 0xFFFFFFFF;
            source[128 * W + 0] = 0xFFFFFFFF;
            assertThat(image.update(source, 0, 0, W, H)).isEqualTo(2);
            assertThat(shown(image)).isEqualTo(source);
            assertThat(image.cellUpdates()).isEqualTo(12 + 1 + 2);
        });
    }

    @Test
    void onlyTheGivenBoxIsLookedAt(FxRobot robot) {
        robot.interact(() -> {
            CellImage image = new CellImage();
            image.resize(W, H);
            int[] source = pattern();
            image.update(source, 0, 0, W, H);
            int[] before = source.clone();
            source[10 * W + 10] = 0xFFFFFFFF;
            source[100 * W + 150] = 0xFFFFFFFF;
            // A box around the second change only, reaching past the image's edges.
            assertThat(image.update(source, 140, 90, 500, 500)).isEqualTo(1);
            before[100 * W + 150] = 0xFFFFFFFF;
            assertThat(shown(image)).isEqualTo(before);
        });
    }

    @Test
    void aLargeImageHasAtMostTwelveCellsARowAndTwelveRows(FxRobot robot) {
        robot.interact(() -> {
            CellImage image = new CellImage();
            image.resize(2000, 900);
            assertThat(image.cellSize()).isEqualTo(167);
            assertThat(image.getChildren()).hasSize(6);
            for (Node row : image.getChildren()) {
                assertThat(((Group) row).getChildren()).hasSize(12);
            }
        });
    }
}
