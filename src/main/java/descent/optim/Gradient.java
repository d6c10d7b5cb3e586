package descent.optim;

import descent.math.Vec2;

/** The gradient an optimizer sees at a point: exact, noisy or from a mini-batch, as the simulation decides. */
@FunctionalInterface
public interface Gradient {

    Vec2 at(Vec2 theta);
}
