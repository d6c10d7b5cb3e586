package descent.cli;

import descent.contour.ColorMap;
import picocli.CommandLine.Option;

/** How a frame looks, for the window and for exports: the theme and the contour's colour map. */
public final class LookOptions {

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Light (default) or dark.")
    String theme;

    @Option(names = "--colormap", paramLabel = "NAME", defaultValue = "viridis",
            description = "The contour's colour map: viridis (default), cividis or light.")
    String colorMap;

    /** Whether the dark theme was asked for; refuses anything but light and dark. */
    boolean dark() {
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new BadInputException("--theme must be light or dark (got '" + theme + "')");
        }
        return theme.equals("dark");
    }

    /** The colour map asked for; refuses unknown names. */
    ColorMap colorMap() {
        try {
            return ColorMap.byKey(colorMap);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--colormap must be viridis, cividis or light (got '" + colorMap + "')");
        }
    }
}
