package descent.render;

import descent.contour.ContourPlot;
import descent.contour.RasterImage;
import descent.explore.BasinMap;
import descent.explore.Basins;
import descent.render.Drawing.Align;
import descent.render.Drawing.Baseline;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints the basins of attraction of one racer under the race: every start of the grid in the colour of the
 * attractor its run reaches, the runs that diverged or escaped hatched apart and those that arrived nowhere in grey,
 * the surface's isolines and landmarks over them, and the race's paths on top, with a key of the attractors and
 * the share of starts that reach each. The window and the exports draw it with this painter.
 */
public final class BasinPainter {

    /** The colours of the attractors, in order, repeated beyond the tenth: light, so that the paths stand out. */
    private static final int[] COLORS = {
        0xFF77AADD, 0xFFEE8866, 0xFFEEDD88, 0xFFFFAABB, 0xFF99DDFF, 0xFF44BB99, 0xFFBBCC33, 0xFFAAAA00,
        0xFFCCBBEE, 0xFFE8C7A0,
    };
    /** At most this many attractors are listed in the key; the rest are counted in one line. */
    static final int KEY_ATTRACTORS = 6;
    /** The widest line the key may need, for laying it out before the runs are in. */
    private static final String WIDEST = "global minimum 100%";
    private static final double TITLE_FONT = 1.1;
    private static final int MAX_IMAGE = 2048;

    private BasinPainter() {
    }

    /**
     * What a basins picture shows.
     *
     * @param race    the race's frame: its paths, start, landmarks, layout (from {@link #layout}) and theme
     * @param map     the grid of starts
     * @param basins  where the starts computed so far lead, or null before the first pass
     * @param contour the surface's contours, for their isolines, or null
     * @param racer   the mapped racer's label
     */
    public record BasinFrame(Frame race, BasinMap map, Basins basins, ContourPlot contour, String racer) {
    }

    /**
     * The colour of each attractor: a colour of its own while there are no more attractors than colours; beyond
     * that (Rastrigin's hundred minima), the first colour that no basin bordering its own has taken yet, in the
     * attractors' order, so that neighbouring basins still differ.
     */
    static int[] colors(Basins b) {
        int n = b.attractors().size();
        if (n <= COLORS.length) {
            return java.util.Arrays.copyOf(COLORS, n);
        }
        java.util.BitSet[] next = new java.util.BitSet[n];
        for (int i = 0; i < n; i++) {
            next[i] = new java.util.BitSet(n);
        }
        int columns = b.grid().columns();
        int rows = b.grid().rows();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int here = b.shown(c, r);
                int right = c + 1 < columns ? b.shown(c + 1, r) : -1;
                int up = r + 1 < rows ? b.shown(c, r + 1) : -1;
                for (int other : new int[] {right, up}) {
                    if (here >= 0 && other >= 0 && other != here) {
                        next[here].set(other);
                        next[other].set(here);
                    }
                }
            }
        }
        int[] slot = new int[n];
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            java.util.BitSet taken = new java.util.BitSet(COLORS.length);
            for (int j = next[i].nextSetBit(0); j >= 0 && j < i; j = next[i].nextSetBit(j + 1)) {
                taken.set(slot[j]);
            }
            int free = taken.nextClearBit(0);
            slot[i] = free < COLORS.length ? free : i % COLORS.length;
            out[i] = COLORS[slot[i]];
        }
        return out;
    }

    /**
     * The layout of a basins picture: a race frame's, with the key's lines after the racers and the start in the
     * legend, as many as the key may need, so that the layout stays as the runs come in.
     */
    public static FrameLayout layout(List<String> racerLabels, double width, double height, ViewBox view,
            double font) {
        // In the order they are painted, the start between the racers and the key, since each column of the legend
        // is as wide as its own longest label.
        List<String> labels = new ArrayList<>(racerLabels);
        labels.add(FrameLayout.START_LABEL);
        for (int i = 0; i < KEY_ATTRACTORS + 1 + 3; i++) {
            labels.add(WIDEST);
        }
        return FrameLayout.compute(width, height, view, labels, font, false);
    }

    /** One line of the key: a code (an attractor's index, or one apart) and its words. */
    record KeyEntry(int code, String label) {
    }

    /** The key's lines: the attractors reached, in order, then how many more, then the outcomes apart that occur. */
    static List<KeyEntry> key(Basins b) {
        List<KeyEntry> out = new ArrayList<>();
        int listed = 0;
        int more = 0;
        for (int i = 0; i < b.attractors().size(); i++) {
            if (b.count(i) == 0) {
                continue;
            }
            if (listed == KEY_ATTRACTORS) {
                more++;
                continue;
            }
            // Where it is shows on the plot: a star, a cross, or a ring for end points no landmark marks.
            out.add(new KeyEntry(i, b.attractors().get(i).kind().title() + " " + percent(b.share(i))));
            listed++;
        }
        if (more > 0) {
            out.add(new KeyEntry(Integer.MIN_VALUE, "and " + more + " more"));
        }
        for (int code : Basins.APART) {
            if (b.count(code) > 0) {
                out.add(new KeyEntry(code, Basins.describe(code) + " " + percent(b.share(code))));
            }
        }
        return out;
    }

    /** A share as a whole percentage, "<1%" for a few and ">99%" for all but a few, so no share reads as none. */
    static String percent(double share) {
        long p = Math.round(100 * share);
        return p == 0 && share > 0 ? "<1%" : p == 100 && share < 1 ? ">99%" : p + "%";
    }

    /** Paints the whole picture. */
    public static void paint(Drawing d, BasinFrame f) {
        Frame race = f.race();
        FrameLayout l = race.layout();
        Theme t = race.theme();
        d.setFill(t.background());
        d.fillRect(0, 0, l.width(), l.height());
        d.save();
        d.clip(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        d.setFill(Palette.withAlpha(t.axis(), 0.25));
        d.fillRect(l.plotX(), l.plotY(), l.plotWidth(), l.plotHeight());
        if (f.basins() != null) {
            double[] r = viewRect(l, f.map().view());
            d.drawImage(image(f), r[0], r[1], r[2], r[3]);
        }
        paintIsolines(d, l, f.contour());
        paintEndPoints(d, f);
        d.restore();
        LandmarkPainter.paintLandmarks(d, race);
        FramePainter.paintAxes(d, race);
        paintLegend(d, f);
        FramePainter.paintTrails(d, race, 0);
        FramePainter.paintSwarmHeads(d, race);
        FramePainter.paintStart(d, race);
        for (Track track : race.tracks()) {
            FramePainter.paintHead(d, race, track);
        }
        FramePainter.paintNotes(d, race, FramePainter.notes(d, race));
        d.setFont(TITLE_FONT * l.font(), true);
        d.setFill(t.text());
        d.fillText(title(f), l.plotX(), l.plotY() - 0.7 * l.font(), Align.LEFT, Baseline.BOTTOM);
    }

    /** The title: whose basins, on which surface, after how many steps, from how many starts. */
    public static String title(BasinFrame f) {
        BasinMap m = f.map();
        return "Basins of " + f.racer() + " on " + m.simulation().surface().name() + " · " + m.simulation().steps()
                + " steps from " + m.columns() + " × " + m.rows() + " starts";
    }

    private static double[] viewRect(FrameLayout l, ViewBox v) {
        double x0 = l.toPixelX(v.xMin());
        double y0 = l.toPixelY(v.yMax());
        return new double[] {x0, y0, l.toPixelX(v.xMax()) - x0, l.toPixelY(v.yMin()) - y0};
    }

    /** Each start's cell in the colour of where its run leads, at the plot's pixels. */
    static RasterImage image(BasinFrame f) {
        FrameLayout l = f.race().layout();
        BasinMap m = f.map();
        Basins b = f.basins();
        double[] r = viewRect(l, m.view());
        int w = (int) Math.max(1, Math.min(MAX_IMAGE, Math.round(r[2])));
        int h = (int) Math.max(1, Math.min(MAX_IMAGE, Math.round(r[3])));
        int nx = m.columns();
        int ny = m.rows();
        int[] colors = colors(b);
        int stripe = Apart.stripe(l);
        int ox = (int) Math.round(r[0]);
        int oy = (int) Math.round(r[1]);
        int[] pixels = new int[w * h];
        for (int py = 0; py < h; py++) {
            int row = ny - 1 - Math.min(ny - 1, (int) ((long) py * ny / h));
            for (int px = 0; px < w; px++) {
                int column = Math.min(nx - 1, (int) ((long) px * nx / w));
                pixels[py * w + px] = pixel(b.shown(column, row), colors, ox + px, oy + py, stripe);
            }
        }
        return new RasterImage(pixels, w, h);
    }

    private static int pixel(int code, int[] colors, int px, int py, int stripe) {
        return switch (code) {
            case Basins.DIVERGED -> Apart.hatch(px, py, Apart.DIVERGED, stripe);
            case Basins.ESCAPED -> Apart.hatch(px, py, Apart.ESCAPED, stripe);
            case Basins.NO_START -> Apart.NO_START;
            case Basins.UNFINISHED -> Apart.UNFINISHED;
            default -> colors[code];
        };
    }

    /** The attractors found from the runs alone, which no landmark marks: a ring in the basin's colour. */
    private static void paintEndPoints(Drawing d, BasinFrame f) {
        if (f.basins() == null) {
            return;
        }
        FrameLayout l = f.race().layout();
        double s = l.scale();
        int[] colors = colors(f.basins());
        for (int i = 0; i < f.basins().attractors().size(); i++) {
            Basins.Attractor a = f.basins().attractors().get(i);
            if (a.kind() != Basins.Kind.END_POINTS || f.basins().count(i) == 0) {
                continue;
            }
            double px = l.toPixelX(a.point().x());
            double py = l.toPixelY(a.point().y());
            d.setFill(colors[i]);
            d.fillCircle(px, py, 4.5 * s);
            d.setStroke(0xFF1A1A1A, 1.5 * s);
            d.strokeCircle(px, py, 4.5 * s);
        }
    }

    /** The surface's isolines, dark and faint on the light colours of the basins. */
    private static void paintIsolines(Drawing d, FrameLayout l, ContourPlot c) {
        if (c == null) {
            return;
        }
        d.setStroke(0x40000000, 0.8 * l.scale());
        double[] buffer = new double[0];
        for (double[] segments : c.isolines()) {
            if (buffer.length < segments.length) {
                buffer = new double[segments.length];
            }
            for (int i = 0; i < segments.length; i += 2) {
                buffer[i] = l.toPixelX(segments[i]);
                buffer[i + 1] = l.toPixelY(segments[i + 1]);
            }
            d.strokeSegments(buffer, segments.length);
        }
    }

    /** The race's legend, then the key's lines below its entries, in a box no taller than they need. */
    private static void paintLegend(Drawing d, BasinFrame f) {
        Frame race = f.race();
        FrameLayout l = race.layout();
        FrameLayout.LegendBox box = l.legend();
        if (box.isEmpty()) {
            return;
        }
        List<KeyEntry> key = f.basins() == null ? List.of() : key(f.basins());
        int[] colors = f.basins() == null ? new int[0] : colors(f.basins());
        int used = race.tracks().size() + 1 + key.size();
        FrameLayout.LegendBox fitted = box.columns() == 1 ? new FrameLayout.LegendBox(box.x(), box.y(), box.width(),
                used * box.rowHeight() + 2 * box.padding(), 1, box.rows(), box.columnX(), box.rowHeight(),
                box.font()) : box;
        Frame shrunk = new Frame(race.surfaceName(), race.contour(), new FrameLayout(l.width(), l.height(), l.plotX(),
                l.plotY(), l.plotWidth(), l.plotHeight(), l.box(), l.scale(), l.font(), fitted), race.tracks(),
                race.step(), race.totalSteps(), race.start(), race.theme(), race.extras());
        FramePainter.paintLegend(d, shrunk);
        double s = l.scale();
        double font = box.font();
        double sw = FrameLayout.SWATCH * font;
        double sh = 0.9 * font;
        d.setFont(font, false);
        for (int k = 0; k < key.size(); k++) {
            double[] at = box.entry(race.tracks().size() + 1 + k);
            double sx = at[0];
            double cy = at[1];
            int code = key.get(k).code();
            if (code == Basins.DIVERGED || code == Basins.ESCAPED) {
                Apart.hatchSwatch(d, sx, cy - sh / 2, sw, sh, code == Basins.DIVERGED ? Apart.DIVERGED
                        : Apart.ESCAPED, s);
            } else if (code != Integer.MIN_VALUE) {
                Apart.swatch(d, sx, cy - sh / 2, sw, sh, pixel(code, colors, 0, 0, 1), race.theme().axis(), s);
            }
            d.setFill(race.theme().text());
            d.fillText(key.get(k).label(), sx + sw + 0.5 * font, cy, Align.LEFT, Baseline.MIDDLE);
        }
    }
}
