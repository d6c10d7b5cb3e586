package descent.render;

import descent.surface.ViewBox;

/**
 * The orthographic projection of the 3-D view, from a point of the plane at a relief height to a pixel of the frame.
 * World coordinates put the centre of the layout's box at the origin and make its longer side 1 long; the relief,
 * from the lowest to the highest value shown, is {@link #RELIEF} high. The camera turns the world and the layout
 * scales it: the top view at zoom 1 fills the plot exactly as the 2-D plot does, and lower views shrink so that the
 * box fits the plot whatever the azimuth, or nearly.
 */
public final class Projection3D {

    /** The height of the relief, as a share of the box's longer side: tall enough to read, never a needle. */
    public static final double RELIEF = 0.4;

    private final ViewBox box;
    private final double cx;
    private final double cy;
    private final double unit;
    private final double sinA;
    private final double cosA;
    private final double sinE;
    private final double cosE;
    private final double scale;
    private final double centreX;
    private final double centreY;

    private Projection3D(FrameLayout l, Camera c) {
        box = l.box();
        cx = (box.xMin() + box.xMax()) / 2;
        cy = (box.yMin() + box.yMax()) / 2;
        unit = Math.max(box.width(), box.height());
        double a = Math.toRadians(c.azimuth());
        double e = Math.toRadians(c.elevation());
        sinA = Math.sin(a);
        cosA = Math.cos(a);
        // Exact at the top, so that the top view is the plot to the last bit.
        sinE = c.elevation() == 90 ? 1 : Math.sin(e);
        cosE = c.elevation() == 90 ? 0 : Math.cos(e);
        double top = Math.min(l.plotWidth() / box.width(), l.plotHeight() / box.height()) * unit;
        scale = top * fit(box.width() / unit, box.height() / unit) * c.zoom();
        // The scene has the axes' margins too: it moves towards the stage's centre as the view leaves the vertical.
        double[] stage = stage(l);
        double plotX = l.plotX() + l.plotWidth() / 2;
        double plotY = l.plotY() + l.plotHeight() / 2;
        centreX = plotX + (stage[0] + stage[2] / 2 - plotX) * cosE;
        centreY = plotY + (stage[1] + stage[3] / 2 - plotY) * cosE;
    }

    /**
     * Where the 3-D view is drawn: the frame but for the title above and the colour bar and legend right of the plot
     * (or below it), as (x, y, width, height). The axes' margins are the scene's: a turned box reaches into them.
     */
    public static double[] stage(FrameLayout l) {
        double font = l.font();
        double top = l.plotY() - 0.5 * font;
        double right = l.plotX() + l.plotWidth() + 0.6 * font;
        FrameLayout.LegendBox legend = l.legend();
        double bottom = !legend.isEmpty() && legend.y() > l.plotY() + l.plotHeight() ? legend.y() : l.height();
        return new double[] {0, top, right, Math.max(0, bottom - top)};
    }

    /** The projection of a frame's layout seen by a camera. */
    public static Projection3D of(FrameLayout layout, Camera camera) {
        return new Projection3D(layout, camera);
    }

    /**
     * How much smaller than the top view the world is drawn at this elevation. Turned, the box needs up to its
     * diagonal across; seen from the side, the relief adds to its height. The diagonal counts in as the view leaves
     * the vertical, so the scale is 1 at the top and changes smoothly with the elevation, never with the azimuth:
     * dragging round does not make the surface breathe.
     */
    private double fit(double w, double h) {
        double diagonal = Math.hypot(w, h);
        double across = w + (diagonal - w) * cosE;
        double deep = h + (diagonal - h) * cosE;
        double high = deep * sinE + RELIEF * cosE;
        return Math.min(1, Math.min(w / across, h / high));
    }

    public ViewBox box() {
        return box;
    }

    /** The world coordinate of a plane's x. */
    public double worldX(double x) {
        return (x - cx) / unit;
    }

    public double worldY(double y) {
        return (y - cy) / unit;
    }

    /** The world height of a relief height h, 0 at the lowest value shown and 1 at the highest. */
    public static double worldZ(double h) {
        return RELIEF * h;
    }

    /** The pixel column of the world point (X, Y, any height). */
    public double screenX(double wx, double wy) {
        return centreX + scale * (wx * cosA + wy * sinA);
    }

    /** The pixel row of the world point (X, Y, Z); the middle of the relief is level with the plot's centre. */
    public double screenY(double wx, double wy, double wz) {
        return centreY - scale * (forward(wx, wy) * sinE + (wz - RELIEF / 2) * cosE);
    }

    /** How far a world point lies from the camera along the ground, up to a constant: larger is farther. */
    public double forward(double wx, double wy) {
        return -wx * sinA + wy * cosA;
    }

    /** How near a world point is to the camera, up to a constant: larger is nearer. */
    public double depth(double wx, double wy, double wz) {
        return -forward(wx, wy) * cosE + wz * sinE;
    }

    /** The pixel column of the plane point (x, y). */
    public double pixelX(double x, double y) {
        return screenX(worldX(x), worldY(y));
    }

    /** The pixel row of the plane point (x, y) at relief height h. */
    public double pixelY(double x, double y, double h) {
        return screenY(worldX(x), worldY(y), worldZ(h));
    }

    /** Pixels per world unit. */
    public double scale() {
        return scale;
    }

    /**
     * The unit vector (right, up, towards the camera) in screen space of a world direction; for shading.
     */
    public double[] toCamera(double wx, double wy, double wz) {
        double right = wx * cosA + wy * sinA;
        double f = forward(wx, wy);
        return new double[] {right, f * sinE + wz * cosE, -f * cosE + wz * sinE};
    }

    /** The world direction of a direction in camera space (right, up, towards the camera): the inverse turn. */
    public double[] toWorld(double right, double up, double towards) {
        // The camera's axes in world coordinates are the rows of the turn that toCamera applies.
        double f = up * sinE - towards * cosE;
        double z = up * cosE + towards * sinE;
        return new double[] {right * cosA - f * sinA, right * sinA + f * cosA, z};
    }

    /** The ground direction towards the camera, (x, y): at the top view, still the azimuth's. */
    public double[] towardsCamera() {
        return new double[] {sinA, -cosA};
    }
}
