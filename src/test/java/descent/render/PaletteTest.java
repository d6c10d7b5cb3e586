package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.optim.Optimizer;
import org.junit.jupiter.api.Test;

class PaletteTest {

    /** WCAG's contrast ratio between two colours, 1 (none) to 21 (black on white). */
    private static double contrast(int a, int b) {
        double la = Palette.luminance(a);
        double lb = Palette.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void onTheDarkThemeEveryOptimizerStandsOutFromTheBackgroundOfLegendChartAndTable() {
        for (Optimizer o : Optimizer.values()) {
            // 3:1 is WCAG's least contrast for graphics; Adam's near black had 1.0 here.
            assertThat(contrast(Palette.color(o, Theme.DARK), Theme.DARK.background())).as(o.title())
                    .isGreaterThanOrEqualTo(3);
            assertThat(contrast(Palette.color(o, Theme.DARK), Theme.DARK.legend())).as(o.title())
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
}
