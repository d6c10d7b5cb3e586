package descent.export;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG encoding with its working space in memory: ImageIO's default keeps it in a file of the temporary folder,
 * which a full disk turns into a stack trace at exit and a stop leaves behind.
 */
public final class Png {

    private Png() {
    }

    /** Writes the image as PNG to the stream, which stays open. */
    public static void write(RenderedImage image, OutputStream out) throws IOException {
        // Closing flushes what is left to the stream: a failure there (a full disk) is the write's failure.
        try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer for this image");
            }
        } catch (IIOException e) {
            // "I/O error writing PNG file!" says less than what it wraps, such as "No space left on device".
            throw e.getCause() instanceof IOException cause ? cause : e;
        }
    }
}
