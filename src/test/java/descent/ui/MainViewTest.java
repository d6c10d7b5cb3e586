package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import descent.app.DescentApp;
import descent.math.Vec2;
import descent.optim.Adam;
import descent.optim.Hyperparameter;
import descent.optim.Momentum;
import descent.optim.Rule;
import descent.optim.Rules;
import descent.optim.Sgd;
import descent.render.FrameLayout;
import descent.render.Palette;
import descent.scenario.Scenario;
import descent.sim.Trajectory;
import descent.ui.race.RacerRow;
import descent.ui.util.FxDrawing;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user sees after clicking, typing and dragging in the main window (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The app's own theme, so that what is tested is what users see.
        DescentApp.applyTheme(false);
        // Everything runs on the FX thread: results are there as soon as a command returns.
        vm = new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run);
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        // TestFX hands every test the same stage: a size one test gave it must not carry over.
        stage.sizeToScene();
        stage.show();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.plot().paintIfNeeded());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int[] pixels(FxRobot robot, String id) {
        javafx.scene.Node c = robot.lookup(id).query();
        int[][] out = new int[1][];
        robot.interact(() -> {
            WritableImage img = c.snapshot(null, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
        });
        return out[0];
    }

    private static long count(int[] pixels, int argb) {
        long n = 0;
        for (int p : pixels) {
            if ((p & 0xFFFFFF) == (argb & 0xFFFFFF)) {
                n++;
            }
        }
        return n;
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private Trajectory trajectory(Rule o) {
        return vm.race().trajectories().stream().filter(t -> t.racer().rule() == o).findFirst().orElseThrow();
    }

    @Test
    void movingTheLearningRateSliderBendsEveryPath(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(150));
        settle(robot);
        java.util.List<Trajectory> before = vm.race().trajectoriesProperty().get();
        int[] overlayBefore = pixels(robot, "#plot");
        Slider slider = robot.lookup("#eps-slider").queryAs(Slider.class);
        double start = slider.getValue();
        robot.drag(robot.from(slider).lookup(".thumb").queryAs(javafx.scene.Node.class),
                javafx.scene.input.MouseButton.PRIMARY).dropBy(-60, 0);
        settle(robot);
        assertThat(slider.getValue()).isLessThan(start);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isLessThan(0.05);
        for (Trajectory old : before) {
            Trajectory now = trajectory(old.racer().rule());
            assertThat(now.point(now.clampStep(150))).as("%s", old.racer().rule())
                    .isNotEqualTo(old.point(old.clampStep(150)));
        }
        assertThat(differing(overlayBefore, pixels(robot, "#plot"))).isGreaterThan(500);
    }

    @Test
    void typingAValueMovesTheSliderAndTheModel(FxRobot robot) {
        Slider slider = robot.lookup("#eps-slider").queryAs(Slider.class);
        double before = slider.getValue();
        robot.doubleClickOn("#eps-field").eraseText(8).write("0.02").type(KeyCode.ENTER);
        settle(robot);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isEqualTo(0.02);
        assertThat(slider.getValue()).isLessThan(before);
        assertThat(robot.lookup("#eps-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBadValueIsRefusedWithAMessageAndChangesNothing(FxRobot robot) {
        Scenario before = vm.scenario();
        robot.doubleClickOn("#rho-field").eraseText(8).write("1.5").type(KeyCode.ENTER);
        settle(robot);
        Label error = robot.lookup("#rho-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("ρ must be").contains("< 1");
        assertThat(vm.scenario()).isSameAs(before);

        robot.doubleClickOn("#rho-field").eraseText(8).write("abc").type(KeyCode.ENTER);
        settle(robot);
        assertThat(error.getText()).contains("not a number");
        assertThat(vm.scenario()).isSameAs(before);
    }

    @Test
    void clickingThePlotMovesTheStartThere(FxRobot robot) {
        settle(robot);
        FrameLayout l = vm.viewport().layoutProperty().get();
        javafx.scene.Node overlay = robot.lookup("#plot").query();
        double px = l.toPixelX(1.0);
        double py = l.toPixelY(-1.5);
        javafx.geometry.Point2D screen = overlay.localToScreen(px, py);
        robot.clickOn(screen.getX(), screen.getY());
        settle(robot);
        Vec2 start = vm.scenario().simulation().start();
        double pixel = l.box().width() / l.plotWidth();
        assertThat(Math.abs(start.x() - 1.0)).isLessThan(2 * pixel);
        assertThat(Math.abs(start.y() + 1.5)).isLessThan(2 * pixel);
        assertThat(trajectory(Adam.RULE).point(0)).isEqualTo(start);
    }

    @Test
    void aStartWithNoFiniteLossIsDrawnAsAStartWithNoTrails(FxRobot robot) {
        // ½(x² + κy²) overflows at (1e300, 1e300): every trajectory is empty, and the window must still draw.
        robot.interact(() -> {
            vm.race().setSurface("quadratic");
            vm.race().setStart(new Vec2(1e300, 1e300));
            vm.playback().setStep(50);
        });
        settle(robot);
        assertThat(vm.frame().tracks()).isNotEmpty().allMatch(t -> t.trajectory().isEmpty());
        assertThat(descent.render.FramePainter.notes(FxDrawing.measuring(), vm.frame()))
                .extracting(descent.render.FramePainter.Note::text)
                .containsExactly("all " + vm.frame().tracks().size() + " racers: no finite loss at θ₀");
    }

    @Test
    void hidingAnOptimizerRemovesItFromThePlotAndTheLegend(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(100));
        settle(robot);
        int orange = Palette.color(Rules.home(Sgd.RULE));
        assertThat(count(pixels(robot, "#plot"), orange)).isGreaterThan(50);
        TableView<?> table = robot.lookup("#race-table").queryAs(TableView.class);
        robot.clickOn(robot.from(table).lookup(".check-box").nth(0).queryAs(javafx.scene.Node.class));
        settle(robot);
        assertThat(vm.scenario().simulation().shownRacers()).noneMatch(r -> r.rule() == Sgd.RULE);
        assertThat(vm.frame().tracks()).noneMatch(t -> t.trajectory().racer().rule() == Sgd.RULE).hasSize(7);
        assertThat(count(pixels(robot, "#plot"), orange)).isZero();
    }

    @Test
    void playPauseStepAndTheScrubberMoveTheStepCounter(FxRobot robot) {
        Label counter = robot.lookup("#step-counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("step 0 / 200");
        robot.clickOn("#step-button");
        assertThat(counter.getText()).isEqualTo("step 1 / 200");
        robot.clickOn("#step-button");
        robot.clickOn("#step-back-button");
        assertThat(counter.getText()).isEqualTo("step 1 / 200");

        robot.interact(() -> vm.playback().speedProperty().set(60));
        robot.clickOn("#play-button");
        robot.sleep(400);
        assertThat(vm.playback().playingProperty().get()).isTrue();
        robot.clickOn("#play-button");
        WaitForAsyncUtils.waitForFxEvents();
        int paused = vm.playback().step();
        assertThat(paused).isGreaterThan(1);
        robot.sleep(200);
        assertThat(vm.playback().step()).isEqualTo(paused);
        assertThat(counter.getText()).isEqualTo("step " + paused + " / 200");

        robot.clickOn("#reset-button");
        assertThat(counter.getText()).isEqualTo("step 0 / 200");
        Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
        robot.drag(robot.from(scrubber).lookup(".thumb").queryAs(javafx.scene.Node.class),
                javafx.scene.input.MouseButton.PRIMARY).dropBy(120, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.playback().step()).isGreaterThan(10);
        assertThat(counter.getText()).isEqualTo("step " + vm.playback().step() + " / 200");

        robot.type(KeyCode.R);
        assertThat(vm.playback().step()).isZero();
        robot.type(KeyCode.RIGHT);
        assertThat(vm.playback().step()).isEqualTo(1);
    }

    /** Lets the window draw two frames, so that what it shows has caught up with what was done. */
    private static void nextFrames(FxRobot robot) {
        int[] frames = {0};
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++;
            }
        };
        robot.interact(timer::start);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> frames[0] >= 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        robot.interact(timer::stop);
    }

    /**
     * The step the three counters show on screen, read in one go between two frames: the transport's counter (the
     * text its label draws), the plot's title, and the race table's k column, where each optimizer shows the step
     * it has reached (the step itself while it runs, where it stopped once it converged).
     */
    private void assertCountersAgree(FxRobot robot, String when) {
        robot.interact(() -> {
            int k = vm.playback().step();
            Label counter = robot.lookup("#step-counter").queryAs(Label.class);
            assertThat(ownText(counter).getText()).as("counter %s", when).isEqualTo("step " + k + " / 200");
            assertThat(view.plot().titleStep()).as("title %s", when).isEqualTo(k);
            java.util.Map<Integer, String> shown = new java.util.HashMap<>();
            for (javafx.scene.Node n : robot.lookup("#race-table .table-cell").queryAll()) {
                javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) n;
                if (cell.isVisible() && !cell.isEmpty() && cell.getTableColumn() != null
                        && "step-column".equals(cell.getTableColumn().getId())) {
                    shown.put(((RacerRow) cell.getTableRow().getItem()).slot(), ownText(cell).getText());
                }
            }
            assertThat(shown).as("table %s", when).hasSize(8);
            for (Trajectory t : vm.race().trajectoriesProperty().get()) {
                assertThat(shown.get(t.racer().slot())).as("k of %s %s", t.racer().rule(), when)
                        .isEqualTo(Integer.toString(t.clampStep(k)));
            }
        });
    }

    @Test
    void theCounterTheTitleAndTheTableShowTheSameStepWhilePlayingAndAfter(FxRobot robot) {
        nextFrames(robot);
        assertCountersAgree(robot, "at launch");
        robot.interact(() -> vm.playback().speedProperty().set(30));
        robot.clickOn("#play-button");
        for (int pause : new int[] {20, 60, 140}) {
            try {
                WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> vm.playback().step() >= pause);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(e);
            }
            assertCountersAgree(robot, "while playing past " + pause);
            robot.clickOn("#play-button");
            nextFrames(robot);
            assertThat(vm.playback().playingProperty().get()).isFalse();
            assertCountersAgree(robot, "paused past " + pause);
            robot.clickOn("#step-button");
            nextFrames(robot);
            assertCountersAgree(robot, "a step after " + pause);
            robot.clickOn("#play-button");
        }
        robot.clickOn("#play-button");
        robot.clickOn("#step-back-button");
        nextFrames(robot);
        assertCountersAgree(robot, "a step back");
        Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
        robot.drag(robot.from(scrubber).lookup(".thumb").queryAs(javafx.scene.Node.class),
                javafx.scene.input.MouseButton.PRIMARY).dropBy(-80, 0);
        nextFrames(robot);
        assertCountersAgree(robot, "scrubbed");
    }

    /** How many pixels of two images of the same size differ by more than anti-aliasing would make them. */
    private static int visiblyDiffering(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            int d = Math.abs(((a[i] >> 16) & 255) - ((b[i] >> 16) & 255))
                    + Math.abs(((a[i] >> 8) & 255) - ((b[i] >> 8) & 255)) + Math.abs((a[i] & 255) - (b[i] & 255));
            n += d > 60 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aRaceGrownFrameByFrameLooksLikeTheSameRaceDrawnWhole(FxRobot robot) {
        // Two trails that part soon after the start: where trails cross, which is on top depends on whether they
        // were drawn step by step or trail by trail, and this compares the rest.
        robot.interact(() -> {
            for (descent.sim.Racer r : vm.scenario().simulation().racers()) {
                vm.race().setShown(r.slot(), r.rule() == Momentum.RULE || r.rule() == Adam.RULE);
            }
            vm.playback().setStep(0);
        });
        settle(robot);
        int[] bare = pixels(robot, "#plot");
        // As when playing: each frame adds only the new segments, on the small tiles they cross.
        for (int k = 3; k <= 120; k += 3) {
            int step = k;
            robot.interact(() -> {
                vm.playback().setStep(step);
                view.plot().paintIfNeeded();
            });
        }
        assertThat(view.plot().redrewWhole()).isFalse();
        int[] grown = pixels(robot, "#plot");
        robot.interact(() -> {
            view.plot().invalidateAll();
            view.plot().paintIfNeeded();
        });
        assertThat(view.plot().redrewWhole()).isTrue();
        int[] whole = pixels(robot, "#plot");
        int trails = visiblyDiffering(bare, whole);
        assertThat(trails).isGreaterThan(2000);
        // A tile missing or out of place would take a fifth or more of the trails with it. The tiles are drawn by
        // JavaFX and the whole by Java2D, which smooth edges a little differently: with halos that contrast with
        // their lines (white under Adam's black line) 7% of the trails' pixels differ visibly, under half a tile's.
        assertThat(visiblyDiffering(grown, whole)).isLessThan(trails / 10);
    }

    @Test
    void afterASliderMoveThePlotIsWhatAWholeRedrawDraws(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(200));
        settle(robot);
        // Scrubbed back: the plot's base image now holds the trails up to step 150.
        robot.interact(() -> vm.playback().setStep(150));
        settle(robot);
        assertThat(view.plot().redrewWhole()).isTrue();
        int[] before = pixels(robot, "#plot");
        // Only the part of the plot that held trails before or holds them now is redrawn; here the paths shrink.
        robot.interact(() -> vm.race().setHyperparameter(Hyperparameter.LEARNING_RATE, 0.002));
        settle(robot);
        assertThat(view.plot().redrewWhole()).isTrue();
        int[] updated = pixels(robot, "#plot");
        robot.interact(() -> {
            view.plot().invalidateAll();
            view.plot().paintIfNeeded();
        });
        int[] whole = pixels(robot, "#plot");
        assertThat(visiblyDiffering(before, whole)).isGreaterThan(500);
        assertThat(differing(updated, whole)).isZero();
    }

    @Test
    void aFrameExportedAtAStepShowsWhatTheWindowShowsThere(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(60));
        settle(robot);
        FrameLayout layout = vm.viewport().layoutProperty().get();
        int w = (int) layout.width();
        int h = (int) layout.height();
        javafx.scene.Node plot = robot.lookup("#plot").query();
        // The window as the user sees it: the scene, cut where the plot's canvas lies.
        int[] window = new int[w * h];
        robot.interact(() -> {
            WritableImage img = plot.getScene().snapshot(null);
            javafx.geometry.Point2D origin = plot.localToScene(0, 0);
            img.getPixelReader().getPixels((int) Math.round(origin.getX()), (int) Math.round(origin.getY()), w, h,
                    PixelFormat.getIntArgbInstance(), window, 0, w);
        });
        descent.export.FrameSequence export = new descent.export.FrameSequence(vm.scenario(), w, h,
                vm.look().colorMapProperty().get(), descent.render.Theme.LIGHT, () -> false);
        int[] file = export.render(60);
        assertThat(window).hasSize(file.length);
        if (System.getenv("DESCENT_DUMP") != null) {
            try {
                java.awt.image.BufferedImage a = new java.awt.image.BufferedImage(w, h, 1);
                a.setRGB(0, 0, w, h, window, 0, w);
                javax.imageio.ImageIO.write(a, "png", new java.io.File("/tmp/window.png"));
                a.setRGB(0, 0, w, h, file, 0, w);
                javax.imageio.ImageIO.write(a, "png", new java.io.File("/tmp/export.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // The same layout and colours; only anti-aliasing and glyph rasterization differ between the two backends.
        assertThat(visiblyDiffering(window, file)).isLessThan(file.length / 20);
    }

    @Test
    void theExportDialogWritesTheFileWhileTheWindowStaysUsable(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField file = robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class);
        java.nio.file.Path gif = dir.resolve("race.gif");
        robot.interact(() -> file.setText(gif.toString()));
        robot.doubleClickOn("#export-width").eraseText(6).write("320").type(KeyCode.TAB);
        robot.doubleClickOn("#export-height").eraseText(6).write("240").type(KeyCode.TAB);
        robot.clickOn("#export-start");
        // The main window answers while the export runs.
        robot.interact(() -> vm.playback().stepForward());
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> status.getText().startsWith("Wrote") || status.getText().startsWith("Could not"));
        assertThat(status.getText()).startsWith("Wrote");
        assertThat(javax.imageio.ImageIO.read(gif.toFile()).getWidth()).isEqualTo(320);
    }

    @Test
    void everyTextInTheWindowIsShownWholeFromFullHdToTheSmallestSize(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(150));
        for (double[] size : new double[][] {{1920, 1080}, {1280, 800}, {1024, 640}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = java.util.Arrays.toString(size);
            java.util.List<javafx.scene.control.Labeled> texts = new java.util.ArrayList<>();
            robot.interact(() -> collectShown(view, texts));
            // Names, table headings and cells (optimizers, outcomes), buttons, the transport bar's words.
            assertThat(texts).extracting(javafx.scene.control.Labeled::getText)
                    .contains("ε  learning rate", "ρ₂  2nd-moment decay", "Outcome", "RMSProp+N", "converged at 136",
                            "speed", "steps");
            // What each control draws: JavaFX puts "..." in place of what does not fit.
            assertThat(texts).as("cut short at %s", at).filteredOn(t -> !ownText(t).getText().equals(t.getText()))
                    .extracting(t -> ownText(t).getText()).isEmpty();
            for (Label name : robot.lookup(".value-name").queryAllAs(Label.class)) {
                assertThat(name.getHeight()).as("%s on one line at %s", name.getText(), at)
                        .isLessThan(1.8 * name.getFont().getSize());
            }
        }
    }

    /** The text node a labelled control draws its text with (its skin's child), or null if it has none. */
    private static javafx.scene.text.Text ownText(javafx.scene.control.Labeled l) {
        return l.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.getStyleClass().contains("text"))
                .map(javafx.scene.text.Text.class::cast).findFirst().orElse(null);
    }

    /** The labelled controls with a text that are visible in the window, shown ones only. */
    private static void collectShown(javafx.scene.Parent parent, java.util.List<javafx.scene.control.Labeled> out) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && ownText(l) != null) {
                out.add(l);
            }
            if (n instanceof javafx.scene.Parent p) {
                collectShown(p, out);
            }
        }
    }

    @Test
    void switchingTheSurfaceRedrawsThePlot(FxRobot robot) {
        settle(robot);
        int[] before = pixels(robot, "#plot");
        ComboBox<?> choice = robot.lookup("#surface-choice").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn("rosenbrock");
        settle(robot);
        assertThat(vm.scenario().surfaceName()).isEqualTo("rosenbrock");
        assertThat(vm.viewport().contourProperty().get().levels().spacing())
                .isEqualTo(descent.surface.LevelSpacing.LOGARITHMIC);
        assertThat(vm.scenario().simulation().start()).isEqualTo(new Vec2(-1.5, 2));
        assertThat(differing(before, pixels(robot, "#plot"))).isGreaterThan(before.length / 4);
        assertThat(robot.lookup("#param-a-field").tryQuery()).isPresent();
    }

    @Test
    void aStepOfThePlayingRaceDoesNotLayTheWindowOutAgain(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(40));
        settle(robot);
        boolean[] needsLayout = new boolean[2];
        robot.interact(() -> {
            view.layout();
            needsLayout[0] = view.isNeedsLayout();
            // One frame of a playing race: the step moves on, the counter and the scrubber follow, the plot repaints.
            vm.playback().setStep(41);
            view.plot().paintIfNeeded();
            needsLayout[1] = view.isNeedsLayout();
        });
        assertThat(needsLayout[0]).isFalse();
        assertThat(robot.lookup("#step-counter").queryAs(Label.class).getText()).contains("41");
        assertThat(robot.lookup("#scrubber").queryAs(Slider.class).getValue()).isEqualTo(41);
        assertThat(needsLayout[1]).as("the window needs a new layout").isFalse();
    }

    @Test
    void everyControlExplainsItselfInATooltipThatStaysUpLongEnoughToRead(FxRobot robot) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.List<javafx.scene.control.Tooltip> tips = new java.util.ArrayList<>();
        robot.interact(() -> collectTooltips(view, missing, tips));
        assertThat(missing).as("controls without a tooltip").isEmpty();
        assertThat(tips).hasSizeGreaterThan(25).allSatisfy(t -> {
            assertThat(t.getText()).isNotBlank();
            assertThat(t.isWrapText()).isTrue();
            assertThat(t.getShowDuration().toSeconds()).isGreaterThanOrEqualTo(30);
        });
    }

    /** Every control a user sets something with, outside the race table (whose rows share the table's tooltip). */
    private static void collectTooltips(javafx.scene.Parent parent, java.util.List<String> missing,
            java.util.List<javafx.scene.control.Tooltip> tips) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof TableView<?> table) {
                tips.add(table.getTooltip());
                continue;
            }
            if (n instanceof javafx.scene.control.ButtonBase || n instanceof Slider
                    || n instanceof javafx.scene.control.TextInputControl || n instanceof javafx.scene.control.ChoiceBox
                    || n instanceof javafx.scene.control.ComboBoxBase || n instanceof javafx.scene.control.Spinner) {
                javafx.scene.control.Tooltip t = ((javafx.scene.control.Control) n).getTooltip();
                if (t == null) {
                    missing.add(n.getClass().getSimpleName() + "#" + n.getId());
                } else {
                    tips.add(t);
                }
            }
            if (n instanceof javafx.scene.Parent p && !(n instanceof javafx.scene.control.ScrollBar)) {
                collectTooltips(p, missing, tips);
            }
        }
    }
}
