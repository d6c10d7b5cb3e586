package descent.export;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;

/** Rendered frames written as GIF deltas, read back by Java's own decoder and laid over each other. */
class GifAnimationTest {

    private static final int RED = 0xFF0000;
    private static final int GREY = 0x808080;
    private static final int BLUE = 0x0000FF;

    private static int[] frame(int w, int h, int color) {
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, color);
        return pixels;
    }

    private static List<int[]> whole(int w, int h) {
        return List.of(new int[] {0, 0, w, h});
    }

    @Test
    void aLaterFrameHoldsOnlyTheBoxOfPixelsThatChanged() throws Exception {
        int w = 6;
        int h = 4;
        GifPalette palette = GifPalette.of(List.of(frame(w, h, GREY)), RED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifAnimation gif = new GifAnimation(out, w, h, palette, 10);
        int[] pixels = frame(w, h, GREY);
        gif.add(pixels, whole(w, h));
        pixels[1 * w + 2] = RED;
        pixels[2 * w + 4] = RED;
        gif.add(pixels, whole(w, h));
        gif.finish();
        ImageReader r = reader(out.toByteArray());
        assertThat(r.getNumImages(true)).isEqualTo(2);
        assertThat(box(r, 1)).containsExactly(2, 1, 3, 2);
        BufferedImage second = r.read(1);
        assertThat(second.getRaster().getSample(1, 0, 0)).isEqualTo(GifWriter.TRANSPARENT);
        assertThat(composed(out.toByteArray()).get(1)).isEqualTo(pixels);
    }

    @Test
    void aFrameThatChangesNothingStillTakesItsPlaceInTime() throws Exception {
        GifPalette palette = GifPalette.of(List.of(frame(4, 4, GREY)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifAnimation gif = new GifAnimation(out, 4, 4, palette, 5);
        for (int i = 0; i < 3; i++) {
            gif.add(frame(4, 4, GREY), whole(4, 4));
        }
        gif.finish();
        ImageReader r = reader(out.toByteArray());
        assertThat(r.getNumImages(true)).isEqualTo(3);
        assertThat(box(r, 2)).containsExactly(0, 0, 1, 1);
    }

    @Test
    void onlyTheBoxesSaidToHaveChangedAreLookedAt() throws Exception {
        GifPalette palette = GifPalette.of(List.of(frame(8, 8, GREY)), RED, BLUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifAnimation gif = new GifAnimation(out, 8, 8, palette, 5);
        gif.add(frame(8, 8, GREY), whole(8, 8));
        int[] pixels = frame(8, 8, GREY);
        pixels[1 * 8 + 1] = RED;
        pixels[6 * 8 + 6] = BLUE;
        gif.add(pixels, List.of(new int[] {0, 0, 4, 4}));
        gif.finish();
        assertThat(box(reader(out.toByteArray()), 1)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void everyFrameOfARaceDecodesToTheRenderedFrameInThePalette() throws Exception {
        Scenario race = Scenario.defaults("quadratic").with(s -> s.withSteps(40));
        FrameSequence seq = new FrameSequence(race, 200, 150, ColorMap.VIRIDIS, Theme.LIGHT, () -> false);
        GifPalette palette = GifPalette.of(List.of(seq.render(0).clone(), seq.render(40).clone()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifAnimation gif = new GifAnimation(out, 200, 150, palette, 5);
        List<int[]> expected = new ArrayList<>();
        int[] colors = palette.colors();
        long[] steps = {0, 1, 2, 3, 10, 11, 25, 40, 5, 6};
        for (long step : steps) {
            int[] pixels = seq.render(step);
            gif.add(pixels, seq.changed());
            int[] inPalette = new int[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                inPalette[i] = colors[palette.index(pixels[i]) & 0xFF];
            }
            expected.add(inPalette);
        }
        gif.finish();
        List<int[]> decoded = composed(out.toByteArray());
        assertThat(decoded).hasSize(steps.length);
        for (int k = 0; k < steps.length; k++) {
            assertThat(java.util.Arrays.mismatch(decoded.get(k), expected.get(k)))
                    .as("first pixel that differs at step %d", steps[k]).isEqualTo(-1);
        }
    }

    static ImageReader reader(byte[] gif) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(gif)));
        return r;
    }

    /** Where image i lies: x, y, width, height. */
    private static int[] box(ImageReader r, int i) throws Exception {
        IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
        return new int[] {Integer.parseInt(d.getAttribute("imageLeftPosition")),
            Integer.parseInt(d.getAttribute("imageTopPosition")), Integer.parseInt(d.getAttribute("imageWidth")),
            Integer.parseInt(d.getAttribute("imageHeight"))};
    }

    /** The pictures a viewer shows, frame after frame: each image laid over the ones before, RGB. */
    static List<int[]> composed(byte[] gif) throws Exception {
        ImageReader r = reader(gif);
        int n = r.getNumImages(true);
        BufferedImage first = r.read(0);
        int w = first.getWidth();
        int h = first.getHeight();
        int[] picture = new int[w * h];
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage img = r.read(i);
            IndexColorModel colors = (IndexColorModel) img.getColorModel();
            int[] b = box(r, i);
            for (int y = 0; y < b[3]; y++) {
                for (int x = 0; x < b[2]; x++) {
                    int index = img.getRaster().getSample(x, y, 0);
                    if (i == 0 || index != GifWriter.TRANSPARENT) {
                        picture[(b[1] + y) * w + b[0] + x] = colors.getRGB(index) & 0xFFFFFF;
                    }
                }
            }
            out.add(picture.clone());
        }
        return out;
    }
}
