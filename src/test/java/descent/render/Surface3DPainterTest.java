package descent.render;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.contour.ContourPlot;
import descent.contour.Levels;
import descent.contour.RasterImage;
import descent.math.Vec2;
import descent.scenario.Scenario;
import descent.surface.LevelSpacing;
import descent.surface.SurfaceType;
import descent.surface.Surfaces;
import descent.surface.ViewBox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Surface3DPainterTest {

    private static final ViewBox BOX = new ViewBox(0, 4, 0, 4);

    /** A 4 × 4 grid of cells with a hill in the middle; one level above it all, so each cell is one facet. */
    private static SurfaceMesh hill() {
        double[][] z = new double[5][5];
        for (int j = 0; j <= 4; j++) {
            for (int i = 0; i <= 4; i++) {
                z[j][i] = Math.max(0, 4 - (i - 2) * (i - 2) - (j - 2) * (j - 2));
            }
        }
        return SurfaceMesh.of(z, BOX, Levels.of(LevelSpacing.LINEAR, 100));
    }

    @Test
    void theCellsOfATinyGridArePaintedFromTheFarthestToTheNearestFromAnySide() {
        SurfaceMesh mesh = hill();
        FrameLayout layout = FrameLayout.compute(400, 300, BOX, List.of());
        for (double azimuth : new double[] {0, 90, 135, 180, 300}) {
            Camera camera = new Camera(azimuth, 35, 1);
            Projection3D p = Projection3D.of(layout, camera);
            Facets facets = new Facets();
            new Surface3DPainter(mesh).paint(facets, emptyFrame(layout), camera, ColorMap.VIRIDIS);
            // Which cell each polygon is: its first corner is the cell's corner (i, j) on the relief.
            List<int[]> cells = new ArrayList<>();
            for (double[] corner : facets.firstCorners) {
                for (int j = 0; j < 4; j++) {
                    for (int i = 0; i < 4; i++) {
                        if (Math.abs(corner[0] - p.pixelX(i, j)) < 1e-6
                                && Math.abs(corner[1] - p.pixelY(i, j, mesh.height(i, j))) < 1e-6) {
                            cells.add(new int[] {i, j});
                        }
                    }
                }
            }
            assertThat(cells).as("azimuth %s: every cell once", azimuth).hasSize(16);
            // Along the ground direction the camera looks in: each cell no nearer than the ones after it.
            double previous = Double.POSITIVE_INFINITY;
            for (int[] c : cells) {
                double far = p.forward(p.worldX(c[0] + 0.5), p.worldY(c[1] + 0.5));
                assertThat(far).as("azimuth %s, cell %d,%d", azimuth, c[0], c[1]).isLessThanOrEqualTo(previous + 1e-12);
                previous = far;
            }
        }
    }

    @Test
    void fromTheSouthTheNorthRowComesFirstAndTheSouthRowLast() {
        FrameLayout layout = FrameLayout.compute(400, 300, BOX, List.of());
        Camera camera = new Camera(0, 35, 1);
        Projection3D p = Projection3D.of(layout, camera);
        SurfaceMesh mesh = hill();
        Facets facets = new Facets();
        new Surface3DPainter(mesh).paint(facets, emptyFrame(layout), camera, ColorMap.VIRIDIS);
        List<double[]> corners = facets.firstCorners;
        // The first four are the row j = 3 (y from 3 to 4), the last four the row j = 0, in any order.
        for (int k = 0; k < 4; k++) {
            assertThat(rowOf(p, mesh, corners.get(k))).isEqualTo(3);
            assertThat(rowOf(p, mesh, corners.get(corners.size() - 1 - k))).isEqualTo(0);
        }
    }

    @Test
    void aMeshHasAsManySquareCellsAlongTheLongerSideAsAskedAndEachCellAtLeastOneFacet() {
        SurfaceType wells = Surfaces.byName("wells");
        ViewBox box = new ViewBox(-4, 4, -2, 2);
        for (int cells : new int[] {SurfaceMesh.CELLS, SurfaceMesh.CELLS / 2}) {
            SurfaceMesh mesh = SurfaceMesh.sample(wells.create(), box, Levels.of(LevelSpacing.LINEAR, -1, 0, 1),
                    cells);
            assertThat(mesh.columns()).isEqualTo(cells);
            assertThat(mesh.rows()).isEqualTo(cells / 2);
            assertThat(mesh.facetCount()).isGreaterThanOrEqualTo(mesh.columns() * mesh.rows());
        }
    }

    private static int rowOf(Projection3D p, SurfaceMesh mesh, double[] corner) {
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                if (Math.abs(corner[0] - p.pixelX(i, j)) < 1e-6
                        && Math.abs(corner[1] - p.pixelY(i, j, mesh.height(i, j))) < 1e-6) {
                    return j;
                }
            }
        }
        return -1;
    }

    @Test
    void everyBuiltInSurfacePaintsItsRaceAndLegendWithNothingNonFiniteFromSeveralCameras() {
        for (SurfaceType type : Surfaces.ALL) {
            Scenario s = Scenario.defaults(type.name());
            List<Track> tracks = Tracks.of(s.simulation(), s.simulation().run());
            FrameLayout l = FrameLayout.compute(640, 480, s.view(), FramePainter.legendLabels(tracks));
            ContourPlot c = ContourPlot.compute(s.surface(), l.box(), 40, 30, 2, ColorMap.VIRIDIS, () -> false);
            Frame f = new Frame(s.surfaceName(), c, l, tracks, s.simulation().steps() / 2, s.simulation().steps(),
                    s.simulation().start(), Theme.DARK);
            Surface3DPainter painter = new Surface3DPainter(SurfaceMesh.sample(s.surface(), l.box(), c.levels()));
            for (Camera camera : List.of(Camera.DEFAULT, Camera.TOP, new Camera(200, 0, 1), new Camera(75, 60, 3))) {
                FramePainterTest.Recorder r = new FramePainterTest.Recorder();
                painter.paint(r, f, camera, ColorMap.VIRIDIS);
                assertThat(r.nonFinite).as("%s from %s", type.name(), camera.describe()).isZero();
                assertThat(r.texts).as("%s from %s", type.name(), camera.describe())
                        .contains(FrameLayout.START_LABEL, "Adam");
            }
        }
    }

    private static Frame emptyFrame(FrameLayout layout) {
        return new Frame("hill", null, layout, List.of(), 0, 0, new Vec2(2, 2), Theme.LIGHT);
    }

    @Test
    void whileDraggedTheLinesOnTheSurfaceAreDrawnWithoutAntiAliasingAndAtRestWithIt() {
        double[][] z = new double[5][5];
        for (int j = 0; j <= 4; j++) {
            for (int i = 0; i <= 4; i++) {
                z[j][i] = Math.max(0, 4 - (i - 2) * (i - 2) - (j - 2) * (j - 2));
            }
        }
        // Levels at 1 and 2 ring the hill: contour lines lie on the surface.
        SurfaceMesh mesh = SurfaceMesh.of(z, BOX, Levels.of(LevelSpacing.LINEAR, 1, 2));
        FrameLayout layout = FrameLayout.compute(400, 300, BOX, List.of());
        Facets still = new Facets();
        new Surface3DPainter(mesh).paint(still, emptyFrame(layout), Camera.DEFAULT, ColorMap.VIRIDIS);
        assertThat(still.smoothLines).isPositive();
        assertThat(still.roughLines).isZero();

        Facets moving = new Facets();
        new Surface3DPainter(mesh).paint(moving, emptyFrame(layout), Camera.DEFAULT, ColorMap.VIRIDIS, true);
        assertThat(moving.roughLines).isEqualTo(still.smoothLines);
        // The same facets either way: only the lines' edges change.
        assertThat(moving.firstCorners).hasSameSizeAs(still.firstCorners);
    }

    /** Records the first corner of each polygon filled edge to edge, as the facets are, and counts the lines. */
    private static final class Facets implements Drawing {
        final List<double[]> firstCorners = new ArrayList<>();
        private boolean tiling;
        private boolean smoothStroke = true;
        private final java.util.ArrayDeque<Boolean> saved = new java.util.ArrayDeque<>();
        int smoothLines;
        int roughLines;

        @Override
        public void setSmoothStroke(boolean smooth) {
            smoothStroke = smooth;
        }

        private void line() {
            if (smoothStroke) {
                smoothLines++;
            } else {
                roughLines++;
            }
        }

        @Override
        public void setSmoothFill(boolean smooth) {
            tiling = !smooth;
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n) {
            if (tiling) {
                firstCorners.add(new double[] {xs[0], ys[0]});
            }
        }

        @Override
        public void setStroke(int argb, double width) {
        }

        @Override
        public void setDash(double... dashes) {
        }

        @Override
        public void setDashPhase(double phase) {
        }

        @Override
        public void setFill(int argb) {
        }

        @Override
        public void setFont(double size, boolean bold) {
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2) {
        }

        @Override
        public void strokePolyline(double[] xs, double[] ys, int n) {
        }

        @Override
        public void strokeSegments(double[] xy, int n) {
            line();
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
        }

        @Override
        public void strokeRect(double x, double y, double w, double h) {
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, int n) {
        }

        @Override
        public void fillCircle(double cx, double cy, double r) {
        }

        @Override
        public void strokeCircle(double cx, double cy, double r) {
        }

        @Override
        public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        }

        @Override
        public double textWidth(String text) {
            return 8 * text.length();
        }

        @Override
        public void drawImage(RasterImage image, double x, double y, double w, double h) {
        }

        @Override
        public void clip(double x, double y, double w, double h) {
        }

        @Override
        public void translate(double dx, double dy) {
        }

        @Override
        public void save() {
            saved.push(smoothStroke);
        }

        @Override
        public void restore() {
            smoothStroke = saved.pop();
        }
    }
}
