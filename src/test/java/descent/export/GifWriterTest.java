package descent.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/** Frames written by the GIF writer, read back by Java's own GIF decoder. */
class GifWriterTest {

    private static int[] palette() {
        int[] p = new int[256];
        for (int i = 0; i < 256; i++) {
            p[i] = (i * 0x010203) & 0xFFFFFF;
        }
        return p;
    }

    private static ImageReader reader(byte[] gif) throws Exception {
        ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif));
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(in);
        return r;
    }

    private static int index(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    @Test
    void randomFramesDecodeToTheSameIndices() throws Exception {
        // Random data defeats LZW's dictionary, so the table fills, resets and codes grow to 12 bits.
        int w = 300;
        int h = 200;
        Random random = new Random(4);
        byte[] frame = new byte[w * h];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (byte) (1 + random.nextInt(255));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifWriter gif = new GifWriter(out, w, h, palette(), 5);
        gif.writeFrame(frame);
        gif.finish();
        BufferedImage img = reader(out.toByteArray()).read(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(index(img, x, y)).as("(%d, %d)", x, y).isEqualTo(frame[y * w + x] & 0xFF);
            }
        }
    }

    @Test
    void runsOfTheTransparentIndexAmongOtherIndicesDecodeToTheSameIndices() throws Exception {
        // Runs from one pixel to thousands, the string table filling and starting over many times.
        int w = 400;
        int h = 300;
        Random random = new Random(7);
        byte[] frame = new byte[w * h];
        int i = 0;
        while (i < frame.length) {
            int run = random.nextInt(4) == 0 ? random.nextInt(5000) : random.nextInt(40);
            i = Math.min(frame.length, i + run);
            for (int k = random.nextInt(30); k > 0 && i < frame.length; k--) {
                frame[i++] = (byte) (1 + random.nextInt(random.nextBoolean() ? 3 : 255));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifWriter gif = new GifWriter(out, w, h, palette(), 5);
        gif.writeFrame(frame);
        gif.finish();
        BufferedImage img = reader(out.toByteArray()).read(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(index(img, x, y)).as("(%d, %d)", x, y).isEqualTo(frame[y * w + x] & 0xFF);
            }
        }
    }

    @Test
    void aFrameCoversItsBoxWithTheTransparentIndexLeavingPixelsAlone() throws Exception {
        int w = 6;
        int h = 4;
        byte[] first = new byte[w * h];
        java.util.Arrays.fill(first, (byte) 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifWriter gif = new GifWriter(out, w, h, palette(), 10);
        gif.writeFrame(first);
        gif.writeFrame(new byte[] {9, 0, 0, 0, 0, 9}, 2, 1, 3, 2, true);
        gif.finish();
        ImageReader r = reader(out.toByteArray());
        assertThat(r.getNumImages(true)).isEqualTo(2);
        BufferedImage box = r.read(1);
        assertThat(box.getWidth()).isEqualTo(3);
        assertThat(box.getHeight()).isEqualTo(2);
        assertThat(index(box, 0, 0)).isEqualTo(9);
        assertThat(index(box, 2, 1)).isEqualTo(9);
        assertThat(index(box, 1, 0)).isEqualTo(GifWriter.TRANSPARENT);
        IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(1).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode descriptor = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
        assertThat(descriptor.getAttribute("imageLeftPosition")).isEqualTo("2");
        assertThat(descriptor.getAttribute("imageTopPosition")).isEqualTo("1");
        IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        assertThat(control.getAttribute("delayTime")).isEqualTo("10");
        assertThat(control.getAttribute("transparentColorFlag")).isEqualTo("TRUE");
        assertThat(control.getAttribute("disposalMethod")).isEqualTo("doNotDispose");
        assertThat(((IndexColorModel) box.getColorModel()).getRGB(9) & 0xFFFFFF).isEqualTo(palette()[9]);
    }

    @Test
    void aBoxOutsideThePictureIsRefused() throws Exception {
        GifWriter gif = new GifWriter(new ByteArrayOutputStream(), 6, 4, palette(), 10);
        assertThatThrownBy(() -> gif.writeFrame(new byte[4], 5, 0, 2, 2, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnimationLoopsForever() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GifWriter gif = new GifWriter(out, 2, 2, palette(), 5);
        gif.writeFrame(new byte[4]);
        gif.finish();
        assertThat(loops(out.toByteArray())).isEqualTo(0);
    }

    /** The NETSCAPE2.0 loop count of a GIF (0 is forever), or -1 when it does not loop. */
    static int loops(byte[] gif) throws Exception {
        ImageReader r = reader(gif);
        r.read(0);
        IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        var apps = root.getElementsByTagName("ApplicationExtension");
        for (int i = 0; i < apps.getLength(); i++) {
            IIOMetadataNode app = (IIOMetadataNode) apps.item(i);
            if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                byte[] data = (byte[]) app.getUserObject();
                return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
            }
        }
        Node unused = root;
        return -1;
    }
}
