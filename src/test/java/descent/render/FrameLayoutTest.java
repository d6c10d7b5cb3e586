package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.surface.ViewBox;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FrameLayoutTest {

    private static final List<String> EIGHT = List.of("SGD", "SGD, decaying ε", "Momentum", "Nesterov", "AdaGrad",
            "RMSProp", "RMSProp + Nesterov", "Adam");

    @Property(tries = 200)
    void theLegendLiesInsideTheFrameAndOutsideThePlot(@ForAll @IntRange(min = 320, max = 2400) int width,
            @ForAll @IntRange(min = 240, max = 1600) int height, @ForAll @IntRange(min = 1, max = 16) int racers) {
        List<String> labels = java.util.stream.IntStream.range(0, racers).mapToObj(i -> EIGHT.get(i % 8) + " " + i)
                .toList();
        FrameLayout l = FrameLayout.compute(width, height, new ViewBox(-3, 3, -3, 3), labels);
        FrameLayout.LegendBox legend = l.legend();
        if (legend.isEmpty()) {
            // Only where a legend would leave the plot less than half its side.
            assertThat(width < 700 || height < 500).as("%dx%d with %d racers", width, height, racers).isTrue();
            return;
        }
        double[] box = {legend.x(), legend.y(), legend.width(), legend.height()};
        assertThat(LabelPlacer.overlap(box, l.plotRect())).isFalse();
        assertThat(legend.x()).isGreaterThanOrEqualTo(0);
        assertThat(legend.y()).isGreaterThanOrEqualTo(0);
        // Every entry, the start's included, has its row inside the box.
        for (int i = 0; i <= racers; i++) {
            double[] e = legend.entry(i);
            assertThat(e[0]).isBetween(legend.x(), legend.x() + legend.width());
            assertThat(e[1]).isBetween(legend.y(), legend.y() + legend.height());
        }
        assertThat(legend.columns() * legend.rows()).isGreaterThanOrEqualTo(racers + 1);
        assertThat(legend.x() + legend.width()).isLessThanOrEqualTo(width + 1e-9);
        assertThat(legend.y() + legend.height()).isLessThanOrEqualTo(height + 1e-9);
    }

    @Test
    void aWideFrameHasItsLegendBesideThePlotAndATallOneBelowIt() {
        ViewBox square = new ViewBox(-3, 3, -3, 3);
        FrameLayout wide = FrameLayout.compute(1280, 720, square, EIGHT);
        assertThat(wide.legend().x()).isGreaterThan(wide.plotX() + wide.plotWidth());
        FrameLayout tall = FrameLayout.compute(600, 900, square, EIGHT);
        assertThat(tall.legend().y()).isGreaterThan(tall.plotY() + tall.plotHeight());
    }

    @Test
    void exportedTextGrowsWithTheFrameTheTitleAboutThreePercentOfTheHeight() {
        for (int[] size : new int[][] {{640, 480}, {800, 600}, {1280, 720}, {1920, 1080}}) {
            double title = 1.1 * FrameLayout.fontFor(size[0], size[1]);
            assertThat(title / size[1]).as("%dx%d", size[0], size[1]).isCloseTo(0.03, within(0.003));
        }
        assertThat(FrameLayout.fontFor(1920, 1080)).isGreaterThan(2 * FrameLayout.fontFor(800, 480) - 1);
    }

    @Test
    void anEmptyRaceHasNoLegendAndTheWholeWidthForThePlot() {
        FrameLayout none = FrameLayout.compute(1000, 700, new ViewBox(-3, 3, -3, 3), List.of());
        FrameLayout one = FrameLayout.compute(1000, 700, new ViewBox(-3, 3, -3, 3), List.of("SGD"));
        assertThat(none.legend().isEmpty()).isTrue();
        assertThat(none.plotWidth()).isGreaterThan(one.plotWidth());
    }

    @Test
    void aFrameTooSmallForItsMarginsStillHasAPlotOfSomeSize() {
        FrameLayout l = FrameLayout.compute(40, 30, new ViewBox(-3, 3, -3, 3), EIGHT);
        assertThat(l.plotWidth()).isGreaterThanOrEqualTo(16);
        assertThat(l.plotHeight()).isGreaterThanOrEqualTo(16);
        assertThat(l.box().width()).isPositive();
    }
}
