package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.optim.Adam;
import descent.optim.Nesterov;
import descent.optim.RmsProp;
import descent.optim.Rule;
import descent.optim.Rules;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void onTheDarkThemeEveryOptimizerStandsOutFromTheBackgroundOfLegendChartAndTable() {
        for (Rule o : Rules.lecture()) {
            // 3:1 is WCAG's least contrast for graphics; Adam's near black had 1.0 here.
            int dark = Palette.color(Rules.home(o), Theme.DARK);
            assertThat(Palette.contrast(dark, Theme.DARK.background())).as(o.title())
                    .isGreaterThanOrEqualTo(3);
            assertThat(Palette.contrast(dark, Theme.DARK.legend())).as(o.title())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theLightThemeKeepsTheOkabeItoColoursAndTheDarkOneChangesOnlyAdamAndNesterov() {
        for (Rule o : Rules.lecture()) {
            assertThat(Palette.color(Rules.home(o), Theme.LIGHT)).isEqualTo(Palette.color(Rules.home(o)));
            // Nesterov's blue had a contrast of 3.1 with the dark background, faint on a projector: it lightens.
            assertThat(Palette.color(Rules.home(o), Theme.DARK) == Palette.color(Rules.home(o))).as(o.title())
                    .isEqualTo(o != Adam.RULE && o != Nesterov.RULE);
        }
        assertThat(Palette.contrast(Palette.color(Rules.home(Nesterov.RULE), Theme.DARK), Theme.DARK.background()))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void sixteenPlacesDifferInColourMarkerAndDashAndAVariantKeepsItsFamilysHue() {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int slot = 0; slot < Palette.SLOTS; slot++) {
                colours.add(Palette.color(slot, theme));
            }
            assertThat(colours).as(theme.toString()).hasSize(Palette.SLOTS);
        }
        for (int slot = 0; slot < Palette.FAMILIES; slot++) {
            // Place p + 8 is p's variant: the same family and hue, but another shade, marker and dash.
            int variant = slot + Palette.FAMILIES;
            assertThat(Palette.family(variant)).isEqualTo(Palette.family(slot));
            assertThat(Palette.isVariant(variant)).isTrue();
            assertThat(Palette.isVariant(slot)).isFalse();
            assertThat(Palette.marker(variant)).isNotEqualTo(Palette.marker(slot));
            assertThat(Palette.dash(slot)).isEmpty();
            assertThat(Palette.dash(variant)).isNotEmpty();
            if (slot != 7) {
                // Within a few degrees of its family's hue (the near black and its grey have none).
                assertThat(hueDistance(Palette.color(variant), Palette.color(slot))).as("slot %d", slot).isLessThan(6);
            }
        }
    }

    /** The hue angle between two colours, in degrees, 0 to 180. */
    private static double hueDistance(int a, int b) {
        double d = Math.abs(hue(a) - hue(b)) % 360;
        return Math.min(d, 360 - d);
    }

    private static double hue(int c) {
        float[] hsb = java.awt.Color.RGBtoHSB((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, null);
        return hsb[0] * 360;
    }

    @Test
    void aVariantsDashIsFiveLineWidthsOnThreeOff() {
        // At 2.2 px a line, 11 px dashes: the old 7 px ones read as a solid line from the back of a room.
        assertThat(Palette.dash(Palette.FAMILIES)).containsExactly(5, 3);
    }

    @Test
    void everyLineContrastsWithItsHaloOnEveryColourOfEveryMapInBothThemes() {
        // The halo is chosen by the line's own colour: a white line on a white halo looked like a halo alone.
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            for (int slot = 0; slot < Palette.SLOTS; slot++) {
                int line = Palette.color(slot, theme);
                int halo = Palette.haloFor(line);
                for (ColorMap map : ColorMap.values()) {
                    for (int k = 0; k <= 20; k++) {
                        int seen = Palette.over(halo, map.argb(k / 20.0));
                        assertThat(Palette.contrast(line, seen)).as("slot %d on %s %s at %d/20", slot, theme, map, k)
                                .isGreaterThanOrEqualTo(3);
                    }
                }
                assertThat(Palette.contrast(line, Palette.outlineFor(line))).as("marker outline of slot %d", slot)
                        .isGreaterThanOrEqualTo(3);
            }
        }
        // Adam is near white on the dark theme: its halo and its star's outline are dark, and light on the light one.
        int adam = Palette.color(Rules.home(Adam.RULE), Theme.DARK);
        assertThat(Palette.luminance(Palette.haloFor(adam))).isLessThan(0.05);
        assertThat(Palette.luminance(Palette.outlineFor(adam))).isLessThan(0.05);
        assertThat(Palette.luminance(Palette.haloFor(Palette.color(Rules.home(Adam.RULE), Theme.LIGHT))))
                .isGreaterThan(0.5);
    }

    @Test
    void onTheDarkThemeEveryPlaceReadsOnTheBackgroundsOfLegendChartAndTable() {
        for (int slot = 0; slot < Palette.SLOTS; slot++) {
            int c = Palette.color(slot, Theme.DARK);
            assertThat(Palette.contrast(c, Theme.DARK.background())).as("slot %d", slot).isGreaterThanOrEqualTo(4);
            assertThat(Palette.contrast(c, Theme.DARK.legend() | 0xFF000000)).as("slot %d", slot)
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void onTheLightThemeOnlyTheYellowIsFaintAndGetsAHaloInTheLossChart() {
        for (Rule o : Rules.lecture()) {
            assertThat(Palette.faintOn(Palette.color(Rules.home(o), Theme.LIGHT), Theme.LIGHT.background()))
                    .as(o.title())
                    .isEqualTo(o == RmsProp.RULE);
            assertThat(Palette.faintOn(Palette.color(Rules.home(o), Theme.DARK), Theme.DARK.background()))
                    .as(o.title()).isFalse();
        }
        descent.scenario.Scenario s = descent.scenario.Scenario.defaults("wells");
        java.util.List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            java.util.List<Integer> lineColours = new java.util.ArrayList<>();
            int[] stroke = new int[1];
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 260,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            Java2DDrawing real = new Java2DDrawing(img.createGraphics());
            Drawing d = (Drawing) java.lang.reflect.Proxy.newProxyInstance(Drawing.class.getClassLoader(),
                    new Class<?>[] {Drawing.class}, (proxy, method, args) -> {
                        if (method.getName().equals("setStroke") && args.length == 2) {
                            stroke[0] = (int) args[0];
                        } else if (method.getName().equals("strokePolyline")) {
                            lineColours.add(stroke[0]);
                        }
                        return method.invoke(real, args);
                    });
            LossChartPainter.paint(d, tracks, LossAxis.of(s.surface(), s.view(), s.simulation().run()), 150,
                s.simulation().steps(), 400, 260, theme, 14);
            int yellow = Palette.color(Rules.home(RmsProp.RULE), theme);
            int before = lineColours.indexOf(yellow) - 1;
            // The yellow curve is drawn on a halo on the light theme, and on none on the dark one.
            assertThat(lineColours.get(before) == Palette.halo(theme)).as(theme.toString())
                    .isEqualTo(theme == Theme.LIGHT);
            assertThat(lineColours).hasSize(tracks.size() + (theme == Theme.LIGHT ? 1 : 0));
        }
    }
}
