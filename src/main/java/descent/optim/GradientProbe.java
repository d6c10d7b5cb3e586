package descent.optim;

import descent.math.Vec2;

/**
 * A gradient that remembers where a rule first asked for it and what it answered, so that an explanation says what
 * the rule saw without computing the rule's arithmetic a second time. One probe per update.
 */
final class GradientProbe implements Gradient {

    private final Gradient gradient;
    private Vec2 point;
    private Vec2 value;

    GradientProbe(Gradient gradient) {
        this.gradient = gradient;
    }

    @Override
    public Vec2 at(Vec2 theta) {
        Vec2 g = gradient.at(theta);
        if (point == null) {
            point = theta;
            value = g;
        }
        return g;
    }

    /** Where the gradient was taken. */
    Vec2 point() {
        return point;
    }

    /** The gradient the rule got. */
    Vec2 value() {
        return value;
    }
}
