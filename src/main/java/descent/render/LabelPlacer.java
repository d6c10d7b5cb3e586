package descent.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Places text boxes beside the points they name so that no two overlap, none covers an obstacle, and all stay
 * inside a rectangle: each box tries the places around its point, nearest first, and takes the first that is free.
 */
public final class LabelPlacer {

    private LabelPlacer() {
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
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            double[] a = anchors.get(i);
            double w = sizes.get(i)[0];
            double h = sizes.get(i)[1];
            double[] chosen = null;
            double[] first = null;
            for (double[] c : candidates(a[0], a[1], w, h, gap)) {
                double[] box = clamp(new double[] {c[0], c[1], w, h}, bounds);
                if (first == null) {
                    first = box;
                }
                if (free(box, placed) && free(box, obstacles)) {
                    chosen = box;
                    break;
                }
            }
            placed.add(chosen != null ? chosen : first);
        }
        return placed;
    }

    /** Where a box may go, nearest its point first: the four corners beside it, above, below, then farther out. */
    private static List<double[]> candidates(double x, double y, double w, double h, double gap) {
        List<double[]> out = new ArrayList<>();
        for (int ring = 0; ring < 12; ring++) {
            double g = gap + ring * h;
            out.add(new double[] {x + g, y - h - g / 2});
            out.add(new double[] {x + g, y + g / 2});
            out.add(new double[] {x - g - w, y - h - g / 2});
            out.add(new double[] {x - g - w, y + g / 2});
            out.add(new double[] {x - w / 2, y - g - h});
            out.add(new double[] {x - w / 2, y + g});
        }
        return out;
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
}
