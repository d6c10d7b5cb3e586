package descent.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import descent.contour.ColorMap;
import descent.export.Exporter.Format;
import descent.render.Theme;
import descent.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view-model, with the export run on the calling thread. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private ExportViewModel vm(List<Runnable> queue) {
        Scenario s = Scenario.defaults("wells").with(sim -> sim.withSteps(40));
        return new ExportViewModel(s, ColorMap.VIRIDIS, Theme.LIGHT, 25, dir, queue == null ? Runnable::run
                : queue::add, Runnable::run);
    }

    @Test
    void exportsTheRangeAtTheStepsPerFrameAndSaysWhatItWrote() throws Exception {
        ExportViewModel vm = vm(null);
        vm.widthProperty().set(240);
        vm.heightProperty().set(180);
        vm.stepsPerFrameProperty().set(4);
        vm.firstStepProperty().set(8);
        assertThat(vm.frames()).isEqualTo(9);
        assertThat(vm.start()).isEmpty();
        Path gif = dir.resolve("descent-wells.gif");
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        r.setInput(ImageIO.createImageInputStream(gif.toFile()));
        assertThat(r.getNumImages(true)).isEqualTo(9);
        assertThat(r.getWidth(0)).isEqualTo(240);
        assertThat(vm.statusProperty().get()).startsWith("Wrote");
        assertThat(vm.progressProperty().get()).isEqualTo(1);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(dir.resolve("descent-wells.json")).exists();
    }

    @Test
    void theFileNameFollowsTheFormat() {
        ExportViewModel vm = vm(null);
        vm.formatProperty().set(Format.MP4);
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("descent-wells.mp4");
        vm.formatProperty().set(Format.PNG_SEQUENCE);
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("descent-wells-%04d.png");
        vm.formatProperty().set(Format.SVG);
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("descent-wells.svg");
    }

    @Test
    void refusedSettingsSayWhyAndWriteNothing() throws Exception {
        ExportViewModel vm = vm(null);
        vm.formatProperty().set(Format.MP4);
        vm.widthProperty().set(801);
        assertThat(vm.start()).hasValueSatisfying(m -> assertThat(m).contains("even"));
        assertThat(vm.failedProperty().get()).isTrue();
        vm.widthProperty().set(800);
        vm.fileProperty().set(dir.resolve("missing/x.mp4"));
        assertThat(vm.start()).hasValueSatisfying(m -> assertThat(m).contains("does not exist"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() throws Exception {
        List<Runnable> queue = new ArrayList<>();
        ExportViewModel vm = vm(queue);
        vm.widthProperty().set(200);
        vm.heightProperty().set(150);
        vm.start();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        queue.forEach(Runnable::run);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
