package descent.surface;

/** How a surface's contour levels are best spaced: evenly in the loss, or evenly in its logarithm. */
public enum LevelSpacing {
    LINEAR,
    LOGARITHMIC
}
