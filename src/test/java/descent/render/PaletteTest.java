package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Adam;
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
    void theLightThemeKeepsTheOkabeItoColoursAndTheDarkOneChangesOnlyAdam() {
        for (Rule o : Rules.lecture()) {
            assertThat(Palette.color(Rules.home(o), Theme.LIGHT)).isEqualTo(Palette.color(Rules.home(o)));
            assertThat(Palette.color(Rules.home(o), Theme.DARK) == Palette.color(Rules.home(o))).as(o.title())
                    .isEqualTo(o != Adam.RULE);
        }
    }

    @Test
    void sixteenPlacesDifferInColourMarkerOrDash() {
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int slot = 0; slot < Palette.SLOTS; slot++) {
            looks.add(Palette.color(slot) + " " + Palette.marker(slot) + " " + Palette.dash(slot).length);
            // A place shares its hue with at most one other, and then differs from it in marker and dash.
            int twin = (slot + 8) % 16;
            assertThat(Palette.color(twin)).isEqualTo(Palette.color(slot));
            assertThat(Palette.marker(twin)).isNotEqualTo(Palette.marker(slot));
            assertThat(Palette.dash(twin).length).isNotEqualTo(Palette.dash(slot).length);
        }
        assertThat(looks).hasSize(Palette.SLOTS);
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
