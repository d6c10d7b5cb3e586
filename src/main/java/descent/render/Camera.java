package descent.render;

import java.util.Locale;

/**
 * Where the 3-D view looks from: the azimuth, the compass direction of the camera in degrees counter-clockwise from
 * the south (0 looks north from the south, with x to the right as in the plot; 90 looks west from the east), the
 * elevation above the horizon (90 looks straight down: the top view, which is the 2-D plot), and a zoom factor.
 * The projection is orthographic, so the top view at azimuth 0 and zoom 1 puts every point where the plot does.
 */
public record Camera(double azimuth, double elevation, double zoom) {

    /** Straight down, north up: the 2-D plot. */
    public static final Camera TOP = new Camera(0, 90, 1);

    /** The view the 3-D view opens with: from the south-east, a little above. */
    public static final Camera DEFAULT = new Camera(30, 35, 1);

    /** The least and the most zoom, about the fitted view. */
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 8;

    /**
     * Checks the camera and brings the azimuth into [0, 360).
     *
     * @throws IllegalArgumentException when a number is not finite, the elevation is outside 0 to 90 or the zoom
     *                                  outside {@link #MIN_ZOOM} to {@link #MAX_ZOOM}
     */
    public Camera {
        if (!Double.isFinite(azimuth) || !(elevation >= 0 && elevation <= 90) || !(zoom >= MIN_ZOOM
                && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("no camera at azimuth " + azimuth + ", elevation " + elevation
                    + ", zoom " + zoom);
        }
        azimuth = azimuth % 360;
        if (azimuth < 0) {
            azimuth += 360;
        }
        // A tiny negative angle wraps to 360 in doubles; and −0 would print as "-0".
        if (azimuth >= 360 || azimuth == 0) {
            azimuth = 0;
        }
    }

    /** This camera turned by {@code azimuth} degrees and tilted by {@code elevation}, kept within 0 to 90. */
    public Camera turned(double azimuth, double elevation) {
        return new Camera(this.azimuth + azimuth, Math.max(0, Math.min(90, this.elevation + elevation)), zoom);
    }

    /** This camera zoomed by {@code factor} (above 1 zooms in), kept within the zoom's limits. */
    public Camera zoomed(double factor) {
        return new Camera(azimuth, elevation, Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor)));
    }

    /** This camera at another azimuth. */
    public Camera withAzimuth(double degrees) {
        return new Camera(degrees, elevation, zoom);
    }

    /** Whether it looks straight down. */
    public boolean isTop() {
        return elevation == 90;
    }

    /** As the command line takes it, such as "30,35". */
    public String describe() {
        return brief(azimuth) + "," + brief(elevation);
    }

    private static String brief(double degrees) {
        return degrees == Math.rint(degrees) ? Long.toString((long) degrees)
                : String.format(Locale.ROOT, "%.1f", degrees);
    }
}
