package descent.contour;

import static org.assertj.core.api.Assertions.assertThat;

import descent.surface.LevelSpacing;
import descent.surface.Quadratic;
import descent.surface.ViewBox;
import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void linearLevelsAreRoundNumbersAtARoundStep() {
        Levels l = Levels.choose(-1.93, 0.91, LevelSpacing.LINEAR, 16);
        // (0.91 + 1.93) / 16 = 0.18, rounded up to 0.2.
        assertThat(l.values()).containsExactly(-1.8, -1.6, -1.4, -1.2, -1, -0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4,
                0.6, 0.8);
    }

    @Test
    void noLevelSitsOnTheLowestOrHighestValueSoEveryBandHasPoints() {
        // The quadratic's lowest value is exactly 0: a level there left a colour-bar band below 0 that no point had.
        Levels l = Levels.choose(0, 3.2, LevelSpacing.LINEAR, 16);
        assertThat(l.get(0)).isEqualTo(0.2);
        assertThat(l.get(l.size() - 1)).isEqualTo(3);
        assertThat(l.band(0)).isZero();
        assertThat(l.band(3.2)).isEqualTo(l.bands() - 1);
    }

    @Test
    void logarithmicLevelsAreOneTwoFivePerDecadeDownToAMillionthOfTheTop() {
        Levels l = Levels.choose(0, 2500, LevelSpacing.LOGARITHMIC, 16);
        assertThat(l.get(0)).isEqualTo(0.005);
        assertThat(l.get(l.size() - 1)).isEqualTo(2000);
        assertThat(l.values()).contains(0.01, 0.02, 0.05, 0.1, 1, 10, 100, 1000);
    }

    @Test
    void logarithmicLevelsOfASubnormalTopAreAFewAndAscend() {
        // Rosenbrock with a = 0 seen over [0, 1e-161]² tops out near 1e-321: a millionth of that is 0, and log10(0)
        // once asked for a 2³¹-element array. Now the decades run from -328, seven below -321, up to -321; below
        // 4.9e-324 a level reads back as 0, so the first is 5e-324 (read as 4.9e-324) and the last 1e-321 itself.
        Levels l = Levels.choose(0, 1e-321, LevelSpacing.LOGARITHMIC, 16);
        assertThat(l.values()).containsExactly(5e-324, 1e-323, 2e-323, 5e-323, 1e-322, 2e-322, 5e-322, 1e-321);
    }

    @Test
    void logarithmicSpacingOverLessThanADecadeFallsBackToEvenLevels() {
        // Beale's function zoomed in near (-0.04, -0.02) ranges over about 14.1 to 14.3: no 1-2-5 level lies there.
        Levels l = Levels.choose(14.1, 14.3, LevelSpacing.LOGARITHMIC, 16);
        assertThat(l.size()).isGreaterThanOrEqualTo(8);
        assertThat(l.get(0)).isGreaterThan(14.1);
        assertThat(l.get(l.size() - 1)).isLessThan(14.3);
    }

    @Test
    void aLongNarrowValleyGetsLogarithmicLevelsSoItsFloorIsNotOneFlatBand() {
        // κ = 50 at 30°: linear levels 20 apart put 46% of the plot, the whole valley floor, in the minimum's band.
        descent.surface.Surface valley = Quadratic.TYPE.create(java.util.Map.of("kappa", 50.0, "angle", 30.0));
        Grid g = Grid.sample(valley, valley.defaults().view(), 300, 200, () -> false);
        Levels linear = Levels.choose(g.min(), g.max(), LevelSpacing.LINEAR, 16);
        assertThat(share(g, linear, linear.band(g.min()))).isGreaterThan(0.4);
        Levels l = Levels.forGrid(g, LevelSpacing.LINEAR, 16);
        assertThat(l.spacing()).isEqualTo(LevelSpacing.LOGARITHMIC);
        assertThat(share(g, l, l.band(g.min()))).isLessThan(0.05);
        // 1, 2 and 5 per decade from a thousandth of the range (the floor, 0, is already round).
        assertThat(l.values()).contains(0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100);
    }

    @Test
    void aRoundBowlAndTheWellsKeepEvenLevels() {
        for (descent.surface.Surface s : new descent.surface.Surface[] {Quadratic.of(1, 0), Quadratic.of(10, 0),
            descent.surface.Surfaces.byName("wells").create()}) {
            Grid g = Grid.sample(s, s.defaults().view(), 300, 200, () -> false);
            assertThat(Levels.forGrid(g, LevelSpacing.LINEAR, 16).spacing()).isEqualTo(LevelSpacing.LINEAR);
        }
    }

    @Test
    void levelsAboveAFloorThatIsNotZeroAreThatFloorPlusOneTwoFivePerDecade() {
        // Logistic regression's loss runs from 0.3897 to 2.73: a thousandth of the range is 0.00234, its power of
        // ten 0.001, and the floor rounded down to it 0.389.
        Levels l = Levels.aboveFloor(0.3897, 2.73);
        assertThat(l.values()).containsExactly(0.39, 0.391, 0.394, 0.399, 0.409, 0.439, 0.489, 0.589, 0.889, 1.389,
                2.389);
    }

    private static double share(Grid g, Levels l, int band) {
        int n = 0;
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                n += l.band(g.value(i, j)) == band ? 1 : 0;
            }
        }
        return (double) n / (g.rows() * g.columns());
    }

    @Test
    void bandsCountTheLevelsAtOrBelowAValue() {
        Levels l = Levels.of(LevelSpacing.LINEAR, 0, 1, 2);
        assertThat(l.band(-5)).isZero();
        assertThat(l.band(0)).isEqualTo(1);
        assertThat(l.band(1.5)).isEqualTo(2);
        assertThat(l.band(9)).isEqualTo(3);
        assertThat(l.band(Double.NaN)).isEqualTo(-1);
        assertThat(l.bands()).isEqualTo(4);
    }

    @Test
    void theGridPutsRowZeroAtTheTopAndSamplesPixelCentres() {
        Grid g = Grid.sample(Quadratic.of(1, 0), new ViewBox(0, 4, 0, 2), 4, 2, () -> false);
        assertThat(g.x(0)).isEqualTo(0.5);
        assertThat(g.y(0)).isEqualTo(1.5);
        assertThat(g.y(1)).isEqualTo(0.5);
        assertThat(g.value(3, 0)).isEqualTo(0.5 * (3.5 * 3.5 + 1.5 * 1.5));
        assertThat(g.interpolate(0.5, 0)).isEqualTo((g.value(0, 0) + g.value(1, 0)) / 2);
    }

    @Test
    void aContourPlotFillsEveryPixelWithItsBandsColour() {
        ContourPlot p = ContourPlot.compute(Quadratic.of(10, 0), new ViewBox(-3, 3, -2, 2), 60, 40, 1,
                ColorMap.VIRIDIS, () -> false);
        assertThat(p.image().pixels()).hasSize(60 * 40);
        // The lowest band is at the minimum, in the middle; the corners are in higher bands.
        int centre = p.image().pixels()[20 * 60 + 30];
        assertThat(centre).isEqualTo(ContourPlot.bandColor(ColorMap.VIRIDIS, p.levels(), 0));
        assertThat(p.image().pixels()[0]).isNotEqualTo(centre);
        assertThat(p.isolines().length).isEqualTo(p.levels().size());
    }

    @Test
    void colourMapsRunFromTheirFirstToTheirLastEntry() {
        assertThat(ColorMap.VIRIDIS.argb(0)).isEqualTo(0xFF440154);
        assertThat(ColorMap.VIRIDIS.argb(1)).isEqualTo(0xFFFDE725);
        assertThat(ColorMap.LIGHT.isDark()).isFalse();
        // Perceptually ordered: luminance rises along viridis and falls along the light map.
        assertThat(descent.render.Palette.luminance(ColorMap.VIRIDIS.argb(0.2)))
                .isLessThan(descent.render.Palette.luminance(ColorMap.VIRIDIS.argb(0.8)));
        assertThat(descent.render.Palette.luminance(ColorMap.LIGHT.argb(0.2)))
                .isGreaterThan(descent.render.Palette.luminance(ColorMap.LIGHT.argb(0.8)));
    }
}
