package descent.render;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.optim.StepExplanation;
import descent.optim.StepExplanation.Arrow;
import descent.optim.StepExplanation.Mark;
import descent.optim.StepExplanation.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the step inspector draws a step, in pixels: on the plot where the step is large enough to read, and
 * otherwise in a detail box that magnifies it by a round factor, beside the small region of the plot it shows.
 * Arrows shorter than a minimum are lengthened and arrows that leave their box are cut; both say their true length.
 */
final class InspectorLayout {

    /** The shortest arrow drawn, in scaled pixels. */
    static final double MIN_ARROW = 22;
    /** A step whose arrows span fewer scaled pixels than this is drawn magnified in a detail box. */
    static final double DETAIL_BELOW = 110;
    /** The largest detail box, in scaled pixels; it takes at most half the plot's width and height. */
    private static final double DETAIL_MAX = 440;
    /** The labels' font, in the layout's font sizes. */
    static final double LABEL_FONT = 0.9;
    /** How far beside the update an arrow drawn for comparison runs, in scaled pixels. */
    static final double ALTERNATIVE_OFFSET = 6;
    /** The radius of the rings marking θ_{k−1}, θ_k and the look-ahead point, in scaled pixels. */
    static final double RING = 4.5;

    private InspectorLayout() {
    }

    /** Maps θ to pixels for a rectangle that shows the plane at a scale: the plot, or the detail box. */
    record Lens(double[] rect, double originX, double originY, double scaleX, double scaleY) {

        static Lens of(FrameLayout l) {
            return new Lens(l.plotRect(), l.box().xMin(), l.box().yMax(), l.plotWidth() / l.box().width(),
                    l.plotHeight() / l.box().height());
        }

        double x(double tx) {
            return rect[0] + (tx - originX) * scaleX;
        }

        double y(double ty) {
            return rect[1] + (originY - ty) * scaleY;
        }

        boolean contains(double px, double py) {
            return px >= rect[0] && px <= rect[0] + rect[2] && py >= rect[1] && py <= rect[1] + rect[3];
        }
    }

    /** An arrow as drawn: from (x0, y0) to its head at (x1, y1), with its label, its true length added if needed. */
    record Drawn(Arrow arrow, double x0, double y0, double x1, double y1, String label, boolean toScale) {
    }

    /** A label on its plate, with the colour of its border; a line break in its text starts a second line. */
    record Label(String text, double[] box, int border) {
    }

    /**
     * A step's picture.
     *
     * @param lens          where the step is drawn: the plot, or the detail box
     * @param magnification how many times the plot's scale the detail box shows; 1 when drawn on the plot
     * @param region        the part of the plot (x, y, width, height) that the detail box magnifies, or null
     * @param header        the detail box's band at the top for its factor and scale bar, or null
     */
    record Picture(Lens lens, double magnification, double[] region, double[] header, List<Drawn> arrows,
            List<double[]> marks, List<Label> labels, double font) {

        boolean magnified() {
            return region != null;
        }
    }

    static Picture of(Drawing d, Frame f, int slot, StepExplanation e) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double font = LABEL_FONT * l.font();
        Lens plot = Lens.of(l);
        double[] extent = extent(e);
        double spanX = (extent[2] - extent[0]) * plot.scaleX();
        double spanY = (extent[3] - extent[1]) * plot.scaleY();
        double span = Math.max(spanX, spanY);
        double w = Math.min(0.5 * l.plotWidth(), DETAIL_MAX * s);
        double h = Math.min(0.5 * l.plotHeight(), DETAIL_MAX * s);
        double header = 1.6 * font;
        double magnification = span > 0 && Double.isFinite(span) && span < DETAIL_BELOW * s
                ? roundDown(0.62 * Math.min(w, h - header) / span) : 1;
        if (magnification < 2 || !Double.isFinite(magnification)) {
            return draw(d, f, slot, e, plot, 1, null, null, font, plot.rect());
        }
        double cx = (extent[0] + extent[2]) / 2;
        double cy = (extent[1] + extent[3]) / 2;
        double[] near = {plot.x(cx) - 20 * s, plot.y(cy) - 20 * s, 40 * s, 40 * s};
        double[] box = corner(l, w, h, near, 6 * s);
        double kx = plot.scaleX() * magnification;
        double ky = plot.scaleY() * magnification;
        double[] band = {box[0], box[1], box[2], header};
        double midX = box[0] + box[2] / 2;
        double midY = box[1] + header + (box[3] - header) / 2;
        Lens detail = new Lens(box, cx - (midX - box[0]) / kx, cy + (midY - box[1]) / ky, kx, ky);
        // The region the detail box shows, on the plot: at least a small square, so that it can be seen.
        double rw = Math.max(box[2] / magnification, 8 * s);
        double rh = Math.max(box[3] / magnification, 8 * s);
        double[] region = {plot.x(cx) - rw / 2, plot.y(cy) - rh / 2, rw, rh};
        double[] inner = {box[0], box[1] + header, box[2], box[3] - header};
        return draw(d, f, slot, e, detail, magnification, region, band, font, inner);
    }

    /**
     * The θ box (x0, y0, x1, y1) of the step's arrows and points; an arrow drawn for comparison counts only when it
     * is at most three times as long as the update, so that one far longer runs off rather than shrinks the rest.
     */
    static double[] extent(StepExplanation e) {
        List<Vec2> points = new ArrayList<>();
        e.marks().forEach(m -> points.add(m.at()));
        for (Arrow a : e.arrows()) {
            if (a.role() != Role.ALTERNATIVE) {
                points.add(a.from());
                points.add(a.tip());
            }
        }
        double[] core = box(points);
        double span = Math.max(core[2] - core[0], core[3] - core[1]);
        for (Arrow a : e.arrows()) {
            if (a.role() == Role.ALTERNATIVE && a.length() <= 3 * span) {
                points.add(a.from());
                points.add(a.tip());
            }
        }
        return box(points);
    }

    private static double[] box(List<Vec2> points) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Vec2 p : points) {
            if (p.isFinite()) {
                b[0] = Math.min(b[0], p.x());
                b[1] = Math.min(b[1], p.y());
                b[2] = Math.max(b[2], p.x());
                b[3] = Math.max(b[3], p.y());
            }
        }
        return b[0] > b[2] ? new double[] {0, 0, 0, 0} : b;
    }

    /** Round leading digits: a factor or a scale bar's length reads as ×4 or 0.02, never ×4.37. */
    private static final double[] ROUND = {8, 6, 5, 4, 3, 2.5, 2, 1.5, 1};

    /** The largest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that is at most v. */
    static double roundDown(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : ROUND) {
            if (m * p <= v) {
                return m * p;
            }
        }
        return p;
    }

    /** The first corner of the plot where a box of this size leaves {@code avoid} free: right, then left. */
    static double[] corner(FrameLayout l, double w, double h, double[] avoid, double inset) {
        double left = l.plotX() + inset;
        double right = l.plotX() + l.plotWidth() - inset - w;
        double top = l.plotY() + inset;
        double bottom = l.plotY() + l.plotHeight() - inset - h;
        double[][] corners = {{right, top}, {right, bottom}, {left, top}, {left, bottom}};
        double[] farthest = null;
        double best = -1;
        for (double[] c : corners) {
            double[] box = {c[0], c[1], w, h};
            if (!LabelPlacer.overlap(box, avoid)) {
                return box;
            }
            double dx = c[0] + w / 2 - (avoid[0] + avoid[2] / 2);
            double dy = c[1] + h / 2 - (avoid[1] + avoid[3] / 2);
            if (Math.hypot(dx, dy) > best) {
                best = Math.hypot(dx, dy);
                farthest = box;
            }
        }
        return farthest;
    }

    private static Picture draw(Drawing d, Frame f, int slot, StepExplanation e, Lens lens, double magnification,
            double[] region, double[] header, double font, double[] within) {
        FrameLayout l = f.layout();
        double s = l.scale();
        d.setFont(font, false);
        List<Drawn> arrows = new ArrayList<>();
        for (Arrow a : e.arrows()) {
            Drawn drawn = place(lens, within, a, s);
            if (drawn != null) {
                arrows.add(drawn);
            }
        }
        List<double[]> marks = new ArrayList<>();
        List<String> markLabels = new ArrayList<>();
        for (Mark m : e.marks()) {
            double px = lens.x(m.at().x());
            double py = lens.y(m.at().y());
            if (Double.isFinite(px) && Double.isFinite(py) && px >= within[0] && px <= within[0] + within[2]
                    && py >= within[1] && py <= within[1] + within[3]) {
                marks.add(new double[] {px, py});
                markLabels.add(m.symbol());
            }
        }
        // The points' labels first, then the arrows' in order of importance: each takes the nearest free place.
        List<double[]> anchors = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> borders = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            add(d, marks.get(i), markLabels.get(i), f.theme().text(), s, font, within[2], anchors, sizes, texts,
                    borders);
        }
        for (Role role : new Role[] {Role.UPDATE, Role.TERM, Role.COORDINATE, Role.ALTERNATIVE}) {
            for (Drawn a : arrows) {
                if (a.arrow().role() == role) {
                    double[] mid = {(a.x0() + a.x1()) / 2, (a.y0() + a.y1()) / 2};
                    add(d, mid, a.label(), InspectorPainter.color(f, slot, role), s, font, within[2], anchors, sizes,
                            texts, borders);
                }
            }
        }
        List<double[]> obstacles = new ArrayList<>();
        double r = (RING + 3) * s;
        for (double[] m : marks) {
            obstacles.add(new double[] {m[0] - r, m[1] - r, 2 * r, 2 * r});
        }
        for (Drawn a : arrows) {
            obstacles.add(new double[] {a.x1() - r, a.y1() - r, 2 * r, 2 * r});
        }
        double inset = 2 * s;
        double[] bounds = {within[0] + inset, within[1] + inset, within[2] - 2 * inset, within[3] - 2 * inset};
        List<double[]> boxes = LabelPlacer.place(anchors, sizes, bounds, 5 * s, obstacles);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            labels.add(new Label(texts.get(i), boxes.get(i), borders.get(i)));
        }
        return new Picture(lens, magnification, region, header, arrows, marks, labels, font);
    }

    /** A label, on two lines (before its length in brackets, and that) where one would be wider than the room. */
    private static void add(Drawing d, double[] anchor, String text, int border, double s, double font, double room,
            List<double[]> anchors, List<double[]> sizes, List<String> texts, List<Integer> borders) {
        int cut = text.lastIndexOf(" (");
        String t = d.textWidth(text) + 12 * s > room && cut > 0 ? text.substring(0, cut) + "\n"
                + text.substring(cut + 1) : text;
        double width = 0;
        String[] lines = t.split("\n");
        for (String line : lines) {
            width = Math.max(width, d.textWidth(line));
        }
        anchors.add(anchor);
        texts.add(t);
        sizes.add(new double[] {width + 8 * s, (lines.length * LINE + 0.15) * font});
        borders.add(border);
    }

    /** The height of a label's line, in font sizes. */
    static final double LINE = 1.2;

    /**
     * The arrow in pixels: lengthened to the minimum when shorter, cut at the edge of {@code within} when it leaves
     * it; null when it has no length or lies wholly outside.
     */
    static Drawn place(Lens lens, double[] within, Arrow a, double s) {
        Vec2 v = a.vector();
        if (v.x() == 0 && v.y() == 0 || !v.isFinite() || !a.from().isFinite()) {
            return null;
        }
        double x0 = lens.x(a.from().x());
        double y0 = lens.y(a.from().y());
        // The direction from the vector itself: the difference of two pixel positions loses a tiny one.
        double ux = v.x() * lens.scaleX();
        double uy = -v.y() * lens.scaleY();
        double length = Math.hypot(ux, uy);
        double min = MIN_ARROW * s;
        boolean lengthened = length < min;
        if (lengthened) {
            ux *= min / length;
            uy *= min / length;
        }
        if (a.role() == Role.ALTERNATIVE) {
            // Beside the update rather than on it: the two often nearly coincide.
            double len = Math.hypot(ux, uy);
            x0 += -uy / len * ALTERNATIVE_OFFSET * s;
            y0 += ux / len * ALTERNATIVE_OFFSET * s;
        }
        double x1 = x0 + ux;
        double y1 = y0 + uy;
        double[] cut = FramePainter.clipSegment(x0, y0, x1, y1, within[0], within[1], within[0] + within[2],
                within[1] + within[3]);
        if (cut == null || cut[0] == cut[2] && cut[1] == cut[3]) {
            return null;
        }
        boolean runsOff = cut[2] != x1 || cut[3] != y1;
        String label = a.symbol();
        // A part along an axis is there for its rate, which its label gives; its length is the update's to read.
        if (runsOff || lengthened && a.role() != Role.COORDINATE) {
            label += " (length " + Numbers.brief(a.length()) + (runsOff ? ", runs off)" : ")");
        }
        return new Drawn(a, cut[0], cut[1], cut[2], cut[3], label, !lengthened && !runsOff);
    }
}
