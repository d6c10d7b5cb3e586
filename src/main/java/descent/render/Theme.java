package descent.render;

/**
 * The colours of everything in a frame that is not data: background, text, axes, legend box.
 *
 * @param background the area around the plot
 * @param text       titles, labels and tick labels
 * @param axis       the plot's frame and ticks
 * @param legend     the legend box, usually translucent
 */
public record Theme(int background, int text, int axis, int legend) {

    /** Dark text on white: the default for exports and the light window. */
    public static final Theme LIGHT = new Theme(0xFFFFFFFF, 0xFF1F2328, 0xFF57606A, 0xE6FFFFFF);

    /** Light text on a dark grey: the dark window. */
    public static final Theme DARK = new Theme(0xFF1C2128, 0xFFE6EDF3, 0xFF8B949E, 0xE01C2128);

    public boolean isDark() {
        return Palette.luminance(background) < 0.5;
    }
}
