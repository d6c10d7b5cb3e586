package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Optimizer;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void onTheDarkThemeEveryOptimizerStandsOutFromTheBackgroundOfLegendChartAndTable() {
        for (Optimizer o : Optimizer.values()) {
            // 3:1 is WCAG's least contrast for graphics; Adam's near black had 1.0 here.
            assertThat(Palette.contrast(Palette.color(o, Theme.DARK), Theme.DARK.background())).as(o.title())
                    .isGreaterThanOrEqualTo(3);
            assertThat(Palette.contrast(Palette.color(o, Theme.DARK), Theme.DARK.legend())).as(o.title())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theLightThemeKeepsTheOkabeItoColoursAndTheDarkOneChangesOnlyAdam() {
        for (Optimizer o : Optimizer.values()) {
            assertThat(Palette.color(o, Theme.LIGHT)).isEqualTo(Palette.color(o));
            assertThat(Palette.color(o, Theme.DARK) == Palette.color(o)).as(o.title()).isEqualTo(o != Optimizer.ADAM);
        }
    }

    @Test
    void onTheLightThemeOnlyTheYellowIsFaintAndGetsAHaloInTheLossChart() {
        for (Optimizer o : Optimizer.values()) {
            assertThat(Palette.faintOn(Palette.color(o, Theme.LIGHT), Theme.LIGHT.background())).as(o.title())
                    .isEqualTo(o == Optimizer.RMSPROP);
            assertThat(Palette.faintOn(Palette.color(o, Theme.DARK), Theme.DARK.background())).as(o.title()).isFalse();
        }
        descent.scenario.Scenario s = descent.scenario.Scenario.defaults("wells");
        java.util.List<Track> tracks = new java.util.ArrayList<>();
        for (descent.sim.Trajectory t : s.simulation().run()) {
            tracks.add(new Track(t.optimizer(), t));
        }
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
            LossChartPainter.paint(d, tracks, 150, s.simulation().steps(), 400, 260, theme, 14);
            int yellow = Palette.color(Optimizer.RMSPROP, theme);
            int before = lineColours.indexOf(yellow) - 1;
            // The yellow curve is drawn on a halo on the light theme, and on none on the dark one.
            assertThat(lineColours.get(before) == Palette.halo(theme)).as(theme.toString())
                    .isEqualTo(theme == Theme.LIGHT);
            assertThat(lineColours).hasSize(tracks.size() + (theme == Theme.LIGHT ? 1 : 0));
        }
    }
}
