package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class Java2DDrawingTest {

    /** Two triangles meeting on a slanted diagonal, as a facet's halves do, filled red on white. */
    private static BufferedImage twoTriangles(boolean draft) {
        BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        Java2DDrawing d = new Java2DDrawing(g);
        d.setFill(0xFFFFFFFF);
        d.fillRect(0, 0, 40, 40);
        d.setSmoothFill(false);
        d.setSmoothStroke(!draft);
        d.setFill(0xFFFF0000);
        d.fillPolygon(new double[] {5.3, 34.6, 34.6}, new double[] {5.2, 5.2, 34.7}, 3);
        d.fillPolygon(new double[] {5.3, 34.6, 5.3}, new double[] {5.2, 34.7, 34.7}, 3);
        g.dispose();
        return img;
    }

    @Test
    void aDraftsTilesMeetWithoutASeamAndCoverTheSameSquareToAPixel() {
        BufferedImage full = twoTriangles(false);
        BufferedImage draft = twoTriangles(true);
        int differ = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                if (full.getRGB(x, y) != draft.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        // Inside the square, along the shared diagonal too, the draft is all red: no white pixel shows between them.
        for (int k = 7; k <= 32; k++) {
            assertThat(draft.getRGB(k, k)).as("diagonal at %d", k).isEqualTo(0xFFFF0000);
            assertThat(draft.getRGB(k, 39 - k)).isEqualTo(0xFFFF0000);
        }
        // Whole pixels instead of sub-pixel edges: at most the square's outline changes (4 sides of 30 pixels).
        assertThat(differ).isLessThanOrEqualTo(4 * 30);
    }
}
