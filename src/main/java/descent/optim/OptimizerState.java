package descent.optim;

import descent.math.Vec2;

/** The immutable state of an optimizer between two updates; θ is the point it has reached. */
public interface OptimizerState {

    Vec2 theta();
}
