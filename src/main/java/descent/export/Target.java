package descent.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the bytes written to a path really go: the file at the end of its symbolic links, replaced through a
 * temporary file beside it; or, for a device, a FIFO, a socket or an open file named under /proc (/dev/null,
 * /dev/stdout, a terminal), the path itself, written straight.
 *
 * @param path     the file to replace, its links followed; for a straight target the path as given
 * @param straight whether it is written straight rather than replaced
 */
record Target(Path path, boolean straight) {

    private static final int MAX_LINKS = 40;

    /**
     * The target of a path.
     *
     * @throws OutputException when it is a folder or its links cannot be followed
     */
    static Target of(Path given) {
        Path p = given.toAbsolutePath();
        // /dev/stdout and /dev/fd/N lead through /proc/self/fd, whose links name open files, not places to replace.
        boolean open = false;
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops == MAX_LINKS) {
                    throw new OutputException(given + " has too many levels of symbolic links");
                }
                open |= p.startsWith("/proc");
                p = p.resolveSibling(Files.readSymbolicLink(p));
            }
        } catch (IOException | SecurityException e) {
            throw new OutputException("cannot follow the link " + given + " (" + e.getMessage() + ")");
        }
        BasicFileAttributes a = attributes(given);
        if (a != null && a.isDirectory()) {
            throw new OutputException(given + " is a folder, not a file");
        }
        if (open || a != null && !a.isRegularFile()) {
            return new Target(given.toAbsolutePath(), true);
        }
        return new Target(p, false);
    }

    /** The attributes of what the path leads to, its links followed; null when there is nothing there. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
