package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.RasterImage;
import descent.explore.Axis;
import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.explore.RunGrid;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.render.MapPainter.MapFrame;
import descent.sim.Racer;
import descent.sim.Simulation;
import descent.surface.Quadratic;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a map's picture shows in each cell, and how the basins' legend writes shares. */
class MapPainterTest {

    /** Momentum on ½(x² + 10y²): ε 0.1, 0.2, 0.3 across, α 0 and 0.5 up; stable where 10ε < 2(1 + α). */
    private static HyperparameterMap bowl() {
        Simulation sim = Simulation.of(Quadratic.of(10, 0)).withSteps(500)
                .withRacers(List.of(Racer.of(Momentum.RULE)));
        return new HyperparameterMap(sim, sim.racers().get(0),
                new Axis(Hyperparameter.LEARNING_RATE, 0.1, 0.3, 3, Hyperparameter.Scale.LINEAR),
                new Axis(Hyperparameter.MOMENTUM, 0, 0.5, 2, Hyperparameter.Scale.LINEAR));
    }

    /** The pixels of a cell's middle quarter, as a set of colours. */
    private static Set<Integer> middle(RasterImage img, int column, int row, int columns, int rows) {
        Set<Integer> out = new HashSet<>();
        int w = img.width() / columns;
        int h = img.height() / rows;
        int x0 = column * w + w / 4;
        // Row 0 is at the bottom of the picture.
        int y0 = (rows - 1 - row) * h + h / 4;
        for (int y = y0; y < y0 + h / 2; y++) {
            for (int x = x0; x < x0 + w / 2; x++) {
                out.add(img.pixels()[y * img.width() + x]);
            }
        }
        return out;
    }

    @Test
    void aConvergedCellIsItsStepsColourADivergedOneHatchedAndOneOnTheEdgeGrey() {
        HyperparameterMap map = bowl();
        RunGrid grid = map.compute();
        MapFrame f = MapFrame.of(map, grid, Measure.STEPS, "Momentum", null, 800, 600, 14, ColorMap.VIRIDIS,
                Theme.LIGHT);
        RasterImage img = MapPainter.image(f);
        // ε = 0.1, α = 0: one flat colour, the colour map's at the step it converged over the race's 500.
        double t = grid.computed(0, 0).steps() / 500.0;
        assertThat(middle(img, 0, 0, 3, 2)).containsExactly(ColorMap.VIRIDIS.argb(t));
        // ε = 0.3, α = 0 diverged: vermillion stripes on paper.
        assertThat(middle(img, 2, 0, 3, 2)).containsExactlyInAnyOrder(Apart.DIVERGED, Apart.PAPER);
        // ε = 0.2, α = 0 swings at the same height for ever: not converged, grey.
        assertThat(middle(img, 1, 0, 3, 2)).containsExactly(Apart.UNFINISHED);
        // ε = 0.2, α = 0.5 converged, later or sooner than the first: a colour of the map, not grey.
        assertThat(middle(img, 1, 1, 3, 2)).containsExactly(ColorMap.VIRIDIS.argb(grid.computed(1, 1).steps()
                / 500.0));
    }

    @Test
    void sharesReadAsWholePercentagesAndNoneThatExistsReadsAsNoneOrAll() {
        assertThat(BasinPainter.percent(0)).isEqualTo("0%");
        assertThat(BasinPainter.percent(0.004)).isEqualTo("<1%");
        assertThat(BasinPainter.percent(0.314)).isEqualTo("31%");
        assertThat(BasinPainter.percent(0.996)).isEqualTo(">99%");
        assertThat(BasinPainter.percent(1)).isEqualTo("100%");
    }
}
