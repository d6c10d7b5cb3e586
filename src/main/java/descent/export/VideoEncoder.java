package descent.export;

import java.io.IOException;

/** Encodes RGB frames into an MP4 file, one after the other. */
public interface VideoEncoder extends AutoCloseable {

    /** Adds a frame: {@code width × height} opaque RGB pixels, row 0 at the top. */
    void encode(int[] rgb) throws IOException;

    /** Writes what remains and closes the file. */
    void finish() throws IOException;

    /** Releases the encoder without finishing, after a failure or a cancel. */
    @Override
    void close();
}
