package descent.export;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.explore.BasinMap;
import descent.explore.Basins;
import descent.explore.Finish;
import descent.explore.HyperparameterMap;
import descent.explore.Measure;
import descent.explore.RunGrid;
import descent.export.Exporter.Format;
import descent.math.Numbers;
import descent.math.Vec2;
import descent.render.BasinPainter;
import descent.render.BasinPainter.BasinFrame;
import descent.render.Drawing;
import descent.render.Extras;
import descent.render.Frame;
import descent.render.FrameLayout;
import descent.render.FramePainter;
import descent.render.Java2DDrawing;
import descent.render.MapPainter;
import descent.render.MapPainter.MapFrame;
import descent.render.Theme;
import descent.render.Track;
import descent.render.Tracks;
import descent.scenario.Scenario;
import descent.sim.Outcome;
import descent.sim.Racer;
import descent.sim.Simulation;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Writes a hyperparameter map or the basins of attraction as a PNG or an SVG, drawn by the window's painters, or as
 * a CSV of every run; each file whole or not at all.
 */
public final class ExploreExport {

    /** The header of a basins CSV, without its line break. */
    public static final String BASINS_HEADER = "x0,y0,outcome,step,x,y,loss,basin,basin_x,basin_y";

    private ExploreExport() {
    }

    /**
     * The format an output's name asks for, if a map or basins can be written so: PNG, SVG or CSV.
     *
     * @throws IllegalArgumentException saying what the name should be
     */
    public static Format format(Path out) {
        Format f;
        try {
            f = Format.of(out);
        } catch (IllegalArgumentException e) {
            f = null;
        }
        if (f != Format.PNG && f != Format.SVG && f != Format.CSV) {
            throw new IllegalArgumentException("the file name must end in .png, .svg or .csv");
        }
        return f;
    }

    /** The header of a map CSV: the two hyperparameters' keys, then how each run ended. */
    public static String mapHeader(HyperparameterMap map) {
        return map.x().parameter().key() + "," + map.y().parameter().key() + ",outcome,step,x,y,loss,gap";
    }

    /** Writes a map: its picture, or with CSV one row per cell, in rows from the y axis's first value. */
    public static void writeMap(MapFrame frame, Path out, Format format) throws IOException {
        switch (format) {
            case CSV -> AtomicFile.write(out, stream -> writeMapCsv(frame, writer(stream)));
            case PNG -> AtomicFile.write(out, stream -> Png.write(image(frame.layout(),
                    d -> MapPainter.paint(d, frame)), stream));
            case SVG -> {
                descent.export.SvgDrawing svg = new SvgDrawing(frame.layout().width(), frame.layout().height());
                MapPainter.paint(svg, frame);
                AtomicFile.write(out, stream -> stream.write(svg.toSvg().getBytes(StandardCharsets.UTF_8)));
            }
            default -> throw new IllegalArgumentException("a map is written as PNG, SVG or CSV, not " + format);
        }
    }

    /** Writes the basins: their picture, or with CSV one row per start, in rows from the bottom of the view. */
    public static void writeBasins(BasinFrame frame, Path out, Format format) throws IOException {
        FrameLayout l = frame.race().layout();
        switch (format) {
            case CSV -> AtomicFile.write(out, stream -> writeBasinsCsv(frame.map(), frame.basins(), writer(stream)));
            case PNG -> AtomicFile.write(out, stream -> Png.write(image(l, d -> BasinPainter.paint(d, frame)),
                    stream));
            case SVG -> {
                SvgDrawing svg = new SvgDrawing(l.width(), l.height());
                BasinPainter.paint(svg, frame);
                AtomicFile.write(out, stream -> stream.write(svg.toSvg().getBytes(StandardCharsets.UTF_8)));
            }
            default -> throw new IllegalArgumentException("basins are written as PNG, SVG or CSV, not " + format);
        }
    }

    private static Writer writer(java.io.OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private static BufferedImage image(FrameLayout l, Consumer<Drawing> paint) {
        BufferedImage img = new BufferedImage((int) Math.round(l.width()), (int) Math.round(l.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        paint.accept(new Java2DDrawing(g));
        g.dispose();
        return img;
    }

    /** One row per cell: the two values, the outcome and the step it came at, the last point and loss, the gap. */
    static void writeMapCsv(MapFrame frame, Writer w) throws IOException {
        HyperparameterMap map = frame.map();
        RunGrid grid = frame.grid();
        w.write(mapHeader(map));
        w.write('\n');
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Finish f = grid.computed(column, row);
                w.write(Numbers.shortest(map.x().value(column)));
                w.write(',');
                w.write(Numbers.shortest(map.y().value(row)));
                w.write(',');
                writeFinish(f, w);
                w.write(',');
                w.write(Numbers.shortest(Measure.LOSS_GAP.of(f, frame.floor())));
                w.write('\n');
            }
        }
        w.flush();
    }

    /** One row per start: where it is, how its run ended, and where that leads. */
    static void writeBasinsCsv(BasinMap map, Basins basins, Writer w) throws IOException {
        RunGrid grid = basins.grid();
        w.write(BASINS_HEADER);
        w.write('\n');
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Vec2 start = map.start(column, row);
                w.write(Numbers.shortest(start.x()));
                w.write(',');
                w.write(Numbers.shortest(start.y()));
                w.write(',');
                writeFinish(grid.computed(column, row), w);
                w.write(',');
                int code = basins.computed(column, row);
                if (code >= 0) {
                    Basins.Attractor a = basins.attractors().get(code);
                    w.write(a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    w.write(',');
                    w.write(Numbers.shortest(a.point().x()));
                    w.write(',');
                    w.write(Numbers.shortest(a.point().y()));
                } else {
                    w.write(apartName(code));
                    w.write(",nan,nan");
                }
                w.write('\n');
            }
        }
        w.flush();
    }

    private static String apartName(int code) {
        return switch (code) {
            case Basins.UNFINISHED -> "unfinished";
            case Basins.DIVERGED -> "diverged";
            case Basins.ESCAPED -> "escaped";
            default -> "no-start";
        };
    }

    private static void writeFinish(Finish f, Writer w) throws IOException {
        Outcome o = f.outcome();
        w.write(o.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        w.write(',');
        w.write(Long.toString(o.step()));
        w.write(',');
        w.write(Numbers.shortest(f.x()));
        w.write(',');
        w.write(Numbers.shortest(f.y()));
        w.write(',');
        w.write(Numbers.shortest(f.loss()));
    }

    /**
     * The basins of one racer of a scenario as a picture of a size shows them: the race's paths, and a grid of
     * {@code columns} starts across the plot, computed on every core.
     *
     * @param cancelled polled while the contour and the runs are computed
     */
    public static BasinFrame basins(Scenario scenario, Racer racer, int columns, int width, int height,
            ColorMap colorMap, Theme theme, BooleanSupplier cancelled) {
        Simulation sim = scenario.simulation();
        List<Track> tracks = Tracks.of(sim, sim.run());
        FrameLayout layout = BasinPainter.layout(FramePainter.legendLabels(tracks), width, height, scenario.view(),
                FrameLayout.fontFor(width, height));
        BasinMap map = BasinMap.of(sim, racer, layout.box(), columns);
        RunGrid grid = map.compute(cancelled, g -> { });
        Basins basins = Basins.of(grid, sim.surface().landmarks(), layout.box());
        ContourPlot contour = ContourPlot.compute(sim.surface(), layout.box(), layout.imageWidth(),
                layout.imageHeight(), ContourPlot.FINE_STEP, colorMap, cancelled);
        Frame race = new Frame(scenario.surfaceName(), null, layout, tracks, sim.steps(), sim.steps(), sim.start(),
                theme, new Extras(sim.surface().landmarks(), List.of(), null));
        return new BasinFrame(race, map, basins, contour, Tracks.labels(sim.racers())
                .getOrDefault(racer, Tracks.label(racer)));
    }
}
