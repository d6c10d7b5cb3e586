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
