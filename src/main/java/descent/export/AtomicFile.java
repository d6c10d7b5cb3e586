package descent.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file beside the target, which
 * replaces the target only once it is whole. On any failure, cancellation or stop the temporary file is removed and
 * an existing target is left untouched. A symbolic link is written through, and a device such as /dev/null or
 * /dev/stdout is written straight to, never replaced (see {@link Staging}).
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
     * Checks that a file could be written at {@code target}: it is not a folder, and its folder (the folder of the
     * file its links lead to) exists and is writable; a device or FIFO must be writable itself.
     *
     * @throws OutputException with a message for the user when it could not
     */
    public static void checkWritable(Path target) {
        Target t = Target.of(target);
        if (t.straight()) {
            if (!Files.isWritable(t.path())) {
                throw new OutputException(target + " is not writable");
            }
            return;
        }
        Path dir = t.path().getParent();
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
        checkWritable(target);
        try (Staging staging = new Staging()) {
            Path temp = staging.stage(target);
            try (OutputStream out = new BufferedOutputStream(staging.open(temp), 1 << 16)) {
                content.writeTo(out);
            }
            staging.commit();
        }
    }

    /**
     * Has the content written to a temporary path beside {@code target}, then moves it into place.
     *
     * @throws IOException when writing fails; the target is then as it was before
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        checkWritable(target);
        try (Staging staging = new Staging()) {
            content.writeTo(staging.stage(target));
            staging.commit();
        }
    }
}
