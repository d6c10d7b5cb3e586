package descent.sim;

import descent.math.Vec2;
import descent.surface.Landmark;
import descent.surface.Surface;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;

/**
 * How a racer stands at a step of the race, in the race table's words: its path's outcome, the steps it has taken,
 * and for a racer with many starts how those paths stand, counted by fate, before its own path's outcome ("41
 * escaped, 19 moving · θ₀: stuck (∇f = 0)").
 *
 * @param outcome the outcome of the racer's own path at the step
 * @param steps   the steps its path has taken by then, the table's k: the step itself while it runs, the step its
 *                outcome names once it has ended
 * @param text    what the table's outcome cell says
 * @param detail  what the cell's tooltip adds: the meaning of the outcome and, for many starts, what each count means
 */
public record Standing(Outcome outcome, long steps, String text, String detail) {

    /** How a racer's path, and the paths from its many starts, stand at step k of a race on this surface and view. */
    public static Standing of(Trajectory path, Surface surface, ViewBox view, long step) {
        Outcome o = path.outcomeAt(step);
        long steps = path.isEmpty() ? 0 : path.stepsTaken(step);
        String main = o.describe();
        if (o.isConverged() && !o.isStuck() && atSaddle(path, surface, view)) {
            main = "converged to a saddle point at " + o.step();
        }
        StringBuilder detail = new StringBuilder((path.swarm().isEmpty() ? "" : "The path from θ₀: ") + o.explain()
                + ".");
        if (path.swarm().isEmpty()) {
            return new Standing(o, steps, main, detail.toString());
        }
        Counts c = count(path.swarm(), surface, view, step);
        detail.append("\nOf its ").append(path.swarm().size()).append(" starts at step ").append(step).append(": ")
                .append(c.text(true)).append(".");
        if (c.atMinimum > 0) {
            detail.append("\nAt a minimum: within ").append(Math.round(Arrivals.RADIUS * 100))
                    .append("% of the view's width of one.");
        }
        // The starts first: they are what the plot shows of such a racer, and the cell may cut the end off.
        String fromStart = o.isStuck() ? "stuck (∇f = 0)" : main;
        return new Standing(o, steps, c.text(false) + " · θ₀: " + fromStart, detail.toString());
    }

    /** Whether the path's end lies at one of the surface's saddle points, where the gradient vanishes too. */
    private static boolean atSaddle(Trajectory path, Surface surface, ViewBox view) {
        Vec2 end = path.point(path.lastStep());
        double radius = Arrivals.RADIUS * Math.max(view.width(), view.height());
        return surface.landmarks().stream().anyMatch(l -> l.kind() == Landmark.Kind.SADDLE
                && end.minus(l.point()).norm() <= radius);
    }

    /** How many paths of a swarm stand each way at step k. */
    static Counts count(List<Trajectory> swarm, Surface surface, ViewBox view, long step) {
        List<Landmark> minima = Arrivals.minima(surface);
        Counts c = new Counts();
        for (Trajectory t : swarm) {
            Outcome o = t.outcomeAt(step);
            if (Arrivals.reached(minima, t, view, step) >= 0) {
                c.atMinimum++;
            } else if (o.isStuck()) {
                c.stuck++;
            } else if (o.isConverged()) {
                c.converged++;
            } else if (o.isEscaped()) {
                c.escaped++;
            } else if (o.isDiverged()) {
                c.diverged++;
            } else if (o.isNoStart()) {
                c.noStart++;
            } else {
                c.moving++;
            }
        }
        return c;
    }

    /** The paths of a swarm counted by how they stand. */
    static final class Counts {
        int atMinimum;
        int converged;
        int stuck;
        int escaped;
        int diverged;
        int moving;
        int noStart;

        /** "41 escaped, 19 moving", in a fixed order so that rows compare; with {@code full} in longer words. */
        String text(boolean full) {
            List<String> parts = new ArrayList<>();
            add(parts, atMinimum, full || atMinimum == 1 ? "at a minimum" : "at minima");
            add(parts, converged, full ? "converged elsewhere (∇f ≈ 0)" : "converged");
            add(parts, stuck, full ? "stuck where ∇f = 0 at their start" : "stuck");
            add(parts, escaped, full ? "escaped downhill out of the view" : "escaped");
            add(parts, diverged, "diverged");
            add(parts, moving, full ? "still moving" : "moving");
            add(parts, noStart, full ? "with no finite loss at their start" : "no start");
            return String.join(", ", parts);
        }

        private static void add(List<String> parts, int n, String words) {
            if (n > 0) {
                parts.add(n + " " + words);
            }
        }
    }
}
