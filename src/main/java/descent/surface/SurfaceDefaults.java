package descent.surface;

import descent.math.Vec2;

/** What a surface suggests before the user chooses: the view, the start, the learning rate and the level spacing. */
public record SurfaceDefaults(ViewBox view, Vec2 start, double learningRate, LevelSpacing spacing) {
}
