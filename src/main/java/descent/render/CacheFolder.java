package descent.render;

import java.nio.file.Path;

/** Descent's folder in the user's cache: {@code $XDG_CACHE_HOME/descent}, else {@code ~/.cache/descent}. */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder, which may not exist yet. */
    public static Path path() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("descent");
    }
}
