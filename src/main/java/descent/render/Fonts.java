package descent.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bundled font, DejaVu Sans, regular and bold: the same glyphs on screen and in every export, on any machine,
 * with the Greek letters and subscripts of the lecture's notation.
 */
public final class Fonts {

    /** The resource path of the regular face. */
    public static final String REGULAR = "/descent/fonts/DejaVuSans.ttf";
    /** The resource path of the bold face. */
    public static final String BOLD = "/descent/fonts/DejaVuSans-Bold.ttf";
    /** The family name both faces register under. */
    public static final String FAMILY = "DejaVu Sans";

    private static Font regular;
    private static Font bold;

    private Fonts() {
    }

    /** The AWT font, at size 1; derive the size needed. */
    public static synchronized Font awt(boolean wantBold) {
        if (regular == null) {
            regular = load(REGULAR);
            bold = load(BOLD);
        }
        return wantBold ? bold : regular;
    }

    /**
     * Loads a face from a copy in the user's cache folder, made once and checked byte for byte each time: given a
     * stream, Java copies the font to a temporary file that only a shutdown hook removes, and a kill -9 runs none,
     * so every killed export left two such files behind.
     */
    private static Font load(String path) {
        byte[] bytes;
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Optional<Path> copy = cached(path.substring(path.lastIndexOf('/') + 1), bytes);
            return copy.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, copy.get().toFile())
                    : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + path + " is damaged", e);
        }
    }

    /** The face's copy in Descent's cache folder, made if need be; empty if it cannot be. */
    private static Optional<Path> cached(String name, byte[] bytes) {
        try {
            Path dir = CacheFolder.path().resolve("fonts");
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return Optional.of(file);
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + name, ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            // A read-only home: Java's temporary copy will do.
            return Optional.empty();
        }
    }
}
