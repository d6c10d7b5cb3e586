package descent.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file beside the target, which
 * replaces the target only once it is whole. On any failure or cancellation the temporary file is deleted and an
 * existing target is left untouched.
 */
public final class AtomicFile {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a file at a path, for writers that need a file rather than a stream. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Checks that a file could be written at {@code target}: its folder exists and is writable, and it is not a
     * folder itself.
     *
     * @throws OutputException with a message for the user when it could not
     */
    public static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new OutputException(target + " is a folder, not a file");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("folder " + (dir == null ? target : dir) + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new OutputException("folder " + dir + " is not writable");
        }
    }

    /**
     * Writes the content to {@code target} through a temporary file beside it.
     *
     * @throws IOException when writing fails; the target is then as it was before
     */
    public static void write(Path target, Content content) throws IOException {
        writeFile(target, temp -> {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Has the content written to a temporary path beside {@code target}, then moves it into place.
     *
     * @throws IOException when writing fails; the target is then as it was before
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        // Not Files.createTempFile: it makes the file private (0600), and the result should get the usual mode.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        boolean done = false;
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
