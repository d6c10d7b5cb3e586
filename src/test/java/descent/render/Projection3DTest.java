package descent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import descent.surface.ViewBox;
import java.util.List;
import org.junit.jupiter.api.Test;

class Projection3DTest {

    private static final FrameLayout LAYOUT = FrameLayout.compute(800, 600, new ViewBox(-3, 3, -2, 2),
            List.of("SGD"));

    @Test
    void fromAboveAtAzimuthZeroEachPointLandsWhereThePlotPutsItWhateverItsHeight() {
        Projection3D p = Projection3D.of(LAYOUT, Camera.TOP);
        for (double[] xy : new double[][] {{0, 0}, {-3, -2}, {3, 2}, {1.5, -0.5}}) {
            for (double h : new double[] {0, 0.5, 1}) {
                assertThat(p.pixelX(xy[0], xy[1])).isCloseTo(LAYOUT.toPixelX(xy[0]), within(1e-9));
                assertThat(p.pixelY(xy[0], xy[1], h)).isCloseTo(LAYOUT.toPixelY(xy[1]), within(1e-9));
            }
        }
    }

    @Test
    void fromTheEastAboveTheYAxisPointsRightAndTheXAxisDownTowardsTheCamera() {
        Projection3D p = Projection3D.of(LAYOUT, new Camera(90, 90, 1));
        double x0 = p.pixelX(0, 0);
        double y0 = p.pixelY(0, 0, 0);
        // The camera stands in the east looking west: +y (north) is on its right, +x (east) comes towards it, down the
        // screen, by the same scale.
        assertThat(p.pixelX(0, 1) - x0).isPositive();
        assertThat(p.pixelY(0, 1, 0)).isCloseTo(y0, within(1e-9));
        assertThat(p.pixelY(1, 0, 0) - y0).isCloseTo(p.pixelX(0, 1) - x0, within(1e-9));
        assertThat(p.pixelX(1, 0)).isCloseTo(x0, within(1e-9));
    }

    @Test
    void atAzimuthZeroXRunsAlongTheRowsAndTheFarSideAndTheHeightsRiseUpTheScreen() {
        Projection3D p = Projection3D.of(LAYOUT, new Camera(0, 30, 1));
        double s = p.scale() / 6; // the box's longer side, 6 long, is one world unit
        // x moves along the row only, at the plot's scale times the zoom that fits the turned box.
        assertThat(p.pixelX(1, 0) - p.pixelX(0, 0)).isCloseTo(s, within(1e-9));
        assertThat(p.pixelY(1, 0, 0.3)).isCloseTo(p.pixelY(0, 0, 0.3), within(1e-9));
        // One unit north (farther) goes up by sin 30° of it; the whole relief (h from 0 to 1) by cos 30° of its height.
        assertThat(p.pixelY(0, 1, 0) - p.pixelY(0, 0, 0)).isCloseTo(-s * 0.5, within(1e-9));
        assertThat(p.pixelY(0, 0, 1) - p.pixelY(0, 0, 0))
                .isCloseTo(-p.scale() * Projection3D.RELIEF * Math.cos(Math.toRadians(30)), within(1e-9));
        // Farther north is farther from the camera; higher is nearer.
        assertThat(p.depth(0, 0.1, 0)).isLessThan(p.depth(0, 0, 0));
        assertThat(p.depth(0, 0, 0.1)).isGreaterThan(p.depth(0, 0, 0));
    }

    @Test
    void fromTheHorizonOnlyTheHeightMovesAPointUpOrDown() {
        Projection3D p = Projection3D.of(LAYOUT, new Camera(0, 0, 1));
        assertThat(p.pixelY(2, 1.5, 0.4)).isCloseTo(p.pixelY(-1, -2, 0.4), within(1e-9));
        assertThat(p.pixelY(0, 0, 1)).isLessThan(p.pixelY(0, 0, 0));
    }

    @Test
    void turningTheCameraHalfRoundMirrorsThePlaneAboutTheCentre() {
        Projection3D a = Projection3D.of(LAYOUT, new Camera(0, 40, 1));
        Projection3D b = Projection3D.of(LAYOUT, new Camera(180, 40, 1));
        double cx = a.pixelX(0, 0);
        double cy = a.pixelY(0, 0, 0.5);
        assertThat(b.pixelX(2, 1) - cx).isCloseTo(-(a.pixelX(2, 1) - cx), within(1e-9));
        assertThat(b.pixelY(2, 1, 0.5) - cy).isCloseTo(-(a.pixelY(2, 1, 0.5) - cy), within(1e-9));
    }

    @Test
    void zoomScalesAboutTheSameCentre() {
        Projection3D one = Projection3D.of(LAYOUT, new Camera(30, 35, 1));
        Projection3D two = Projection3D.of(LAYOUT, new Camera(30, 35, 2));
        assertThat(two.scale()).isCloseTo(2 * one.scale(), within(1e-9));
        assertThat(two.pixelX(0, 0)).isCloseTo(one.pixelX(0, 0), within(1e-9));
    }

    @Test
    void aCameraWrapsItsAzimuthAndRefusesAnElevationOutsideZeroToNinety() {
        assertThat(new Camera(-30, 35, 1).azimuth()).isEqualTo(330);
        assertThat(new Camera(720, 35, 1).azimuth()).isEqualTo(0);
        assertThat(new Camera(30, 35, 1).turned(0, 80).elevation()).isEqualTo(90);
        assertThat(new Camera(30, 35, 1).zoomed(100).zoom()).isEqualTo(Camera.MAX_ZOOM);
        assertThat(new Camera(12.5, 35, 1).describe()).isEqualTo("12.5,35");
        assertThatThrownBy(() -> new Camera(0, 91, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Camera(Double.NaN, 30, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
