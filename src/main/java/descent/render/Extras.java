package descent.render;

import descent.surface.Landmark;
import descent.surface.Surface;
import java.util.List;

/**
 * What a frame may show besides the race: the surface's minima and saddle points, the paths as they were before the
 * last change (faint, so that a student sees what a slider did), and a field of −∇f arrows.
 *
 * @param landmarks the minima (★) and saddle points (×) to mark
 * @param ghosts    the paths before the last change, drawn faint and thin
 * @param field     the surface whose −∇f arrows to draw, or null for none
 */
public record Extras(List<Landmark> landmarks, List<Track> ghosts, Surface field) {

    /** Nothing besides the race. */
    public static final Extras NONE = new Extras(List.of(), List.of(), null);

    public Extras {
        landmarks = List.copyOf(landmarks);
        ghosts = List.copyOf(ghosts);
    }
}
