package descent.explore;

import descent.math.Vec2;
import descent.sim.Arrivals;
import descent.surface.Landmark;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each start of a basin map leads: to which attractor, or whether its run diverged, escaped, never started or
 * had not arrived anywhere by its last step. The attractors are the surface's minima, as its landmarks list them,
 * then the places where runs converged that no listed minimum accounts for (other minima, a saddle point), each
 * one cluster of end points. A run has arrived where it ends within {@link Arrivals#radius} of an attractor, as a
 * swarm's paths are counted at a minimum.
 */
public final class Basins {

    /** The run had not arrived at any attractor by its last step. */
    public static final int UNFINISHED = -1;
    /** The run blew up. */
    public static final int DIVERGED = -2;
    /** The run ran off downhill on a surface with no floor. */
    public static final int ESCAPED = -3;
    /** The start had no finite loss. */
    public static final int NO_START = -4;
    /** The outcomes shown apart, in the order legends list them. */
    public static final List<Integer> APART = List.of(UNFINISHED, DIVERGED, ESCAPED, NO_START);

    /** What an attractor is. */
    public enum Kind {
        GLOBAL_MINIMUM("global minimum"),
        LOCAL_MINIMUM("local minimum"),
        SADDLE("saddle point"),
        /** Runs converged here, and the surface lists no landmark here: found from the runs alone. */
        END_POINTS("end points");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** A point that runs arrive at, with the loss there. */
    public record Attractor(Kind kind, Vec2 point, double loss) {
    }

    private final RunGrid grid;
    private final List<Attractor> attractors;
    /** The code of each computed cell: an attractor's index, or one of the codes apart; 0 where not computed. */
    private final int[] codes;
    private final int[] counts;
    private final int[] apart = new int[APART.size()];
    private final int computed;

    private Basins(RunGrid grid, List<Attractor> attractors, int[] codes, int computed) {
        this.grid = grid;
        this.attractors = List.copyOf(attractors);
        this.codes = codes;
        this.computed = computed;
        this.counts = new int[attractors.size()];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (grid.computed(c, r) != null) {
                    int code = codes[r * grid.columns() + c];
                    if (code >= 0) {
                        counts[code]++;
                    } else {
                        apart[-code - 1]++;
                    }
                }
            }
        }
    }

    /**
     * Sorts the runs of a grid by where they end.
     *
     * @param landmarks the surface's landmarks: its minima are the first attractors, its saddles name clusters
     * @param view      the view the arrival radius is measured on
     */
    public static Basins of(RunGrid grid, List<Landmark> landmarks, ViewBox view) {
        double radius = Arrivals.radius(view);
        List<Attractor> known = new ArrayList<>();
        for (Landmark m : landmarks) {
            if (m.isMinimum()) {
                known.add(new Attractor(m.kind() == Landmark.Kind.GLOBAL_MINIMUM ? Kind.GLOBAL_MINIMUM
                        : Kind.LOCAL_MINIMUM, m.point(), m.value()));
            }
        }
        List<Attractor> found = new ArrayList<>();
        int[] codes = new int[grid.columns() * grid.rows()];
        int computed = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                Finish f = grid.computed(c, r);
                if (f == null) {
                    continue;
                }
                computed++;
                codes[r * grid.columns() + c] = code(f, known, found, landmarks, radius);
            }
        }
        // The clusters from the lowest loss up, as landmarks are listed, whatever order the passes found them in.
        List<Attractor> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble(Attractor::loss).thenComparingDouble(a -> a.point().x())
                .thenComparingDouble(a -> a.point().y()));
        int[] renumber = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            renumber[i] = known.size() + sorted.indexOf(found.get(i));
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= known.size()) {
                codes[i] = renumber[codes[i] - known.size()];
            }
        }
        List<Attractor> all = new ArrayList<>(known);
        all.addAll(sorted);
        return new Basins(grid, all, codes, computed);
    }

    private static int code(Finish f, List<Attractor> known, List<Attractor> found, List<Landmark> landmarks,
            double radius) {
        if (f.outcome().isDiverged()) {
            return DIVERGED;
        }
        if (f.outcome().isEscaped()) {
            return ESCAPED;
        }
        if (f.outcome().isNoStart()) {
            return NO_START;
        }
        Vec2 end = new Vec2(f.x(), f.y());
        int i = nearest(known, end, radius);
        if (i >= 0) {
            return i;
        }
        int j = nearest(found, end, radius);
        if (j >= 0) {
            return known.size() + j;
        }
        if (!f.outcome().isConverged()) {
            return UNFINISHED;
        }
        Attractor a = new Attractor(Kind.END_POINTS, end, f.loss());
        for (Landmark s : landmarks) {
            if (!s.isMinimum() && s.point().minus(end).norm() <= radius) {
                a = new Attractor(Kind.SADDLE, s.point(), s.value());
                break;
            }
        }
        found.add(a);
        return known.size() + found.size() - 1;
    }

    /** The index of the attractor nearest the point within the radius, or −1. */
    private static int nearest(List<Attractor> attractors, Vec2 p, double radius) {
        int best = -1;
        double nearest = radius;
        for (int i = 0; i < attractors.size(); i++) {
            double d = attractors.get(i).point().minus(p).norm();
            if (d <= nearest) {
                nearest = d;
                best = i;
            }
        }
        return best;
    }

    public RunGrid grid() {
        return grid;
    }

    /** The attractors: the surface's minima in its order, then those found from the runs, lowest loss first. */
    public List<Attractor> attractors() {
        return attractors;
    }

    /** Where the run a picture shows for a cell leads: an attractor's index, or a code apart. */
    public int shown(int column, int row) {
        int s = grid.stride();
        return codes[(row - row % s) * grid.columns() + column - column % s];
    }

    /** Where a cell's own run leads, or null while it has not been computed. */
    public Integer computed(int column, int row) {
        return grid.computed(column, row) == null ? null : codes[row * grid.columns() + column];
    }

    /** How many of the runs computed lead to an attractor (index ≥ 0) or end as a code apart. */
    public int count(int code) {
        return code >= 0 ? counts[code] : apart[-code - 1];
    }

    /** The share of the runs computed that lead there, 0 to 1. */
    public double share(int code) {
        return computed == 0 ? 0 : count(code) / (double) computed;
    }

    /** What a code apart means, in a legend's words. */
    public static String describe(int code) {
        return switch (code) {
            case UNFINISHED -> "not arrived";
            case DIVERGED -> "diverged";
            case ESCAPED -> "escaped";
            case NO_START -> "no finite loss";
            default -> throw new IllegalArgumentException("not a code apart: " + code);
        };
    }
}
