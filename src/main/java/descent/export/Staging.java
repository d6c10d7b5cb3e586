package descent.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Files written together, all or none: each is written under a temporary name beside the file it becomes, and
 * {@link #commit} moves them all into place once every one is whole; if a move fails, those moved already are put
 * back as they were. Closing without a commit removes the temporary files.
 *
 * <p>A symbolic link is written through: the file it points to is replaced, with its temporary file beside it. A
 * device, a FIFO or an open file under /proc (/dev/null, /dev/stdout) is written straight to, appending as the
 * shell's {@code >>} does, and never replaced: it has no temporary file, and a failure cannot undo what it got.
 */
public final class Staging implements AutoCloseable {

    /** A file to move into place, and what to put back if a later one cannot be. */
    private record Entry(Path temp, Path target) {
    }

    /** An old file kept by a hard link while its replacement moves in: null link when there was none to keep. */
    private record Backup(Path link, boolean existed) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Path> temporaries = new ArrayList<>();
    private Path folder;

    /**
     * Where to write the file that becomes {@code target}: a new temporary file beside it, or the target itself
     * when it is written straight.
     *
     * @throws OutputException when the target is a folder
     */
    public Path stage(Path target) throws IOException {
        Target t = Target.of(target);
        if (t.straight()) {
            return t.path();
        }
        Path temp = Temporaries.create(t.path(), false);
        temporaries.add(temp);
        entries.add(new Entry(temp, t.path()));
        return temp;
    }

    /**
     * Like {@link #stage}, but inside one temporary folder shared by every file staged this way (made beside the
     * first), so that a numbered sequence killed half-way leaves one folder rather than hundreds of files.
     */
    public Path stageInFolder(Path target) throws IOException {
        Target t = Target.of(target);
        if (t.straight()) {
            return t.path();
        }
        if (folder == null) {
            folder = Temporaries.create(t.path(), true);
            temporaries.add(folder);
        }
        Path temp = folder.resolve(Integer.toString(entries.size()));
        entries.add(new Entry(temp, t.path()));
        return temp;
    }

    /** Opens a file staged here for writing: a temporary file from its start, a straight target at its end. */
    public OutputStream open(Path staged) throws IOException {
        if (folder != null && folder.equals(staged.getParent())) {
            return Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        // No CREATE: a temporary file removed because Java is stopping must not come back.
        boolean temporary = temporaries.contains(staged);
        return Files.newOutputStream(staged, StandardOpenOption.WRITE,
                temporary ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    }

    /**
     * Moves every staged file into place, in the order staged.
     *
     * @throws IOException when one cannot be moved; the targets are then as they were before
     */
    public void commit() throws IOException {
        List<Backup> backups = new ArrayList<>();
        int moved = 0;
        try {
            for (Entry e : entries) {
                backups.add(backup(e.target()));
                move(e.temp(), e.target());
                moved++;
            }
        } catch (IOException | RuntimeException failure) {
            for (int i = moved - 1; i >= 0; i--) {
                try {
                    undo(entries.get(i).target(), backups.get(i));
                } catch (IOException | RuntimeException u) {
                    failure.addSuppressed(u);
                }
            }
            throw failure;
        } finally {
            for (Backup b : backups) {
                if (b.link() != null) {
                    Temporaries.delete(b.link());
                }
            }
            close();
        }
    }

    /** Removes the temporary files that were not moved into place. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Path t : temporaries) {
            try {
                Temporaries.delete(t);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        temporaries.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Keeps the old target by a second name (a hard link, so that it stays in place meanwhile), when it can. */
    private static Backup backup(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return new Backup(null, false);
        }
        Path link = Temporaries.reserve(target);
        try {
            Files.createLink(link, target);
            return new Backup(link, true);
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without hard links: the move still replaces the file whole, but cannot be undone.
            Temporaries.release(link);
            return new Backup(null, true);
        }
    }

    private static void undo(Path target, Backup b) throws IOException {
        if (!b.existed()) {
            Files.deleteIfExists(target);
        } else if (b.link() != null) {
            move(b.link(), target);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
