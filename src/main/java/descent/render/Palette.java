package descent.render;

/**
 * The colour, marker and dash of each place in a race: the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies, and a different marker shape each, so that colour is never the only cue. The
 * first eight places are solid lines in the eight hues; the next eight repeat the hues dashed, with other markers.
 */
public final class Palette {

    /** How many places the palette tells apart. */
    public static final int SLOTS = descent.sim.Racer.MAX_SLOTS;

    // In the order of the lecture's table, so that its eight rules, raced once each, keep their familiar colours.
    private static final int[] COLORS = {
        0xFFE69F00, // orange
        0xFFCC79A7, // reddish purple
        0xFF56B4E9, // sky blue
        0xFF0072B2, // blue
        0xFF009E73, // bluish green
        0xFFF0E442, // yellow
        0xFFD55E00, // vermillion
        0xFF1A1A1A, // near black
    };

    private static final int NEAR_WHITE = 0xFFE6E6E6;

    private static final Marker[] MARKERS = {
        Marker.CIRCLE, Marker.TRIANGLE_DOWN, Marker.SQUARE, Marker.DIAMOND, Marker.TRIANGLE_UP, Marker.PENTAGON,
        Marker.HEXAGON, Marker.STAR,
    };

    private Palette() {
    }

    /** The colour of a place in the race, as opaque ARGB. */
    public static int color(int slot) {
        return COLORS[Math.floorMod(slot, COLORS.length)];
    }

    /**
     * The colour of a place in a theme: on the dark one, the near black becomes near white, since black would vanish
     * into the background of the legend, the loss chart and the race table.
     */
    public static int color(int slot, Theme theme) {
        int c = color(slot);
        return theme.isDark() && luminance(c) < 0.05 ? NEAR_WHITE : c;
    }

    /** The dash pattern of a place, in multiples of the line width: none for the first eight. */
    public static double[] dash(int slot) {
        return Math.floorMod(slot, SLOTS) < COLORS.length ? new double[0] : new double[] {3.2, 2.2};
    }

    /**
     * Whether a line of this colour is faint on that background (WCAG contrast under 2:1), as the Okabe–Ito
     * yellow is on white: such lines get a halo where they lie on the theme's background.
     */
    public static boolean faintOn(int color, int background) {
        return contrast(color, background) < 2;
    }

    /** WCAG's contrast ratio between two colours, 1 (none) to 21 (black on white). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A halo for a faint line on a theme's background: its text colour, translucent. */
    public static int halo(Theme theme) {
        return withAlpha(theme.text(), 0.45);
    }

    /** The marker of a place: the second eight take their hue's marker shifted by three, so no pair repeats. */
    public static Marker marker(int slot) {
        int s = Math.floorMod(slot, SLOTS);
        return MARKERS[(s < COLORS.length ? s : s + 3) % MARKERS.length];
    }

    /** The colour as CSS hex, such as #E69F00. */
    public static String hex(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    /** The colour with another opacity, 0 to 1. */
    public static int withAlpha(int argb, double alpha) {
        return ((int) Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24) | (argb & 0xFFFFFF);
    }

    /** Relative luminance of an sRGB colour, 0 for black to 1 for white (WCAG's definition). */
    public static double luminance(int argb) {
        return 0.2126 * linear((argb >> 16) & 0xFF) + 0.7152 * linear((argb >> 8) & 0xFF)
                + 0.0722 * linear(argb & 0xFF);
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
