package descent.render;

import descent.contour.ContourPlot;
import descent.math.Vec2;
import java.util.List;

/**
 * Everything one frame shows: the surface's contour plot, the trajectories up to a step, the start, and how it is
 * laid out and coloured. The same frame drawn on the screen and into a file looks the same.
 *
 * @param surfaceName the name in the title
 * @param contour     the contour plot, or null while it is being computed; it may be for a slightly different
 *                    view (during a pan or zoom) and is then drawn where its own view falls
 * @param tracks      the visible optimizers' trajectories, in legend order
 * @param step        the step shown: each trajectory is drawn up to it, or to its end if it ended earlier
 * @param totalSteps  the last step of the run, for the title
 * @param extras      landmarks, the paths before the last change, the −∇f field
 */
public record Frame(String surfaceName, ContourPlot contour, FrameLayout layout, List<Track> tracks, long step,
        long totalSteps, Vec2 start, Theme theme, Extras extras) {

    public Frame {
        tracks = List.copyOf(tracks);
    }

    /** A frame of the race alone. */
    public Frame(String surfaceName, ContourPlot contour, FrameLayout layout, List<Track> tracks, long step,
            long totalSteps, Vec2 start, Theme theme) {
        this(surfaceName, contour, layout, tracks, step, totalSteps, start, theme, Extras.NONE);
    }
}
