package descent.contour;

import descent.surface.LevelSpacing;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.function.BooleanSupplier;

/**
 * Everything a contour plot needs, computed once per surface, view and size: the filled bands as an image of the
 * plot's pixels, the levels, and the isolines of each level in the surface's coordinates.
 *
 * @param gridStep the spacing in pixels of the grid it was sampled on
 * @param image    the filled bands, {@code width × height} pixels
 * @param isolines for each level, its segments (x1, y1, x2, y2, ...) in the surface's coordinates
 */
public record ContourPlot(ViewBox view, int width, int height, int gridStep, RasterImage image, Levels levels,
        double[][] isolines, ColorMap colorMap, double min, double max) {

    /** The grid spacing, in pixels, of a finished plot: fine enough that interpolation cannot be seen. */
    public static final int FINE_STEP = 2;

    /** About how many levels a linear plot gets. */
    public static final int LEVEL_COUNT = 16;

    /** The colour of NaN or infinite values: a neutral grey. */
    public static final int GAP = 0xFF9E9E9E;

    /**
     * Samples the surface and renders its bands and isolines.
     *
     * @param step      the grid spacing in pixels: 1 samples every pixel, 2 (what the window and exports use) every
     *                  other one, with the pixels in between interpolated bilinearly; 8 gives a quick first picture
     * @param cancelled polled while working; the computation stops with a CancellationException once it is true
     */
    public static ContourPlot compute(Surface surface, ViewBox view, int width, int height, int step,
            ColorMap map, BooleanSupplier cancelled) {
        int columns = Math.max(2, (width + step - 1) / step);
        int rows = Math.max(2, (height + step - 1) / step);
        Grid grid = Grid.sample(surface, view, columns, rows, cancelled);
        LevelSpacing spacing = surface.defaults().spacing();
        Levels levels = Levels.forGrid(grid, spacing, LEVEL_COUNT);
        int[] pixels = fill(grid, levels, view, width, height, map, cancelled);
        double[][] isolines = MarchingSquares.segments(grid, levels);
        return new ContourPlot(view, width, height, step, new RasterImage(pixels, width, height), levels, isolines, map,
                grid.min(), grid.max());
    }

    /** The colour of band b of the levels' bands. */
    public static int bandColor(ColorMap map, Levels levels, int band) {
        if (band < 0) {
            return GAP;
        }
        return map.argb(levels.bands() == 1 ? 0.5 : (double) band / (levels.bands() - 1));
    }

    private static int[] fill(Grid grid, Levels levels, ViewBox view, int width, int height, ColorMap map,
            BooleanSupplier cancelled) {
        int[] colors = new int[levels.bands()];
        for (int b = 0; b < colors.length; b++) {
            colors[b] = bandColor(map, levels, b);
        }
        int[] out = new int[width * height];
        double pixelWidth = view.width() / width;
        double pixelHeight = view.height() / height;
        java.util.stream.IntStream.range(0, height).parallel().forEach(py -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            double fj = grid.row(view.yMax() - (py + 0.5) * pixelHeight);
            for (int px = 0; px < width; px++) {
                double fi = grid.column(view.xMin() + (px + 0.5) * pixelWidth);
                int band = levels.band(grid.interpolate(fi, fj));
                out[py * width + px] = band < 0 ? GAP : colors[band];
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        return out;
    }
}
