package descent.surface;

import descent.math.Vec2;

/**
 * A stationary point of a surface worth marking on its plot: a global or local minimum, or a saddle point.
 *
 * @param kind  what kind of stationary point it is
 * @param point where it lies
 * @param value the loss there
 */
public record Landmark(Kind kind, Vec2 point, double value) {

    /** The kinds of landmark. Maxima are left out: they repel every optimizer, so none of the race is about them. */
    public enum Kind {
        /** A point where the loss is as low as it gets anywhere on the plane. */
        GLOBAL_MINIMUM,
        /** A minimum of its neighbourhood that is higher than the global one. */
        LOCAL_MINIMUM,
        /** A stationary point with directions going down as well as up. */
        SADDLE
    }

    /** The landmark of that kind at (x, y), with the surface's loss there. */
    static Landmark at(Surface surface, Kind kind, double x, double y) {
        return new Landmark(kind, new Vec2(x, y), surface.value(x, y));
    }

    public boolean isMinimum() {
        return kind != Kind.SADDLE;
    }
}
