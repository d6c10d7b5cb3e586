package descent.render;

/**
 * The colour, marker and dash of each place in a race: the Okabe–Ito palette, which stays distinguishable with the
 * common colour-vision deficiencies, and a different marker shape each, so that colour is never the only cue. The
 * first eight places are solid lines in the eight hues; place p + 8 is a variant of place p: the same hue family in
 * another shade, a long dash and another marker, so that a second racer of a rule, or PyTorch's version of it,
 * reads as kin of the first and still differs from it where their paths coincide.
 */
public final class Palette {

    /** How many places the palette tells apart. */
    public static final int SLOTS = descent.sim.Racer.MAX_SLOTS;

    /** How many hue families there are: places p and p + FAMILIES share one. */
    public static final int FAMILIES = descent.sim.Racer.FAMILIES;

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

    // Each family's variant: a shade of its hue that stays clear of the neighbouring families (a darker sky blue
    // would be Nesterov's blue, a lighter blue Momentum's sky blue), so darker for some and lighter for others.
    private static final int[] VARIANTS = {
        0xFFA67300, // ochre, a dark orange
        0xFF8E4F75, // mauve, a dark reddish purple
        0xFF9FD4F3, // pale sky blue
        0xFF00446B, // navy
        0xFF5FCCA6, // pale bluish green
        0xFFA69A00, // mustard, a dark yellow
        0xFF8F3F00, // brown, a dark vermillion
        0xFF767676, // grey
    };

    // The sixteen on the dark theme: the near black turns near white, the blue lightens a little (it had a contrast
    // of 3.1 with the background), and the variants are lighter shades, since darker ones would vanish there.
    private static final int[] ON_DARK = {
        0xFFE69F00, 0xFFCC79A7, 0xFF56B4E9, 0xFF2A8BD4, 0xFF009E73, 0xFFF0E442, 0xFFD55E00, 0xFFE6E6E6,
        0xFFF5C46A, // light orange
        0xFFEDB3D3, // light reddish purple
        0xFFB5E0F8, // pale sky blue
        0xFF8FA8FF, // periwinkle
        0xFF7FDDBB, // mint
        0xFFA69A00, // mustard
        0xFFF59A66, // salmon
        0xFF9A9A9A, // grey
    };

    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    private static final Marker[] MARKERS = {
        Marker.CIRCLE, Marker.TRIANGLE_DOWN, Marker.SQUARE, Marker.DIAMOND, Marker.TRIANGLE_UP, Marker.PENTAGON,
        Marker.HEXAGON, Marker.STAR,
    };

    private Palette() {
    }

    /** The colour of a place in the race, as opaque ARGB. */
    public static int color(int slot) {
        int s = Math.floorMod(slot, SLOTS);
        return s < FAMILIES ? COLORS[s] : VARIANTS[s - FAMILIES];
    }

    /** The hue family of a place, 0 to 7: a place and its variant share one. */
    public static int family(int slot) {
        return Math.floorMod(slot, FAMILIES);
    }

    /** Whether a place is a variant of another (the second eight): dashed, in a shade of its family's hue. */
    public static boolean isVariant(int slot) {
        return Math.floorMod(slot, SLOTS) >= FAMILIES;
    }

    /**
     * The colour of a place in a theme: on the dark one, every colour reads on the background with a contrast of 4
     * or more (the near black becomes near white), so that every line stands out in the legend, the loss chart and
     * the race table.
     */
    public static int color(int slot, Theme theme) {
        return theme.isDark() ? ON_DARK[Math.floorMod(slot, SLOTS)] : color(slot);
    }

    /** The dash pattern of a place, in multiples of the line width: none for the first eight, a long dash after. */
    public static double[] dash(int slot) {
        return isVariant(slot) ? DASH.clone() : new double[0];
    }

    /** Dashes five line widths long with gaps of three: long enough to tell from a solid line across a room. */
    private static final double[] DASH = {5, 3};

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

    /**
     * The halo under a line on the contour plot: near-white under dark lines and near-black under light ones,
     * whichever contrasts more with the line, so that a white line never looks like the halo of another. It is
     * nearly opaque, so that it keeps that contrast on any colour of the map beneath.
     */
    public static int haloFor(int line) {
        return contrastsMoreWithWhite(line) ? 0xE6FFFFFF : 0xE6141414;
    }

    /** The outline of a marker filled with this colour: white round dark fills, near-black round light ones. */
    public static int outlineFor(int fill) {
        return contrastsMoreWithWhite(fill) ? WHITE : 0xFF1A1A1A;
    }

    private static boolean contrastsMoreWithWhite(int c) {
        return contrast(c, WHITE) > contrast(c, BLACK);
    }

    /** The marker of a place: the second eight take their hue's marker shifted by three, so no pair repeats. */
    public static Marker marker(int slot) {
        int s = Math.floorMod(slot, SLOTS);
        return MARKERS[(s < FAMILIES ? s : s + 3) % MARKERS.length];
    }

    /** The colour as CSS hex, such as #E69F00. */
    public static String hex(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    /** The colour with another opacity, 0 to 1. */
    public static int withAlpha(int argb, double alpha) {
        return ((int) Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24) | (argb & 0xFFFFFF);
    }

    /** The opaque colour t of the way from a to b, mixed channel by channel. */
    public static int mix(int a, int b, double t) {
        int out = BLACK;
        for (int shift = 0; shift < 24; shift += 8) {
            double ca = (a >> shift) & 0xFF;
            double cb = (b >> shift) & 0xFF;
            out |= (int) Math.round(ca + t * (cb - ca)) << shift;
        }
        return out;
    }

    /** A translucent colour painted over an opaque one: the opaque colour seen. */
    public static int over(int top, int below) {
        return mix(below, top, ((top >>> 24) & 0xFF) / 255.0);
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
