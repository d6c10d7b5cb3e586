package descent.render;

import descent.optim.Optimizer;

/**
 * The colour and marker of each optimizer: the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies, and a different marker shape each, so that colour is never the only cue.
 */
public final class Palette {

    private static final int[] COLORS = {
        0xFFE69F00, // SGD: orange
        0xFFCC79A7, // SGD, decaying: reddish purple
        0xFF56B4E9, // Momentum: sky blue
        0xFF0072B2, // Nesterov: blue
        0xFF009E73, // AdaGrad: bluish green
        0xFFF0E442, // RMSProp: yellow
        0xFFD55E00, // RMSProp + Nesterov: vermillion
        0xFF1A1A1A, // Adam: near black
    };

    private static final int NEAR_WHITE = 0xFFE6E6E6;

    private static final Marker[] MARKERS = {
        Marker.CIRCLE, Marker.TRIANGLE_DOWN, Marker.SQUARE, Marker.DIAMOND, Marker.TRIANGLE_UP, Marker.PENTAGON,
        Marker.HEXAGON, Marker.STAR,
    };

    private Palette() {
    }

    /** The optimizer's colour, as opaque ARGB. */
    public static int color(Optimizer o) {
        return COLORS[o.ordinal()];
    }

    /**
     * The optimizer's colour in a theme: on the dark one, Adam's near black becomes near white, since black would
     * vanish into the background of the legend, the loss chart and the race table.
     */
    public static int color(Optimizer o, Theme theme) {
        int c = color(o);
        return theme.isDark() && luminance(c) < 0.05 ? NEAR_WHITE : c;
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

    public static Marker marker(Optimizer o) {
        return MARKERS[o.ordinal()];
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
