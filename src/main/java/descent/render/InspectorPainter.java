package descent.render;

import descent.math.Numbers;
import descent.math.Vec2;
import descent.optim.StepExplanation;
import descent.optim.StepExplanation.Role;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.render.InspectorLayout.Drawn;
import descent.render.InspectorLayout.Label;
import descent.render.InspectorLayout.Lens;
import descent.render.InspectorLayout.Picture;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints what one step did, to scale in θ space: the update and its terms as arrows with their symbols, the
 * look-ahead point, and the update along each axis at that coordinate's learning rate, in the racer's colour and the
 * theme's text colour on a halo, as the trails are. A step too small to read on the plot is drawn magnified in a
 * detail box, with its factor and a scale bar, tied to the region of the plot it shows.
 */
public final class InspectorPainter {

    private InspectorPainter() {
    }

    /**
     * Paints the explanation on the frame's plot, within it, in the colour of the racer in {@code slot}. Call it
     * after the frame's overlay, so that the arrows lie over the trails.
     */
    public static void paint(Drawing d, Frame f, int slot, StepExplanation e) {
        FrameLayout l = f.layout();
        double s = l.scale();
        Picture p = InspectorLayout.of(d, f, slot, e);
        int halo = FramePainter.halo(f);
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        if (p.magnified()) {
            paintDetailBox(d, f, slot, e, p);
        }
        paintGuides(d, f, p);
        // The update over its parts and over the other choice, which runs beside it.
        for (Role role : new Role[] {Role.ALTERNATIVE, Role.COORDINATE, Role.TERM, Role.UPDATE}) {
            for (Drawn a : p.arrows()) {
                if (a.arrow().role() == role) {
                    int color = color(f, slot, role);
                    paintArrow(d, a, color, width(role) * s, dash(role, s), role == Role.UPDATE ? halo : haloFor(color),
                            s);
                }
            }
        }
        double r = InspectorLayout.RING * s;
        for (double[] m : p.marks()) {
            d.setStroke(haloFor(f.theme().text()), 4.2 * s);
            d.strokeCircle(m[0], m[1], r);
            d.setStroke(f.theme().text(), 2 * s);
            d.strokeCircle(m[0], m[1], r);
        }
        d.setFont(p.font(), false);
        for (Label label : p.labels()) {
            double[] b = label.box();
            d.setFill(f.theme().legend());
            d.fillRect(b[0], b[1], b[2], b[3]);
            d.setStroke(label.border(), 1.3 * s);
            d.strokeRect(b[0], b[1], b[2], b[3]);
            d.setFill(f.theme().text());
            String[] lines = label.text().split("\n");
            double line = InspectorLayout.LINE * p.font();
            double top = b[1] + b[3] / 2 - (lines.length - 1) * line / 2;
            for (int i = 0; i < lines.length; i++) {
                d.fillText(lines[i], b[0] + b[2] / 2, top + i * line, Align.CENTER, Baseline.MIDDLE);
            }
        }
        d.restore();
    }

    /** The box (x, y, width, height) that {@link #paint} draws in, within the plot, for the window to repaint. */
    public static double[] bounds(Drawing d, Frame f, int slot, StepExplanation e) {
        FrameLayout l = f.layout();
        Picture p = InspectorLayout.of(d, f, slot, e);
        double m = 12 * l.scale();
        List<double[]> boxes = new ArrayList<>();
        p.labels().forEach(label -> boxes.add(label.box()));
        if (p.magnified()) {
            boxes.add(p.lens().rect());
            double[] r = p.region();
            boxes.add(new double[] {r[0] - m, r[1] - m, r[2] + 2 * m, r[3] + 2 * m});
        }
        for (Drawn a : p.arrows()) {
            boxes.add(new double[] {Math.min(a.x0(), a.x1()) - m, Math.min(a.y0(), a.y1()) - m,
                Math.abs(a.x1() - a.x0()) + 2 * m, Math.abs(a.y1() - a.y0()) + 2 * m});
        }
        for (double[] c : p.marks()) {
            boxes.add(new double[] {c[0] - m, c[1] - m, 2 * m, 2 * m});
        }
        return FramePainter.intersect(union(boxes), l.plotRect());
    }

    /**
     * A caption in a corner of the plot clear of the step: the racer, the step, and its rule's update in words, for
     * a picture that has no panel beside it to say what the arrows are.
     */
    public static void paintCaption(Drawing d, Frame f, Track track, StepExplanation e) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double inset = 6 * s;
        double pad = 5 * s;
        double font = 0.85 * l.font();
        double room = l.plotWidth() - 2 * inset - 2 * pad;
        d.setFont(font, true);
        String title = fit(d, track.label() + " · step " + e.step(), room);
        double w = d.textWidth(title);
        d.setFont(font, false);
        List<String> lines = wrap(d, track.trajectory().racer().rule().text(), room, 3);
        for (String line : lines) {
            w = Math.max(w, d.textWidth(line));
        }
        double lineHeight = 1.25 * font;
        double bw = w + 2 * pad;
        double bh = (1 + lines.size()) * lineHeight + pad;
        List<double[]> avoid = new ArrayList<>();
        Picture p = InspectorLayout.of(d, f, track.slot(), e);
        if (p.magnified()) {
            avoid.add(p.lens().rect());
        }
        double r = 3 * InspectorLayout.MIN_ARROW * s;
        for (Vec2 point : new Vec2[] {e.before(), e.after(), e.gradientPoint()}) {
            avoid.add(new double[] {l.toPixelX(point.x()) - r, l.toPixelY(point.y()) - r, 2 * r, 2 * r});
        }
        double[] box = captionBox(l, bw, bh, inset, avoid);
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFill(f.theme().legend());
        d.fillRect(box[0], box[1], box[2], box[3]);
        d.setStroke(Palette.color(track.slot(), f.theme()), 1.5 * s);
        d.strokeRect(box[0], box[1], box[2], box[3]);
        d.setFill(f.theme().text());
        d.setFont(font, true);
        double y = box[1] + pad / 2 + lineHeight / 2;
        d.fillText(title, box[0] + pad, y, Align.LEFT, Baseline.MIDDLE);
        d.setFont(font, false);
        for (String line : lines) {
            y += lineHeight;
            d.fillText(line, box[0] + pad, y, Align.LEFT, Baseline.MIDDLE);
        }
        d.restore();
    }

    /** The first corner, top left, bottom left, top right, bottom right, where the box covers none of the others. */
    private static double[] captionBox(FrameLayout l, double w, double h, double inset, List<double[]> avoid) {
        double left = l.plotX() + inset;
        double right = l.plotX() + l.plotWidth() - inset - w;
        double top = l.plotY() + inset;
        double bottom = l.plotY() + l.plotHeight() - inset - h;
        for (double[] c : new double[][] {{left, top}, {left, bottom}, {right, top}, {right, bottom}}) {
            double[] box = {c[0], c[1], w, h};
            if (avoid.stream().noneMatch(a -> LabelPlacer.overlap(box, a))) {
                return box;
            }
        }
        return new double[] {left, top, w, h};
    }

    /** The text in lines no wider than the width, broken after its semicolons; the last one cut if too many. */
    private static List<String> wrap(Drawing d, String text, double width, int most) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : text.split("(?<=; )")) {
            if (!line.isEmpty() && d.textWidth(line + part) > width) {
                lines.add(line.strip());
                line = "";
            }
            line += part;
        }
        lines.add(line.strip());
        if (lines.size() > most) {
            List<String> kept = new ArrayList<>(lines.subList(0, most));
            kept.set(most - 1, kept.get(most - 1) + " …");
            lines = kept;
        }
        lines.replaceAll(t -> fit(d, t, width));
        return lines;
    }

    /** The text cut with an ellipsis to fit the width in the current font. */
    private static String fit(Drawing d, String text, double width) {
        if (d.textWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && d.textWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /**
     * The detail box: the region of the plot it magnifies outlined and tied to it, its background, its factor and a
     * scale bar in θ units, and the racer's last few steps at its scale.
     */
    private static void paintDetailBox(Drawing d, Frame f, int slot, StepExplanation e, Picture p) {
        FrameLayout l = f.layout();
        double s = l.scale();
        Theme t = f.theme();
        double[] box = p.lens().rect();
        double[] r = p.region();
        double[] from = nearestCorner(r, box);
        double[] to = nearestCorner(box, r);
        d.setStroke(haloFor(t.text()), 3.4 * s);
        d.strokeRect(r[0], r[1], r[2], r[3]);
        d.strokeLine(from[0], from[1], to[0], to[1]);
        d.setStroke(t.text(), 1.4 * s);
        d.strokeRect(r[0], r[1], r[2], r[3]);
        d.strokeLine(from[0], from[1], to[0], to[1]);
        d.setFill(Palette.withAlpha(t.background(), 0.93));
        d.fillRect(box[0], box[1], box[2], box[3]);
        d.setStroke(t.text(), 1.4 * s);
        d.strokeRect(box[0], box[1], box[2], box[3]);

        double[] h = p.header();
        double font = p.font();
        d.setFill(t.text());
        d.setFont(font, true);
        d.fillText("detail ×" + Numbers.brief(p.magnification()), h[0] + 5 * s, h[1] + h[3] / 2, Align.LEFT,
                Baseline.MIDDLE);
        Lens lens = p.lens();
        double unit = InspectorLayout.roundDown(0.3 * box[2] / lens.scaleX());
        double bar = unit * lens.scaleX();
        double x1 = h[0] + h[2] - 6 * s;
        double x0 = x1 - bar;
        double y = h[1] + h[3] / 2;
        d.setStroke(t.text(), 1.6 * s);
        d.strokeLine(x0, y, x1, y);
        d.strokeLine(x0, y - 4 * s, x0, y + 4 * s);
        d.strokeLine(x1, y - 4 * s, x1, y + 4 * s);
        d.setFont(font, false);
        d.fillText(Numbers.brief(unit), x0 - 5 * s, y, Align.RIGHT, Baseline.MIDDLE);

        d.clip(box[0], box[1] + h[3], box[2], box[3] - h[3]);
        paintTrail(d, f, slot, e, lens);
    }

    /** The racer's path over the few steps up to the one explained, at the detail box's scale. */
    private static void paintTrail(Drawing d, Frame f, int slot, StepExplanation e, Lens lens) {
        Track track = f.tracks().stream().filter(t -> t.slot() == slot).findFirst().orElse(null);
        if (track == null || track.trajectory().isEmpty()) {
            return;
        }
        Trajectory tr = track.trajectory();
        int last = tr.clampStep(e.step());
        int first = Math.max(0, last - 6);
        double[] xs = new double[last - first + 1];
        double[] ys = new double[xs.length];
        for (int k = first; k <= last; k++) {
            xs[k - first] = lens.x(tr.x(k));
            ys[k - first] = lens.y(tr.y(k));
        }
        double[] r = lens.rect();
        double m = 20 * f.layout().scale();
        double[] reach = {r[0] - m, r[1] - m, r[2] + 2 * m, r[3] + 2 * m};
        double s = f.layout().scale();
        d.setStroke(Palette.withAlpha(Palette.color(slot, f.theme()), 0.8), 2 * s);
        FramePainter.strokeWithin(d, xs, ys, 0, xs.length, reach);
    }

    /** The corner of box a nearest to the centre of box b. */
    private static double[] nearestCorner(double[] a, double[] b) {
        double cx = b[0] + b[2] / 2;
        double cy = b[1] + b[3] / 2;
        return new double[] {cx < a[0] + a[2] / 2 ? a[0] : a[0] + a[2], cy < a[1] + a[3] / 2 ? a[1] : a[1] + a[3]};
    }

    /**
     * Thin dotted lines that complete the figure the arrows make: the parallelogram of two terms drawn from the same
     * point (momentum's αv and −εg), and the box of the update's parts along the two axes.
     */
    private static void paintGuides(Drawing d, Frame f, Picture p) {
        double s = f.layout().scale();
        d.setStroke(Palette.withAlpha(f.theme().text(), 0.75), 1.3 * s);
        d.setDash(2 * s, 3 * s);
        for (Role role : new Role[] {Role.TERM, Role.COORDINATE}) {
            List<Drawn> parts = p.arrows().stream().filter(a -> a.arrow().role() == role).toList();
            if (parts.size() == 2 && parts.get(0).toScale() && parts.get(1).toScale()
                    && parts.get(0).arrow().from().equals(parts.get(1).arrow().from())) {
                Drawn a = parts.get(0);
                Drawn b = parts.get(1);
                double cx = a.x1() + (b.x1() - b.x0());
                double cy = a.y1() + (b.y1() - b.y0());
                d.strokeLine(a.x1(), a.y1(), cx, cy);
                d.strokeLine(b.x1(), b.y1(), cx, cy);
            }
        }
        d.setDash();
    }

    private static void paintArrow(Drawing d, Drawn a, int color, double width, double[] dash, int halo, double s) {
        double dx = a.x1() - a.x0();
        double dy = a.y1() - a.y0();
        double length = Math.hypot(dx, dy);
        double head = Math.min(Math.max(3.4 * width, 10 * s), 0.6 * length);
        double ux = dx / length;
        double uy = dy / length;
        // The shaft stops inside the head, so that its round cap does not show past the point.
        double sx = a.x1() - ux * head * 0.7;
        double sy = a.y1() - uy * head * 0.7;
        double[] hx = {a.x1(), a.x1() - ux * head - uy * head * 0.45, a.x1() - ux * head + uy * head * 0.45};
        double[] hy = {a.y1(), a.y1() - uy * head + ux * head * 0.45, a.y1() - uy * head - ux * head * 0.45};
        d.setStroke(halo, width + 2.6 * s);
        d.strokeLine(a.x0(), a.y0(), sx, sy);
        d.strokePolygon(hx, hy, 3);
        d.setStroke(color, width);
        d.setDash(dash);
        d.strokeLine(a.x0(), a.y0(), sx, sy);
        d.setDash();
        d.setFill(color);
        d.fillPolygon(hx, hy, 3);
    }

    private static double[] union(List<double[]> boxes) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] b : boxes) {
            x0 = Math.min(x0, b[0]);
            y0 = Math.min(y0, b[1]);
            x1 = Math.max(x1, b[0] + b[2]);
            y1 = Math.max(y1, b[1] + b[3]);
        }
        return x0 > x1 ? new double[] {0, 0, 0, 0} : new double[] {x0, y0, x1 - x0, y1 - y0};
    }

    /**
     * A halo for a line in the theme's text colour: dark under light text and light under dark, whatever the map
     * beneath, since the line and its halo must differ. The update, in the racer's colour, takes the trails' halo.
     */
    private static int haloFor(int color) {
        return Palette.luminance(color) > 0.5 ? 0xA6000000 : 0xD9FFFFFF;
    }

    /** The update in the racer's colour; everything else in the theme's text colour. */
    static int color(Frame f, int slot, Role role) {
        return role == Role.UPDATE ? Palette.color(slot, f.theme()) : f.theme().text();
    }

    private static double width(Role role) {
        return switch (role) {
            case UPDATE -> 3.6;
            case TERM -> 2.6;
            case COORDINATE -> 2.0;
            case ALTERNATIVE -> 1.8;
        };
    }

    private static double[] dash(Role role, double s) {
        return switch (role) {
            case UPDATE, TERM -> new double[0];
            case COORDINATE -> new double[] {4 * s, 3 * s};
            case ALTERNATIVE -> new double[] {6 * s, 4 * s};
        };
    }
}
