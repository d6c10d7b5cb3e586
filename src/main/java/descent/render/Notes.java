package descent.render;

import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.sim.Outcome;
import descent.sim.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes on the plot that say why paths ended other than by converging: "SGD diverged at 13" beside SGD's cross,
 * "SGD left the view at 1, diverged at 13" when the path left the plot before the update that ended it, and one note
 * for crosses that crowd together ("SGD 13, Nesterov 5: diverged"), each name led by its racer's marker so that it
 * pairs with its cross. A note sits next to its crosses, or is tied to them by a thin leader line when it had to
 * move; notes overlap neither each other nor any cross, stay inside the plot and keep off the paths where they can.
 * The step a note gives is the step the race table's k and the CSV of {@code descent run} give: the update that
 * ended the path.
 */
public final class Notes {

    /** The notes' font, in the layout's font sizes. */
    static final double FONT = FrameLayout.SMALL;
    /** Crosses nearer than this, in crosses' half-widths, share a note: their notes would jostle otherwise. */
    private static final double CLUSTER = 5;
    /** A note's height per line, in its font sizes. */
    private static final double LINE = 1.3;
    /** The most points of a trail that the crowd looks at: enough for its shape, few enough for every frame. */
    private static final int CROWD_POINTS = 400;

    private Notes() {
    }

    /** Part of a note's line: a racer's marker (its slot, or −1 for none) followed by text. */
    public record Part(int slot, String text) {
    }

    /** A path that ended at the frame's step other than by converging, where its cross is, when it left the plot. */
    private record Ending(Track track, Outcome outcome, double[] cross, long leftAt) {

        /** Whether the path left the plot before the step that ended it, so that its note says when. */
        boolean early() {
            return leftAt >= 0 && leftAt < outcome.step();
        }

        /** Whether two endings can be said in one breath: the same outcome, and if early, the same step left. */
        boolean saysAsMuchAs(Ending o) {
            return outcome.status() == o.outcome.status() && early() == o.early()
                    && (!early() || leftAt == o.leftAt);
        }
    }

    /** The notes of a frame, placed; see the class's description. */
    public static List<FramePainter.Note> of(Drawing d, Frame f) {
        FrameLayout l = f.layout();
        double s = l.scale();
        List<Ending> endings = new ArrayList<>();
        for (Track track : f.tracks()) {
            if (FramePainter.ended(f, track)) {
                Trajectory tr = track.trajectory();
                long left = tr.isEmpty() ? -1 : leftPlotAt(tr, tr.clampStep(f.step()), l);
                endings.add(new Ending(track, tr.outcomeAt(f.step()), FramePainter.headPixel(f, track), left));
            }
        }
        if (endings.isEmpty()) {
            return List.of();
        }
        double font = FONT * l.font();
        d.setFont(font, true);
        double inset = 2 * s;
        double[] bounds = {l.plotX() + inset, l.plotY() + inset, l.plotWidth() - 2 * inset,
            l.plotHeight() - 2 * inset};
        // Wide enough for a few names a line, narrow enough to leave the plot readable.
        double maxWidth = Math.min(bounds[2], Math.max(0.55 * l.plotWidth(), 18 * font));
        double r = FramePainter.CROSS * s;
        List<List<Ending>> clusters = clusters(endings, CLUSTER * r);
        List<String> texts = new ArrayList<>();
        List<List<List<Part>>> lines = new ArrayList<>();
        List<double[]> anchors = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        for (List<Ending> c : clusters) {
            List<List<Ending>> says = sayings(c);
            texts.add(text(says, f.tracks().size()));
            List<List<Part>> flowed = flow(parts(says, f.tracks().size()), d, font, maxWidth - 6 * s);
            lines.add(flowed);
            double w = 0;
            for (List<Part> line : flowed) {
                w = Math.max(w, width(line, d, font));
            }
            sizes.add(new double[] {Math.min(w + 6 * s, bounds[2]), LINE * font * flowed.size()});
            anchors.add(span(c));
        }
        List<double[]> crosses = new ArrayList<>();
        for (Ending e : endings) {
            crosses.add(new double[] {e.cross()[0] - r - 2 * s, e.cross()[1] - r - 2 * s, 2 * r + 4 * s,
                2 * r + 4 * s});
        }
        double start = 9 * s;
        crosses.add(new double[] {l.toPixelX(f.start().x()) - start, l.toPixelY(f.start().y()) - start, 2 * start,
            2 * start});
        List<LabelPlacer.Placement> placed = LabelPlacer.placeAround(anchors, sizes, bounds, r + 3 * s, crosses,
                crowd(f, LINE * font));
        List<FramePainter.Note> notes = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            LabelPlacer.Placement p = placed.get(i);
            double[] box = FramePainter.intersect(p.box(), l.plotRect());
            notes.add(new FramePainter.Note(texts.get(i), lines.get(i), box, nearest(clusters.get(i), box),
                    p.leader()));
        }
        return notes;
    }

    /**
     * The step at which a path whose point at {@code last} lies outside the plot last left it: the step after its
     * last point inside; −1 when that point is inside or the path was never in the plot.
     */
    static long leftPlotAt(Trajectory tr, int last, FrameLayout l) {
        if (l.inPlot(l.toPixelX(tr.x(last)), l.toPixelY(tr.y(last)))) {
            return -1;
        }
        for (int k = last - 1; k >= 0; k--) {
            if (l.inPlot(l.toPixelX(tr.x(k)), l.toPixelY(tr.y(k)))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The endings gathered into clusters: a cross nearer than {@code near} to one of a cluster's joins it. */
    private static List<List<Ending>> clusters(List<Ending> endings, double near) {
        int n = endings.size();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
        }
        // Single linkage: merge until no two crosses of different clusters lie within reach of each other.
        for (boolean merged = true; merged; ) {
            merged = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double[] a = endings.get(i).cross();
                    double[] b = endings.get(j).cross();
                    if (cluster[i] != cluster[j] && Math.hypot(a[0] - b[0], a[1] - b[1]) <= near) {
                        int from = cluster[j];
                        for (int k = 0; k < n; k++) {
                            if (cluster[k] == from) {
                                cluster[k] = cluster[i];
                            }
                        }
                        merged = true;
                    }
                }
            }
        }
        List<List<Ending>> out = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = ids.indexOf(cluster[i]);
            if (at < 0) {
                ids.add(cluster[i]);
                out.add(new ArrayList<>());
                at = out.size() - 1;
            }
            out.get(at).add(endings.get(i));
        }
        return out;
    }

    /** A cluster's endings gathered by what they say, in the race's order. */
    private static List<List<Ending>> sayings(List<Ending> cluster) {
        List<List<Ending>> out = new ArrayList<>();
        for (Ending e : cluster) {
            List<Ending> home = out.stream().filter(g -> g.get(0).saysAsMuchAs(e)).findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(e);
        }
        return out;
    }

    /**
     * A note's text: "SGD diverged at 13", "SGD left the view at 1, diverged at 13", "diverged (left the view at
     * 1): SGD at 13, Nesterov at 5", "SGD: no finite loss at θ₀", "all 8 racers: no finite loss at θ₀" (where no
     * step is worth listing); what different endings of one cluster say is joined by "; ".
     */
    private static String text(List<List<Ending>> says, int racers) {
        List<String> out = new ArrayList<>();
        for (List<Part> parts : partsOf(says, racers)) {
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                b.append(b.length() == 0 ? "" : b.charAt(b.length() - 1) == ':' ? " " : ", ").append(p.text());
            }
            out.add(b.toString());
        }
        return String.join("; ", out);
    }

    /** The parts of the note's lines before they are flowed: one list per saying. */
    private static List<List<Part>> partsOf(List<List<Ending>> says, int racers) {
        List<List<Part>> out = new ArrayList<>();
        for (List<Ending> g : says) {
            Ending first = g.get(0);
            Outcome o = first.outcome();
            String left = first.early() ? "left the view at " + first.leftAt() : "";
            List<Part> parts = new ArrayList<>();
            if (g.size() == 1) {
                String name = first.track().label();
                parts.add(new Part(first.track().slot(), o.isNoStart() ? name + ": " + o.describe()
                        : name + " " + (left.isEmpty() ? "" : left + ", ") + o.describe()));
            } else {
                String what = o.isNoStart() ? o.describe() : o.isEscaped() ? "escaped" : "diverged";
                String tail = what + (left.isEmpty() ? "" : " (" + left + ")");
                if (o.isNoStart() && g.size() == racers && racers > 2) {
                    parts.add(new Part(-1, "all " + racers + " racers: " + tail));
                } else {
                    // What happened first, then who and when: a label with a comma or a number of its own
                    // ("SGD, decaying ε", "ε = 0.3") would run into a step written right after it.
                    parts.add(new Part(-1, tail + ":"));
                    for (Ending e : g) {
                        parts.add(new Part(e.track().slot(), e.track().label()
                                + (o.isNoStart() ? "" : " at " + e.outcome().step())));
                    }
                }
            }
            out.add(parts);
        }
        return out;
    }

    private static List<Part> parts(List<List<Ending>> says, int racers) {
        List<Part> out = new ArrayList<>();
        List<List<Part>> all = partsOf(says, racers);
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                out.add(new Part(-1, ";"));
            }
            out.addAll(all.get(i));
        }
        return out;
    }

    /**
     * The parts flowed into lines no wider than {@code width}: a name and its marker stay together, and a ";" between
     * sayings stays with the part before it.
     */
    private static List<List<Part>> flow(List<Part> parts, Drawing d, double font, double width) {
        List<List<Part>> lines = new ArrayList<>();
        List<Part> line = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            List<Part> unit = new ArrayList<>(List.of(p));
            while (i + 1 < parts.size() && parts.get(i + 1).slot() < 0) {
                unit.add(parts.get(++i));
            }
            List<Part> longer = new ArrayList<>(line);
            longer.addAll(unit);
            if (!line.isEmpty() && width(longer, d, font) > width) {
                lines.add(line);
                line = new ArrayList<>(unit);
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The width a line takes: each marker a font size wide with a gap after it, the texts, gaps between names. */
    private static double width(List<Part> line, Drawing d, double font) {
        double w = 0;
        for (int i = 0; i < line.size(); i++) {
            Part p = line.get(i);
            if (i > 0 && !glued(p)) {
                w += GAP * font;
            }
            w += (p.slot() >= 0 ? MARKER * font : 0) + d.textWidth(p.text());
        }
        return w;
    }

    /** The room a marker takes, and the gap between names, in font sizes. */
    private static final double MARKER = 1.15;
    private static final double GAP = 0.6;

    /** Whether a part follows the one before it without a gap: the ";" after a saying. */
    private static boolean glued(Part p) {
        return p.slot() < 0 && p.text().equals(";");
    }

    /** The box (x, y, width, height) a cluster's cross centres span. */
    private static double[] span(List<Ending> cluster) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Ending e : cluster) {
            x0 = Math.min(x0, e.cross()[0]);
            y0 = Math.min(y0, e.cross()[1]);
            x1 = Math.max(x1, e.cross()[0]);
            y1 = Math.max(y1, e.cross()[1]);
        }
        return new double[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** The cross of a cluster nearest a box: where its leader line starts. */
    private static double[] nearest(List<Ending> cluster, double[] box) {
        double[] best = cluster.get(0).cross();
        for (Ending e : cluster) {
            if (LabelPlacer.distance(box, e.cross()) < LabelPlacer.distance(box, best)) {
                best = e.cross();
            }
        }
        return best;
    }

    /**
     * Where the plot is already busy at the frame's step: the trails as they are drawn and the heads, in cells about a
     * note's line high, so that notes keep off them where they can. Long trails are sampled.
     */
    private static LabelPlacer.Crowd crowd(Frame f, double cell) {
        FrameLayout l = f.layout();
        LabelPlacer.Crowd crowd = new LabelPlacer.Crowd(l.plotRect(), cell);
        for (Track track : f.tracks()) {
            Trajectory tr = track.trajectory();
            if (tr.isEmpty()) {
                continue;
            }
            int last = tr.clampStep(f.step());
            int stride = Math.max(1, last / CROWD_POINTS);
            double px = l.toPixelX(tr.x(0));
            double py = l.toPixelY(tr.y(0));
            for (int k = stride; k < last + stride; k += stride) {
                int at = Math.min(k, last);
                double qx = l.toPixelX(tr.x(at));
                double qy = l.toPixelY(tr.y(at));
                double[] seg = FramePainter.clipSegment(px, py, qx, qy, l.plotX(), l.plotY(),
                        l.plotX() + l.plotWidth(), l.plotY() + l.plotHeight());
                if (seg != null) {
                    crowd.addSegment(seg[0], seg[1], seg[2], seg[3]);
                }
                px = qx;
                py = qy;
            }
            if (!FramePainter.ended(f, track)) {
                crowd.addPoint(px, py);
            }
        }
        return crowd;
    }

    /** The box all notes and their leader lines lie in, or an empty one; the window repaints just that. */
    public static double[] bounds(List<FramePainter.Note> notes) {
        double[] all = null;
        for (FramePainter.Note n : notes) {
            double[] b = n.box();
            if (n.leader()) {
                double x0 = Math.min(b[0], n.anchor()[0]);
                double y0 = Math.min(b[1], n.anchor()[1]);
                b = new double[] {x0, y0, Math.max(b[0] + b[2], n.anchor()[0]) - x0,
                    Math.max(b[1] + b[3], n.anchor()[1]) - y0};
            }
            all = all == null ? b.clone() : new double[] {Math.min(all[0], b[0]), Math.min(all[1], b[1]),
                Math.max(all[0] + all[2], b[0] + b[2]) - Math.min(all[0], b[0]),
                Math.max(all[1] + all[3], b[1] + b[3]) - Math.min(all[1], b[1])};
        }
        return all == null ? new double[] {0, 0, 0, 0} : all;
    }

    /** Paints the notes on their boxes, each name after its racer's marker, and the leaders of notes that moved. */
    public static void paint(Drawing d, Frame f, List<FramePainter.Note> notes) {
        FrameLayout l = f.layout();
        double s = l.scale();
        double font = FONT * l.font();
        Theme t = f.theme();
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFont(font, true);
        for (FramePainter.Note n : notes) {
            if (n.leader()) {
                double[] a = n.anchor();
                double[] q = LabelPlacer.nearestPoint(n.box(), a);
                double length = Math.hypot(q[0] - a[0], q[1] - a[1]);
                // From the cross's rim, not its centre, so that the cross stays clear.
                double from = Math.min(1, FramePainter.CROSS * s / Math.max(length, 1e-9));
                double x0 = a[0] + from * (q[0] - a[0]);
                double y0 = a[1] + from * (q[1] - a[1]);
                // On a halo of the notes' own background, so that it shows on dark bands and light ones alike.
                d.setStroke(t.legend(), 3.2 * s);
                d.strokeLine(x0, y0, q[0], q[1]);
                d.setStroke(t.text(), Math.max(1, 1.2 * s));
                d.strokeLine(x0, y0, q[0], q[1]);
            }
        }
        for (FramePainter.Note n : notes) {
            double[] b = n.box();
            d.setFill(t.legend());
            d.fillRect(b[0], b[1], b[2], b[3]);
            double line = n.lines().isEmpty() ? b[3] : b[3] / n.lines().size();
            for (int i = 0; i < n.lines().size(); i++) {
                double x = b[0] + 3 * s;
                double y = b[1] + (i + 0.5) * line;
                List<Part> parts = n.lines().get(i);
                for (int j = 0; j < parts.size(); j++) {
                    Part p = parts.get(j);
                    if (j > 0 && !glued(p)) {
                        x += GAP * font;
                    }
                    if (p.slot() >= 0) {
                        marker(d, f, p.slot(), x + 0.45 * font, y, 0.36 * font);
                        x += MARKER * font;
                    }
                    d.setFill(t.text());
                    d.fillText(p.text(), x, y, Align.LEFT, Baseline.MIDDLE);
                    x += d.textWidth(p.text());
                }
            }
        }
        d.restore();
    }

    /** A racer's marker, as the legend draws it. */
    private static void marker(Drawing d, Frame f, int slot, double cx, double cy, double r) {
        double[][] shape = Palette.marker(slot).outline(cx, cy, r);
        d.setFill(Palette.color(slot, f.theme()));
        d.fillPolygon(shape[0], shape[1], shape[0].length);
        d.setStroke(f.theme().isDark() ? 0xFFFFFFFF : 0xFF1A1A1A, 1.1 * f.layout().scale());
        d.strokePolygon(shape[0], shape[1], shape[0].length);
    }
}
