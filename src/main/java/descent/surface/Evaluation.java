package descent.surface;

import descent.math.Vec2;

/** The loss f and its exact gradient ∇f at one point, computed together. */
public record Evaluation(double value, Vec2 gradient) {
}
