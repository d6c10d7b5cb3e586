package descent.contour;

/**
 * An image as opaque ARGB pixels, row 0 at the top. Backends may cache their own copy of it, keyed by identity,
 * so the pixels must not change once the image is drawn.
 */
public final class RasterImage {

    private final int[] pixels;
    private final int width;
    private final int height;

    public RasterImage(int[] pixels, int width, int height) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + width + "x" + height);
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    /** The pixels themselves, not a copy: read, never write. */
    public int[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
