package descent.render;

import descent.surface.ViewBox;

/**
 * Where everything goes in a frame of a given size: the plot rectangle, with margins for the title, the axes and
 * the colour bar that grow with the frame, and the part of the plane shown, which is the view widened in one
 * direction so that x and y have the same scale. Computed from numbers only, so every backend lays out alike.
 *
 * @param scale how much larger than at 640 pixels the text and lines are drawn, at least 1
 * @param font  the base font size in pixels
 * @param box   the part of the plane the plot rectangle shows
 */
public record FrameLayout(double width, double height, double plotX, double plotY, double plotWidth,
        double plotHeight, ViewBox box, double scale, double font) {

    /** The layout of a {@code width × height} frame showing at least {@code view}. */
    public static FrameLayout compute(double width, double height, ViewBox view) {
        // Never smaller than 14 px text: the back row of a lecture room must read it.
        double scale = Math.max(1, Math.min(3.5, Math.min(width, height) / 640));
        double font = 14 * scale;
        double left = 4.0 * font;
        double right = 5.6 * font;
        double top = 2.6 * font;
        double bottom = 3.4 * font;
        double w = Math.max(16, width - left - right);
        double h = Math.max(16, height - top - bottom);
        return new FrameLayout(width, height, left, top, w, h, fit(view, w / h), scale, font);
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
}
