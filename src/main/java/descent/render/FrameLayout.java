package descent.render;

import descent.surface.ViewBox;
import java.util.List;

/**
 * Where everything goes in a frame of a given size: the plot rectangle, with margins for the title, the axes and
 * the colour bar, the legend beside or below the plot (wherever it leaves the plot larger), and the part of the
 * plane shown, which is the view widened in one direction so that x and y have the same scale. Computed from
 * numbers and the bundled font's metrics only, so every backend lays out alike.
 *
 * @param scale  how much larger than 14-pixel text the text, lines and markers are drawn
 * @param font   the base font size in pixels
 * @param box    the part of the plane the plot rectangle shows
 * @param legend where the legend goes, outside the plot; empty when there is nothing to list
 */
public record FrameLayout(double width, double height, double plotX, double plotY, double plotWidth,
        double plotHeight, ViewBox box, double scale, double font, LegendBox legend) {

    /** The smallest plot side: below it a frame is all margins, but still draws without error. */
    private static final double MIN_PLOT = 16;

    /**
     * The legend's place: its box, and its entries in columns of {@code rows} entries each, each column as wide as
     * its own longest label needs.
     *
     * @param columnX each column's left edge, from the box's left edge
     * @param font    the legend's font size in pixels
     */
    public record LegendBox(double x, double y, double width, double height, int columns, int rows,
            List<Double> columnX, double rowHeight, double font) {

        static final LegendBox NONE = new LegendBox(0, 0, 0, 0, 0, 0, List.of(), 0, 0);

        public LegendBox {
            columnX = List.copyOf(columnX);
        }

        public boolean isEmpty() {
            return columns == 0;
        }

        /** The padding inside the box. */
        public double padding() {
            return 0.5 * font;
        }

        /**
         * The centre line (x of the entry's left edge, y of its middle) of entry i. An entry beyond those the box was
         * laid out for, as when a race gained a racer since, goes in further columns as wide as the box's on average.
         */
        public double[] entry(int i) {
            int column = i / rows;
            int row = i % rows;
            double left;
            if (column < columnX.size()) {
                left = columnX.get(column);
            } else {
                int last = columnX.size() - 1;
                double each = (width - columnX.get(0)) / columnX.size();
                left = columnX.get(last) + (column - last) * each;
            }
            return new double[] {x + left, y + padding() + rowHeight * (row + 0.5)};
        }
    }

    /**
     * The base font of an exported frame: the title, at 1.1 times it, is about 3% of the height (of the width's
     * three quarters, in very wide frames), so that text grows with the frame.
     */
    public static double fontFor(double width, double height) {
        return Math.max(14, Math.min(80, 0.0275 * Math.min(height, 0.75 * width)));
    }

    /** The size of the smallest text (tick, colour-bar and note labels), in base fonts. */
    public static final double SMALL = 0.85;

    /** The layout of a {@code width × height} export with the legend's labels, at the font {@link #fontFor} gives. */
    public static FrameLayout compute(double width, double height, ViewBox view, List<String> legendLabels) {
        return compute(width, height, view, legendLabels, fontFor(width, height));
    }

    /**
     * The layout of a {@code width × height} frame showing at least {@code view}, with a legend listing the labels
     * (and the start, when there are any).
     */
    public static FrameLayout compute(double width, double height, ViewBox view, List<String> legendLabels,
            double font) {
        return compute(width, height, view, legendLabels, font, true);
    }

    /**
     * The layout of a frame whose legend lists the labels, and the start after them only when {@code withStart}:
     * a picture with no race in it (a hyperparameter map) has no start to list.
     */
    public static FrameLayout compute(double width, double height, ViewBox view, List<String> legendLabels,
            double font, boolean withStart) {
        double freeW = width - (LEFT + RIGHT) * font;
        double freeH = height - (TOP + BOTTOM) * font;
        if (!legendLabels.isEmpty()) {
            // A legend may shrink a little to leave the plot at least half its side; a small frame with a long list
            // of racers shows no legend rather than a postage stamp of a plot.
            double bare = Math.min(freeW, freeH);
            for (double shrink : new double[] {1, 0.85, 0.7}) {
                FrameLayout l = withLegend(width, height, view, legendLabels, font, 0.9 * font * shrink, withStart);
                if (Math.min(l.plotWidth(), l.plotHeight()) >= 0.5 * bare) {
                    return l;
                }
            }
        }
        return make(width, height, view, font, freeW, freeH, LegendBox.NONE);
    }

    /** The margins for the tick labels (left), the colour bar (right), the title (top) and the x axis, in fonts. */
    private static final double LEFT = 4.0;
    private static final double RIGHT = 5.6;
    private static final double TOP = 2.6;
    private static final double BOTTOM = 3.4;

    private static FrameLayout withLegend(double width, double height, ViewBox view, List<String> legendLabels,
            double font, double lf, boolean withStart) {
        double left = LEFT * font;
        double top = TOP * font;
        double freeW = width - (LEFT + RIGHT) * font;
        double freeH = height - (TOP + BOTTOM) * font;
        double rowHeight = 1.45 * lf;
        double pad = 0.5 * lf;
        int entries = legendLabels.size() + (withStart ? 1 : 0);
        double[] text = new double[entries];
        for (int k = 0; k < legendLabels.size(); k++) {
            text[k] = TextMetrics.width(legendLabels.get(k), lf, false);
        }
        if (withStart) {
            text[entries - 1] = TextMetrics.width(START_LABEL, lf, false);
        }

        // Beside: in as many columns as the plot's height needs, right of the colour bar.
        int rowsBeside = Math.max(1, (int) Math.floor((freeH - 2 * pad) / rowHeight));
        int columnsBeside = (entries + rowsBeside - 1) / rowsBeside;
        rowsBeside = (entries + columnsBeside - 1) / columnsBeside;
        double[] xBeside = columnEdges(text, rowsBeside, lf);
        double besideW = xBeside[xBeside.length - 1];
        double besidePlotW = freeW - besideW - 0.6 * font;
        LegendBox beside = new LegendBox(left + besidePlotW + RIGHT * font, top, besideW,
                rowsBeside * rowHeight + 2 * pad, columnsBeside, rowsBeside, edges(xBeside), rowHeight, lf);

        // Below: in as many columns as fit under the plot, under the x axis's label.
        int rowsBelow = entries;
        double[] xBelow = columnEdges(text, rowsBelow, lf);
        for (int rows = entries - 1; rows >= 1; rows--) {
            double[] edges = columnEdges(text, rows, lf);
            if (edges[edges.length - 1] > freeW) {
                break;
            }
            rowsBelow = rows;
            xBelow = edges;
        }
        int columnsBelow = xBelow.length - 1;
        double belowH = rowsBelow * rowHeight + 2 * pad;
        double belowPlotH = freeH - belowH - 0.3 * font;
        LegendBox below = new LegendBox(left, top + belowPlotH + BOTTOM * font, xBelow[columnsBelow], belowH,
                columnsBelow, rowsBelow, edges(xBelow), rowHeight, lf);

        // Whichever leaves the larger square: most views are about as high as they are wide.
        if (Math.min(besidePlotW, freeH) >= Math.min(freeW, belowPlotH)) {
            return make(width, height, view, font, besidePlotW, freeH, beside);
        }
        return make(width, height, view, font, freeW, belowPlotH, below);
    }

    /**
     * The left edges of a legend's columns when its entries, with labels this wide, fill columns of {@code rows}
     * from the left, then the box's width: each column holds its swatch, a space and its longest label, with the
     * box's padding at both ends and a gap between columns.
     */
    private static double[] columnEdges(double[] text, int rows, double lf) {
        int columns = (text.length + rows - 1) / rows;
        double[] edges = new double[columns + 1];
        double x = 0.5 * lf;
        for (int c = 0; c < columns; c++) {
            edges[c] = x;
            double longest = 0;
            for (int i = c * rows; i < Math.min(text.length, (c + 1) * rows); i++) {
                longest = Math.max(longest, text[i]);
            }
            x += SWATCH * lf + LABEL_SPACE * lf + longest + (c + 1 < columns ? COLUMN_GAP * lf : 0);
        }
        edges[columns] = x + 0.5 * lf;
        return edges;
    }

    private static List<Double> edges(double[] withWidth) {
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < withWidth.length; i++) {
            out.add(withWidth[i]);
        }
        return out;
    }

    /** The space between a legend entry's swatch and its label, in legend font sizes. */
    public static final double LABEL_SPACE = 0.5;

    /** The label of the start's entry, last in the legend. */
    public static final String START_LABEL = "start θ₀";

    /**
     * The width of an entry's swatch, a stretch of the racer's line ending in its marker as its trail ends in its
     * head, in legend font sizes: long enough to show two whole dashes of a dashed line before the marker.
     */
    static final double SWATCH = 3.0;

    /** The space between the longest label of a legend's column and the next column's swatch, in legend fonts. */
    static final double COLUMN_GAP = 1.0;

    private static FrameLayout make(double width, double height, ViewBox view, double font, double w, double h,
            LegendBox legend) {
        double pw = Math.max(MIN_PLOT, w);
        double ph = Math.max(MIN_PLOT, h);
        return new FrameLayout(width, height, LEFT * font, TOP * font, pw, ph, fit(view, pw / ph), font / 14, font,
                legend);
    }

    /** The view widened about its centre to the aspect ratio {@code ratio} (width over height). */
    static ViewBox fit(ViewBox view, double ratio) {
        double vw = view.width();
        double vh = view.height();
        if (vw / vh < ratio) {
            vw = vh * ratio;
        } else {
            vh = vw / ratio;
        }
        double cx = (view.xMin() + view.xMax()) / 2;
        double cy = (view.yMin() + view.yMax()) / 2;
        return new ViewBox(cx - vw / 2, cx + vw / 2, cy - vh / 2, cy + vh / 2);
    }

    /** The plot's size in whole pixels, as its contour image is computed. */
    public int imageWidth() {
        return Math.max(2, (int) Math.round(plotWidth));
    }

    public int imageHeight() {
        return Math.max(2, (int) Math.round(plotHeight));
    }

    public double toPixelX(double x) {
        return plotX + (x - box.xMin()) / box.width() * plotWidth;
    }

    public double toPixelY(double y) {
        return plotY + (box.yMax() - y) / box.height() * plotHeight;
    }

    public double toDataX(double px) {
        return box.xMin() + (px - plotX) / plotWidth * box.width();
    }

    public double toDataY(double py) {
        return box.yMax() - (py - plotY) / plotHeight * box.height();
    }

    public boolean inPlot(double px, double py) {
        return px >= plotX && px <= plotX + plotWidth && py >= plotY && py <= plotY + plotHeight;
    }

    /** The plot rectangle as (x, y, width, height). */
    public double[] plotRect() {
        return new double[] {plotX, plotY, plotWidth, plotHeight};
    }
}
