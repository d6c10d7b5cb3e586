package descent.render;

import descent.contour.ColorMap;
import descent.contour.RasterImage;
import descent.explore.Axis;
import descent.explore.Finish;
import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.explore.RunGrid;
import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.optim.Hyperparameter.Scale;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a hyperparameter map: each cell in the colour of its run's final loss above f* (log scale) or of the step
 * it converged at, the runs that diverged or escaped hatched apart, the racer's own values marked, the axes in the
 * two hyperparameters' values, a colour bar and a key. The window and the exports draw it with this painter.
 */
public final class MapPainter {

    /** The title's size, in the layout's font sizes, as a race frame's. */
    private static final double TITLE_FONT = 1.1;
    /** The largest side of the map's image in pixels: larger plots scale it up. */
    private static final int MAX_IMAGE = 2048;

    private MapPainter() {
    }

    /**
     * What a map picture shows.
     *
     * @param grid       the runs so far, or null before the first pass
     * @param racerLabel the mapped racer's label, as the race's legend gives it
     * @param marker     the racer's own two values now (x, y), marked on the map; null for none
     * @param floor      what the loss is measured from: f*, or the lowest final loss on a surface with none
     * @param range      the colour scale's ends (see {@link Measure#range})
     */
    public record MapFrame(HyperparameterMap map, RunGrid grid, Measure measure, String racerLabel, double[] marker,
            FrameLayout layout, ColorMap colorMap, Theme theme, double floor, double[] range) {

        /** The frame of a map at a size, its scale and floor worked out from the runs so far. */
        public static MapFrame of(HyperparameterMap map, RunGrid grid, Measure measure, String racerLabel,
                double[] marker, double width, double height, double font, ColorMap colorMap, Theme theme) {
            FrameLayout layout = MapPainter.layout(map, measure, racerLabel, width, height, font);
            Surface s = map.simulation().surface();
            double floor = grid == null ? Double.NaN : Measure.floor(s.minimum(), grid);
            double[] range = grid == null ? new double[] {0, 1}
                    : measure.range(grid, floor, map.simulation().steps());
            return new MapFrame(map, grid, measure, racerLabel, marker, layout, colorMap, theme, floor, range);
        }
    }

    /** The plane a map is laid out in: one unit per cell, cell (i, j) centred on (i, j). */
    public static ViewBox box(HyperparameterMap map) {
        return new ViewBox(-0.5, map.x().count() - 0.5, -0.5, map.y().count() - 0.5);
    }

    /**
     * The layout of a map picture of a size: the plot, the colour bar and the key as a race frame lays them out,
     * with the map stretched over the whole plot, since its two axes share no unit.
     */
    public static FrameLayout layout(HyperparameterMap map, Measure measure, String racerLabel, double width,
            double height, double font) {
        FrameLayout l = FrameLayout.compute(width, height, box(map), key(map, measure, racerLabel).stream()
                .map(KeyEntry::label).toList(), font, false);
        return new FrameLayout(l.width(), l.height(), l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight(), box(map),
                l.scale(), l.font(), l.legend());
    }

    /** What an entry of the key shows. */
    enum Swatch { DIVERGED, ESCAPED, NOT_CONVERGED, NO_START, MARKER }

    /** An entry of the key: its swatch and its words. */
    record KeyEntry(Swatch swatch, String label) {
    }

    /** The key's entries, the same whatever the runs so far, so that the layout stays as the map fills in. */
    static List<KeyEntry> key(HyperparameterMap map, Measure measure, String racerLabel) {
        List<KeyEntry> out = new ArrayList<>();
        out.add(new KeyEntry(Swatch.DIVERGED, "diverged"));
        Surface s = map.simulation().surface();
        if (!s.isBoundedBelow()) {
            out.add(new KeyEntry(Swatch.ESCAPED, "escaped"));
        }
        if (measure == Measure.STEPS) {
            out.add(new KeyEntry(Swatch.NOT_CONVERGED, "not converged in " + map.simulation().steps()));
        }
        if (!Double.isFinite(s.value(map.simulation().start()))) {
            out.add(new KeyEntry(Swatch.NO_START, "no finite loss at θ₀"));
        }
        out.add(new KeyEntry(Swatch.MARKER, racerLabel + " now"));
        return out;
    }

    /** The measure's name on the colour bar: "loss − f*", or "loss − lowest" on a surface with no f*. */
    static String barTitle(Measure measure, Surface s) {
        if (measure == Measure.STEPS) {
            return "steps";
        }
        return s.minimum().isPresent() ? "loss − f*" : "loss − lowest";
    }

    /** Paints the whole picture. */
    public static void paint(Drawing d, MapFrame f) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        d.setFill(t.background());
        d.fillRect(0, 0, l.width(), l.height());
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFill(Palette.withAlpha(t.axis(), 0.25));
        d.fillRect(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        if (f.grid() != null) {
            double[] r = mapRect(f);
            d.drawImage(image(f), r[0], r[1], r[2], r[3]);
        }
        paintMarker(d, f);
        d.restore();
        paintAxes(d, f);
        paintColorBar(d, f);
        paintKey(d, f);
        d.setFont(TITLE_FONT * l.font(), true);
        d.setFill(t.text());
        d.fillText(title(f), l.plotX(), l.plotY() - 0.7 * l.font(), Align.LEFT, Baseline.BOTTOM);
    }

    /** The title: the racer, the surface, what colours the cells and after how many steps. */
    public static String title(MapFrame f) {
        return f.racerLabel() + " on " + f.map().simulation().surface().name() + ": "
                + (f.measure() == Measure.STEPS ? "steps to converge" : barTitle(f.measure(),
                f.map().simulation().surface()) + " after " + f.map().simulation().steps() + " steps");
    }

    /** The map's cells in pixels: x, y, width, height. */
    static double[] mapRect(MapFrame f) {
        FrameLayout l = f.layout();
        double x0 = l.toPixelX(-0.5);
        double x1 = l.toPixelX(f.map().x().count() - 0.5);
        double y0 = l.toPixelY(f.map().y().count() - 0.5);
        double y1 = l.toPixelY(-0.5);
        return new double[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** The cells as pixels of the plot, each the colour of the run it shows. */
    static RasterImage image(MapFrame f) {
        double[] r = mapRect(f);
        int w = (int) Math.max(1, Math.min(MAX_IMAGE, Math.round(r[2])));
        int h = (int) Math.max(1, Math.min(MAX_IMAGE, Math.round(r[3])));
        int nx = f.map().x().count();
        int ny = f.map().y().count();
        RunGrid grid = f.grid();
        // The colour of each cell, or 0 for those shown apart, whose stripes depend on the pixel.
        int[] colors = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double t = f.measure().position(grid.shown(i, j), f.floor(), f.range());
                colors[j * nx + i] = Double.isNaN(t) ? 0 : f.colorMap().argb(t);
            }
        }
        int stripe = Apart.stripe(f.layout());
        int ox = (int) Math.round(r[0]);
        int oy = (int) Math.round(r[1]);
        int[] pixels = new int[w * h];
        for (int py = 0; py < h; py++) {
            int row = ny - 1 - Math.min(ny - 1, (int) ((long) py * ny / h));
            for (int px = 0; px < w; px++) {
                int column = Math.min(nx - 1, (int) ((long) px * nx / w));
                int c = colors[row * nx + column];
                pixels[py * w + px] = c != 0 ? c : apart(grid.shown(column, row), ox + px, oy + py, stripe);
            }
        }
        return new RasterImage(pixels, w, h);
    }

    /** The pixel of a run shown apart. */
    private static int apart(Finish f, int px, int py, int stripe) {
        if (f.outcome().isDiverged()) {
            return Apart.hatch(px, py, Apart.DIVERGED, stripe);
        }
        if (f.outcome().isEscaped()) {
            return Apart.hatch(px, py, Apart.ESCAPED, stripe);
        }
        return f.outcome().isNoStart() ? Apart.NO_START : Apart.UNFINISHED;
    }

    /** The racer's own values now: a ring with a cross, light and dark so that it shows on any colour. */
    private static void paintMarker(Drawing d, MapFrame f) {
        if (f.marker() == null) {
            return;
        }
        FrameLayout l = f.layout();
        double px = l.toPixelX(f.map().x().position(f.marker()[0]));
        double py = l.toPixelY(f.map().y().position(f.marker()[1]));
        if (!l.inPlot(px, py)) {
            return;
        }
        marker(d, px, py, l.scale());
    }

    private static void marker(Drawing d, double px, double py, double s) {
        double r = 6 * s;
        for (int pass = 0; pass < 2; pass++) {
            d.setStroke(pass == 0 ? 0xFFFFFFFF : 0xFF000000, (pass == 0 ? 4.2 : 1.8) * s);
            d.strokeCircle(px, py, r);
            d.strokeLine(px - 2 * r, py, px - r, py);
            d.strokeLine(px + r, py, px + 2 * r, py);
            d.strokeLine(px, py - 2 * r, px, py - r);
            d.strokeLine(px, py + r, px, py + 2 * r);
        }
    }

    private static void paintAxes(Drawing d, MapFrame f) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double font = l.font();
        double tick = 0.4 * font;
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokeRect(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFont(0.9 * font, false);
        d.setFill(t.text());
        Axis x = f.map().x();
        Axis y = f.map().y();
        double bottom = l.plotY() + l.plotHeight();
        for (double v : ticks(x, (int) Math.max(2, l.plotWidth() / (6.5 * font)))) {
            double px = l.toPixelX(x.position(v));
            d.strokeLine(px, bottom, px, bottom + tick);
            d.fillText(label(x, v), px, bottom + tick + 0.2 * font, Align.CENTER, Baseline.TOP);
        }
        for (double v : ticks(y, (int) Math.max(2, l.plotHeight() / (3 * font)))) {
            double py = l.toPixelY(y.position(v));
            d.strokeLine(l.plotX() - tick, py, l.plotX(), py);
            d.fillText(label(y, v), l.plotX() - tick - 0.3 * font, py, Align.RIGHT, Baseline.MIDDLE);
        }
        d.setFont(font, false);
        d.fillText(axisTitle(x), l.plotX() + l.plotWidth() / 2, bottom + 2.2 * font, Align.CENTER, Baseline.TOP);
        // Above the tick labels of the y axis, at the plot's top left, where a race frame writes "y".
        d.fillText(y.parameter().symbol(), l.plotX() - tick - 0.3 * font, l.plotY() - 0.2 * font, Align.RIGHT,
                Baseline.BOTTOM);
    }

    /** "ε  learning rate, log scale". */
    static String axisTitle(Axis a) {
        Hyperparameter h = a.parameter();
        String scale = switch (a.spacing()) {
            case LOG -> ", log scale";
            case ONE_MINUS_LOG -> ", log scale in 1 − " + h.symbol();
            default -> "";
        };
        return h.symbol() + "  " + h.title() + scale;
    }

    private static String label(Axis a, double v) {
        // 0.99999 must not read 1.
        return a.spacing() == Scale.ONE_MINUS_LOG ? Numbers.fourDigits(v) : Numbers.brief(v);
    }

    /**
     * Round values to mark along an axis, about {@code about} of them: powers of ten on a log axis that spans two or
     * more, 0.9, 0.99, 0.999... on a log axis in 1 − v, round numbers otherwise.
     */
    static List<Double> ticks(Axis a, int about) {
        List<Double> out = new ArrayList<>();
        if (a.spacing() == Scale.LOG || a.spacing() == Scale.ONE_MINUS_LOG) {
            boolean log = a.spacing() == Scale.LOG;
            double lo = log ? a.from() : 1 - a.to();
            double hi = log ? a.to() : 1 - a.from();
            int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
            int last = (int) Math.floor(Math.log10(hi) + 1e-9);
            int every = Math.max(1, (int) Math.ceil((last - first + 1) / (double) Math.max(2, about)));
            for (int k = first; k <= last; k += every) {
                double p = Math.pow(10, k);
                out.add(log ? p : 1 - p);
            }
            if (out.size() >= 2) {
                out.sort(null);
                return out;
            }
            out.clear();
        }
        for (double v : Ticks.between(a.from(), a.to(), about)) {
            out.add(v);
        }
        return out;
    }

    private static void paintColorBar(Drawing d, MapFrame f) {
        FrameLayout l = f.layout();
        Theme t = f.theme();
        double font = l.font();
        double x = l.plotX() + l.plotWidth() + 0.8 * font;
        double w = font;
        double top = l.plotY();
        double h = l.plotHeight();
        int bands = 128;
        for (int b = 0; b < bands; b++) {
            d.setFill(f.colorMap().argb((b + 0.5) / bands));
            d.fillRect(x, top + h - (b + 1) * h / bands, w, h / bands + 0.75);
        }
        d.setStroke(t.axis(), Math.max(1, l.scale()));
        d.strokeRect(x, top, w, h);
        d.setFont(FrameLayout.SMALL * font, false);
        d.setFill(t.text());
        double[] range = f.range();
        int room = (int) Math.max(2, h / (1.6 * font));
        List<Double> marks = new ArrayList<>();
        if (f.measure() == Measure.LOSS_GAP) {
            int first = (int) Math.ceil(range[0] - 1e-9);
            int last = (int) Math.floor(range[1] + 1e-9);
            int every = Math.max(1, (int) Math.ceil((last - first + 1) / (double) room));
            for (int k = last; k >= first; k -= every) {
                marks.add((double) k);
            }
        } else {
            marks.addAll(Ticks.between(range[0], range[1], Math.min(room, 6)));
        }
        for (double v : marks) {
            double py = top + h - (v - range[0]) / (range[1] - range[0]) * h;
            String text = f.measure() == Measure.LOSS_GAP ? Numbers.brief(Math.pow(10, v)) : Numbers.brief(v);
            d.strokeLine(x + w, py, x + w + 0.3 * font, py);
            d.fillText(text, x + w + 0.45 * font, py, Align.LEFT, Baseline.MIDDLE);
        }
        d.setFont(0.9 * font, false);
        // From the bar's left edge rightwards, clear of the title, which ends before the bar.
        d.fillText(barTitle(f.measure(), f.map().simulation().surface()), x, top - 0.45 * font, Align.LEFT,
                Baseline.BOTTOM);
    }

    private static void paintKey(Drawing d, MapFrame f) {
        FrameLayout.LegendBox box = f.layout().legend();
        if (box.isEmpty()) {
            return;
        }
        Theme t = f.theme();
        double s = f.layout().scale();
        double font = box.font();
        double sw = FrameLayout.SWATCH * font;
        FramePainter.paintLegendBox(d, box, t, s);
        List<KeyEntry> key = key(f.map(), f.measure(), f.racerLabel());
        for (int i = 0; i < key.size(); i++) {
            double[] at = box.entry(i);
            double sx = at[0];
            double cy = at[1];
            double sh = 0.9 * font;
            switch (key.get(i).swatch()) {
                case DIVERGED -> Apart.hatchSwatch(d, sx, cy - sh / 2, sw, sh, Apart.DIVERGED, s);
                case ESCAPED -> Apart.hatchSwatch(d, sx, cy - sh / 2, sw, sh, Apart.ESCAPED, s);
                case NOT_CONVERGED -> Apart.swatch(d, sx, cy - sh / 2, sw, sh, Apart.UNFINISHED, t.axis(), s);
                case NO_START -> Apart.swatch(d, sx, cy - sh / 2, sw, sh, Apart.NO_START, t.axis(), s);
                default -> marker(d, sx + sw / 2, cy, 0.7 * s);
            }
            d.setFill(t.text());
            d.fillText(key.get(i).label(), sx + sw + 0.5 * font, cy, Align.LEFT, Baseline.MIDDLE);
        }
    }
}
