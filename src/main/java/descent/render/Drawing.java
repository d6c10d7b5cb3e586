package descent.render;

/**
 * The small drawing interface the frame painter draws against, in pixels with y growing downwards; colours are
 * ARGB integers. Two backends implement it: the JavaFX canvas on screen and Java2D off screen, so that an export
 * shows exactly what the window shows; a third writes SVG.
 */
public interface Drawing {

    /** Horizontal placement of text relative to its anchor point. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** Vertical placement of text relative to its anchor point. */
    enum Baseline {
        TOP,
        MIDDLE,
        BASELINE,
        BOTTOM
    }

    void setStroke(int argb, double width);

    /** Dash lengths in pixels; none for a solid line. The pattern starts afresh at each line drawn. */
    void setDash(double... dashes);

    /**
     * How far into the dash pattern, in pixels, the lines drawn next start, until the next {@link #setDash}: a line
     * drawn in pieces, as a trail is while it grows, then keeps its dashes where the pieces meet.
     */
    void setDashPhase(double phase);

    void setFill(int argb);

    void setFont(double size, boolean bold);

    /**
     * Whether shapes filled from now on are anti-aliased, as they are until told otherwise. Polygons that tile a
     * surface edge to edge (the 3-D view's facets) are filled without it, since blending each edge with what lies
     * under it leaves a seam of the background between neighbours; a backend that cannot turn it off may hide the
     * seams another way, or ignore it. Saved and restored with the other settings.
     */
    default void setSmoothFill(boolean smooth) {
    }

    /**
     * Whether lines stroked from now on are anti-aliased, as they are until told otherwise. The 3-D view turns it off
     * while its camera is dragged, where a frame is seen for a thirtieth of a second and smooth edges cost half of
     * it; a backend that cannot turn it off may ignore it. Saved and restored with the other settings.
     */
    default void setSmoothStroke(boolean smooth) {
    }

    void strokeLine(double x1, double y1, double x2, double y2);

    /** A polyline through the first n points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    /** Separate segments: x1, y1, x2, y2 for each, the first n coordinates of {@code xy}. */
    void strokeSegments(double[] xy, int n);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void fillCircle(double cx, double cy, double r);

    void strokeCircle(double cx, double cy, double r);

    void fillText(String text, double x, double y, Align align, Baseline baseline);

    /** The width of the text in the current font. */
    double textWidth(String text);

    /** Draws an image scaled into the rectangle (x, y, w, h). */
    void drawImage(descent.contour.RasterImage image, double x, double y, double w, double h);

    /** Restricts drawing to a rectangle until the matching {@link #restore()}. */
    void clip(double x, double y, double w, double h);

    /** Moves the origin by (dx, dy) until the matching {@link #restore()}. */
    void translate(double dx, double dy);

    /** Saves the drawing state (colours, stroke, font, clip, origin). */
    void save();

    /** Restores the state saved by the matching {@link #save()}. */
    void restore();
}
