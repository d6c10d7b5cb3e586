package descent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Places text boxes beside the points they name so that no two overlap, none covers an obstacle, and all stay
 * inside a rectangle: each box tries the places around its point, in rings farther and farther out, and takes the
 * one that costs least, where a ring farther out, each cell of a crowded area it covers (such as the paths) and lying
 * nearer another label's point than its own all cost. A box that had to move beyond the first ring is said to need a
 * leader line to its point.
 */
public final class LabelPlacer {

    /** How many rings of places around its point a box tries. */
    private static final int RINGS = 12;
    /** What each ring farther out costs. */
    private static final double RING_COST = 1;
    /** What each crowded cell a box covers costs: covering two or three is worth moving a ring out. */
    private static final double CROWD_COST = 0.45;
    /** What lying nearer another label's point than its own costs: a reader would pair them wrongly. */
    private static final double WRONG_POINT_COST = 4;

    private LabelPlacer() {
    }

    /** A placed box (x, y, width, height) and whether it was moved far enough from its point to need a leader. */
    public record Placement(double[] box, boolean leader) {
    }

    /**
     * The boxes (x, y, width, height), one per label in order.
     *
     * @param anchors   the point each label names, (x, y)
     * @param sizes     each label's (width, height)
     * @param bounds    the rectangle (x, y, width, height) every box stays in
     * @param gap       the distance between a point and its label
     * @param obstacles boxes no label may cover, such as the markers at the anchors
     */
    public static List<double[]> place(List<double[]> anchors, List<double[]> sizes, double[] bounds, double gap,
            List<double[]> obstacles) {
        List<double[]> points = anchors.stream().map(a -> new double[] {a[0], a[1], 0, 0}).toList();
        return placeAround(points, sizes, bounds, gap, obstacles, Crowd.NONE).stream().map(Placement::box).toList();
    }

    /**
     * The placements, one per label in order, each beside the box it names, also avoiding where the crowd is dense.
     *
     * @param anchors the box (x, y, width, height) each label names: a point, or the span of the points it names
     * @param crowd   what each cell of the plot holds already, such as paths, which a label should not hide
     */
    public static List<Placement> placeAround(List<double[]> anchors, List<double[]> sizes, double[] bounds,
            double gap, List<double[]> obstacles, Crowd crowd) {
        List<double[]> placed = new ArrayList<>();
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            double[] a = anchors.get(i);
            double w = sizes.get(i)[0];
            double h = sizes.get(i)[1];
            double[] best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            int bestRing = 0;
            double[] first = null;
            List<double[]> candidates = candidates(a, w, h, gap);
            for (int c = 0; c < candidates.size(); c++) {
                int ring = c / PER_RING;
                if (ring * RING_COST >= bestCost) {
                    break;
                }
                double[] box = clamp(new double[] {candidates.get(c)[0], candidates.get(c)[1], w, h}, bounds);
                if (first == null) {
                    first = box;
                }
                if (!free(box, placed) || !free(box, obstacles)) {
                    continue;
                }
                double cost = ring * RING_COST + 0.01 * (c % PER_RING) + CROWD_COST * crowd.cells(box)
                        + (nearerAnother(box, i, anchors) ? WRONG_POINT_COST : 0);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = box;
                    bestRing = ring;
                }
            }
            double[] chosen = best != null ? best : first;
            placed.add(chosen);
            out.add(new Placement(chosen, best == null || bestRing > 0 || gap(chosen, a) > 2 * gap + h));
        }
        return out;
    }

    private static final int PER_RING = 6;

    /**
     * Where a box may go around the box it names (a point when that has no size), nearest first: the four corners
     * beside it, above, below, then farther out.
     */
    private static List<double[]> candidates(double[] a, double w, double h, double gap) {
        List<double[]> out = new ArrayList<>();
        double x0 = a[0];
        double y0 = a[1];
        double x1 = a[0] + a[2];
        double y1 = a[1] + a[3];
        double cx = a[0] + a[2] / 2;
        for (int ring = 0; ring < RINGS; ring++) {
            double g = gap + ring * h;
            out.add(new double[] {x1 + g, y0 - h - g / 2});
            out.add(new double[] {x1 + g, y1 + g / 2});
            out.add(new double[] {x0 - g - w, y0 - h - g / 2});
            out.add(new double[] {x0 - g - w, y1 + g / 2});
            out.add(new double[] {cx - w / 2, y0 - g - h});
            out.add(new double[] {cx - w / 2, y1 + g});
        }
        return out;
    }

    /**
     * Whether a box lies nearer some other label's anchor than its own, by its nearest edge or by its middle: a short
     * label whose edge is nearer its own point still reads as another's when its text sits over that other point.
     */
    private static boolean nearerAnother(double[] box, int own, List<double[]> anchors) {
        double mine = gap(box, anchors.get(own));
        double[] middle = {box[0] + box[2] / 2, box[1] + box[3] / 2, 0, 0};
        double mineFromMiddle = gap(middle, anchors.get(own));
        for (int j = 0; j < anchors.size(); j++) {
            if (j != own && (gap(box, anchors.get(j)) < mine || gap(middle, anchors.get(j)) < mineFromMiddle)) {
                return true;
            }
        }
        return false;
    }

    /** The distance between two boxes (x, y, width, height), 0 when they touch or overlap. */
    static double gap(double[] a, double[] b) {
        double dx = Math.max(0, Math.max(a[0] - b[0] - b[2], b[0] - a[0] - a[2]));
        double dy = Math.max(0, Math.max(a[1] - b[1] - b[3], b[1] - a[1] - a[3]));
        return Math.hypot(dx, dy);
    }

    /** The distance from a point to the nearest point of a box, 0 inside it. */
    public static double distance(double[] box, double[] p) {
        double dx = Math.max(0, Math.max(box[0] - p[0], p[0] - box[0] - box[2]));
        double dy = Math.max(0, Math.max(box[1] - p[1], p[1] - box[1] - box[3]));
        return Math.hypot(dx, dy);
    }

    /** The point of a box nearest to p: where a leader line from p meets the box. */
    public static double[] nearestPoint(double[] box, double[] p) {
        return new double[] {Math.max(box[0], Math.min(p[0], box[0] + box[2])),
            Math.max(box[1], Math.min(p[1], box[1] + box[3]))};
    }

    /** The box moved, not shrunk, into the bounds; a box larger than the bounds keeps its top left corner inside. */
    static double[] clamp(double[] box, double[] bounds) {
        double x = Math.max(bounds[0], Math.min(box[0], bounds[0] + bounds[2] - box[2]));
        double y = Math.max(bounds[1], Math.min(box[1], bounds[1] + bounds[3] - box[3]));
        return new double[] {x, y, box[2], box[3]};
    }

    private static boolean free(double[] box, List<double[]> others) {
        for (double[] o : others) {
            if (overlap(box, o)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two boxes (x, y, width, height) share any area. */
    public static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /**
     * Which cells of a rectangle hold something a label should not hide, such as a path: a grid of square cells,
     * each marked when a point or a segment passes through it.
     */
    public static final class Crowd {

        /** A crowd with nothing in it. */
        public static final Crowd NONE = new Crowd(new double[] {0, 0, 0, 0}, 1);

        private final double x0;
        private final double y0;
        private final double cell;
        private final int columns;
        private final int rows;
        private final boolean[] marked;

        /**
         * @param area the rectangle (x, y, width, height) the grid covers; nothing outside it counts
         * @param cell the side of a cell
         */
        public Crowd(double[] area, double cell) {
            this.x0 = area[0];
            this.y0 = area[1];
            this.cell = cell;
            this.columns = Math.max(0, (int) Math.ceil(area[2] / cell));
            this.rows = Math.max(0, (int) Math.ceil(area[3] / cell));
            this.marked = new boolean[columns * rows];
        }

        /** Marks the cells a segment passes through, sampled every half cell. */
        public void addSegment(double ax, double ay, double bx, double by) {
            double length = Math.hypot(bx - ax, by - ay);
            int n = (int) Math.min(1 << 12, Math.ceil(2 * length / cell));
            for (int i = 0; i <= n; i++) {
                double t = n == 0 ? 0 : (double) i / n;
                addPoint(ax + t * (bx - ax), ay + t * (by - ay));
            }
        }

        /** Marks the cell a point lies in. */
        public void addPoint(double x, double y) {
            int c = (int) Math.floor((x - x0) / cell);
            int r = (int) Math.floor((y - y0) / cell);
            if (c >= 0 && c < columns && r >= 0 && r < rows) {
                marked[r * columns + c] = true;
            }
        }

        /** How many marked cells a box (x, y, width, height) touches. */
        public int cells(double[] box) {
            if (marked.length == 0) {
                return 0;
            }
            int c0 = Math.max(0, (int) Math.floor((box[0] - x0) / cell));
            int c1 = Math.min(columns - 1, (int) Math.floor((box[0] + box[2] - x0) / cell));
            int r0 = Math.max(0, (int) Math.floor((box[1] - y0) / cell));
            int r1 = Math.min(rows - 1, (int) Math.floor((box[1] + box[3] - y0) / cell));
            int n = 0;
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    if (marked[r * columns + c]) {
                        n++;
                    }
                }
            }
            return n;
        }
    }
}
