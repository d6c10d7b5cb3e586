package descent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import descent.app.DescentApp;
import descent.math.Numbers;
import descent.optim.Hyperparameter;
import descent.render.FrameLayout;
import descent.render.Palette;
import descent.render.Theme;
import descent.ui.controls.FormulaView;
import descent.ui.look.LookModel;
import descent.ui.look.Settings;
import descent.ui.race.RaceTable;
import descent.ui.race.RacerRow;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in a lecture room: the plot comes first, the UI scales, fields read cleanly, sliders move finely, and
 * what is set shows at once (headless, Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {

    /** The slots of SGD and Adam in the default race: their rows in the lecture\'s table. */
    private static final int SGD = 0;
    private static final int ADAM = 7;

    private MainViewModel vm;
    private MainView view;
    private Stage stage;
    private Settings settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DescentApp.applyTheme(false);
        // The settings in memory: a test must neither read nor change the scale the user chose for the real window.
        settings = Settings.inMemory();
        vm = new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run, settings);
        vm.look().darkProperty().addListener((obs, was, now) -> DescentApp.applyTheme(now));
        view = new MainView(vm);
        Scene scene = MainView.scene(view, 1280, 800);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    /** Lets the window lay itself out and draw, after what was done. */
    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.applyCss();
            view.layout();
            view.plot().paintIfNeeded();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private int[] pixels(FxRobot robot, Node n) {
        return pixels(robot, n, null);
    }

    /** The node's pixels, on magenta where it is transparent, within {@code box} (x, y, width, height) if given. */
    private int[] pixels(FxRobot robot, Node n, double[] box) {
        int[][] out = new int[1][];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(javafx.scene.paint.Color.MAGENTA);
            if (box != null) {
                params.setViewport(new javafx.geometry.Rectangle2D(box[0], box[1], box[2], box[3]));
            }
            WritableImage img = n.snapshot(params, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            out[0] = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out[0], 0, w);
        });
        return out[0];
    }

    /** How many pixels are within a small distance of a colour (anti-aliasing blends the edges). */
    private static long near(int[] pixels, int argb) {
        long n = 0;
        for (int p : pixels) {
            int d = Math.abs(((p >> 16) & 255) - ((argb >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((argb >> 8) & 255))
                    + Math.abs((p & 255) - (argb & 255));
            n += d <= 12 ? 1 : 0;
        }
        return n;
    }

    private String shownText(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse(null);
    }

    // The plot comes first

    @Test
    void at1280x800ThePlotTakesHalfTheWidthAndAllTheHeightBetweenToolbarAndTransport(FxRobot robot) {
        settle(robot);
        Bounds plot = inScene(robot.lookup("#plot").query());
        Bounds toolbar = inScene(robot.lookup("#toolbar").query());
        Bounds transport = inScene(robot.lookup("#transport").query());
        assertThat(view.getScene().getWidth()).isEqualTo(1280);
        assertThat(plot.getWidth()).as("the plot's width").isGreaterThanOrEqualTo(640);
        assertThat(plot.getMinY()).isCloseTo(toolbar.getMaxY(), within(1.0));
        assertThat(plot.getMaxY()).isCloseTo(transport.getMinY(), within(1.0));
        assertThat(transport.getMaxY()).isCloseTo(800, within(1.0));
        // Both side panels are open.
        assertThat(robot.lookup("#controls").query().isVisible()).isTrue();
        assertThat(robot.lookup("#race-table").tryQuery()).isPresent();
    }

    @Test
    void eitherSidePanelClosesAndOpensWithItsButtonAndStaysSoWhenTheWindowChanges(FxRobot robot) {
        settle(robot);
        Node controls = robot.lookup("#controls").query();
        Node race = robot.lookup("#race-panel").query();
        double both = robot.lookup("#plot").query().getLayoutBounds().getWidth();
        robot.clickOn("#controls-toggle");
        settle(robot);
        assertThat(vm.look().controlsShownProperty().get()).isFalse();
        assertThat(controls.getScene()).as("the controls left the window").isNull();
        // The plot gets all of the panel's room; the race panel keeps its width.
        double withoutControls = robot.lookup("#plot").query().getLayoutBounds().getWidth();
        assertThat(withoutControls).isGreaterThan(both + 250);
        assertThat(withoutControls / 1280).isGreaterThan(0.7);
        robot.clickOn("#race-toggle");
        settle(robot);
        assertThat(race.getScene()).isNull();
        assertThat(robot.lookup("#plot").query().getLayoutBounds().getWidth()).isGreaterThan(1200);
        // A new window size lays the panels out anew; closed ones stay closed.
        robot.interact(() -> stage.setWidth(1100));
        settle(robot);
        assertThat(vm.look().controlsShownProperty().get()).isFalse();
        assertThat(robot.lookup("#plot").query().getLayoutBounds().getWidth()).isGreaterThan(1050);
        robot.interact(() -> stage.setWidth(1280));
        robot.clickOn("#controls-toggle");
        robot.clickOn("#race-toggle");
        settle(robot);
        assertThat(controls.getScene()).isNotNull();
        assertThat(race.getScene()).isNotNull();
        assertThat(robot.lookup("#plot").query().getLayoutBounds().getWidth()).isCloseTo(both, within(2.0));
    }

    @Test
    void atTheUsualSizesTheToolbarHasRoomForAllItsButtons(FxRobot robot) {
        for (double[] size : new double[][] {{1920, 1080}, {1280, 800}, {1024, 640}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            settle(robot);
            assertThat(robot.lookup("#toolbar .tool-bar-overflow-button").tryQuery().map(javafx.scene.Node::isVisible)
                    .orElse(false)).as("the toolbar's overflow at %s", size[0]).isFalse();
            assertThat(robot.lookup("#race-toggle").tryQuery()).as("at %s", size[0]).isPresent();
        }
    }

    @Test
    void atTheUsualSizesNeitherSidePanelHasToScrollSideways(FxRobot robot) {
        for (double[] size : new double[][] {{1920, 1080}, {1280, 800}, {1024, 640}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            settle(robot);
            for (String id : new String[] {"#controls", "#race-panel"}) {
                javafx.scene.control.ScrollPane pane = robot.lookup(id).queryAs(javafx.scene.control.ScrollPane.class);
                assertThat(pane.getContent().getLayoutBounds().getWidth()).as("%s at %s", id, size[0])
                        .isLessThanOrEqualTo(pane.getViewportBounds().getWidth() + 0.5);
            }
        }
    }

    /**
     * Makes the race one of n racers: the lecture's first four, its eight, or its eight and four more with long
     * names, as the review's twelve-racer race had.
     */
    private void raceOf(FxRobot robot, int n) {
        robot.interact(() -> {
            if (n == 4) {
                for (int slot = 4; slot < 8; slot++) {
                    vm.race().remove(slot);
                }
            }
            if (n == 12) {
                vm.race().addRacer(descent.optim.TorchAdam.RULE);
                vm.race().addRacer(descent.optim.TorchSgd.RULE);
                int torchSgd = lastSlot();
                vm.race().setOwnValue(torchSgd, descent.optim.TorchHyperparameters.MOMENTUM, 0.9);
                vm.race().rename(torchSgd, "torch SGD m=0.9");
                vm.race().addRacer(descent.optim.Sgd.RULE);
                vm.race().setOwnValue(lastSlot(), Hyperparameter.LEARNING_RATE, 0.5);
                vm.race().rename(lastSlot(), "SGD too fast");
                vm.race().addRacer(descent.optim.Adam.RULE);
                vm.race().setOwnValue(lastSlot(), descent.optim.Adam.BIAS_CORRECTION, 0);
                vm.race().rename(lastSlot(), "Adam no bias corr.");
            }
        });
        assertThat(vm.race().scenario().simulation().racers()).hasSize(n);
    }

    private int lastSlot() {
        java.util.List<descent.sim.Racer> racers = vm.race().scenario().simulation().racers();
        return racers.get(racers.size() - 1).slot();
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        settle(robot);
        // The panels are given their widths once the split pane knows its own: one more pass.
        settle(robot);
    }

    @Test
    void withFourEightOrTwelveRacersAtProjectorSizesNothingScrollsSidewaysOrIsCutAndThePlotKeepsHalf(
            FxRobot robot) {
        for (int n : new int[] {4, 8, 12}) {
            if (n != 4) {
                robot.interact(() -> vm.race().load(DescentApp.firstLesson()));
            }
            raceOf(robot, n);
            for (double[] size : new double[][] {{1024, 640}, {1280, 800}}) {
                resize(robot, size[0], size[1]);
                String at = n + " racers at " + (int) size[0] + "x" + (int) size[1];
                double width = view.getScene().getWidth();
                assertThat(width).isEqualTo(size[0]);
                assertThat(inScene(robot.lookup("#plot").query()).getWidth()).as("the plot, " + at)
                        .isGreaterThanOrEqualTo(width / 2 - 8);
                for (String id : new String[] {"#controls", "#race-panel"}) {
                    javafx.scene.control.ScrollPane pane = robot.lookup(id)
                            .queryAs(javafx.scene.control.ScrollPane.class);
                    assertThat(pane.getContent().getLayoutBounds().getWidth()).as("%s, %s", id, at)
                            .isLessThanOrEqualTo(pane.getViewportBounds().getWidth() + 0.5);
                }
                Bounds panel = inScene(robot.lookup("#race-panel").query());
                for (String id : new String[] {"#add-racer", "#edit-racer", "#duplicate-racer", "#remove-racer",
                        "#race-table"}) {
                    Bounds b = inScene(robot.lookup(id).query());
                    assertThat(b.getMaxX()).as("%s's right edge, %s", id, at).isLessThanOrEqualTo(panel.getMaxX());
                }
                RaceTable table = robot.lookup("#race-table").queryAs(RaceTable.class);
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
                assertThat(columns).as("the columns, %s", at).isLessThanOrEqualTo(table.getWidth());
                assertThat(table.getVisibleLeafColumns()).as(at).anyMatch(c -> "outcome-column".equals(c.getId()));
                assertThat(robot.lookup("#scrubber").query().getLayoutBounds().getWidth()).as("the timeline, " + at)
                        .isGreaterThanOrEqualTo(150);
                Node transport = robot.lookup("#transport").query();
                assertThat(inScene(transport).getMaxX()).as("the transport's right edge, " + at)
                        .isLessThanOrEqualTo(panel.getMinX());
                assertThat(transport.getLayoutBounds().getWidth()).as(at)
                        .isGreaterThanOrEqualTo(((javafx.scene.layout.Region) transport).minWidth(-1) - 0.5);
            }
        }
    }

    @Test
    void aNameCutShortForWantOfRoomIsWholeInItsTooltipAndWholeWhereThereIsRoom(FxRobot robot) {
        raceOf(robot, 12);
        resize(robot, 1024, 640);
        int slot = lastSlot();
        TableCell<?, ?> cell = nameCell(robot, slot);
        assertThat(((RaceTable.Named) cell.getItem()).label()).isEqualTo("Adam no bias corr.");
        // Cut in the middle by whole words: the rule at its start, how the racer differs at its end.
        assertThat(shownText(cell)).as("at 1024x640").isNotEqualTo("Adam no bias corr.").contains("…")
                .startsWith("Adam").endsWith("corr.");
        assertThat(cell.getTooltip().getText()).startsWith("Adam no bias corr.: ");
        resize(robot, 1920, 1080);
        assertThat(shownText(nameCell(robot, slot))).as("at 1920x1080").isEqualTo("Adam no bias corr.");
    }

    @Test
    void aLessonsRacersCutShortAt1024x640StillReadApart(FxRobot robot) {
        robot.interact(() -> vm.lessons().open(descent.lesson.Lessons.byName("bias-correction")));
        resize(robot, 1024, 640);
        List<String> shown = vm.race().scenario().simulation().racers().stream()
                .map(r -> shownText(nameCell(robot, r.slot()))).toList();
        assertThat(shown).hasSize(3).doesNotHaveDuplicates().anyMatch(t -> t.contains("…"));
        assertThat(shown.get(2)).endsWith("0.999");
    }

    @Test
    void aSliderNoRacerFollowsSaysSoWithTheRacersOwnValuesUntilOneFollowsIt(FxRobot robot) {
        settle(robot);
        Label note = robot.lookup("#eps-note").queryAs(Label.class);
        Node eps = robot.lookup("#eps").query();
        assertThat(note.isVisible()).as("the lecture's racers all follow ε").isFalse();
        assertThat(eps.getStyleClass()).doesNotContain(descent.ui.controls.ValueControl.IGNORED_CLASS);
        robot.interact(() -> vm.lessons().open(descent.lesson.Lessons.byName("learning-rate")));
        settle(robot);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("every racer has its own ε: 0.01, 0.15, 0.22 (see the race table)");
        assertThat(eps.getStyleClass()).contains(descent.ui.controls.ValueControl.IGNORED_CLASS);
        // The slider still works, and says so in its tooltip.
        assertThat(robot.lookup("#eps-slider").query().isDisabled()).isFalse();
        // Only SGD races: nothing reads α, whose control is dimmed with no note.
        assertThat(robot.lookup("#alpha").query().getStyleClass()).contains(
                descent.ui.controls.ValueControl.IGNORED_CLASS);
        assertThat(robot.lookup("#alpha-note").query().isVisible()).isFalse();

        int first = vm.race().scenario().simulation().racers().get(0).slot();
        robot.interact(() -> vm.race().clearOwnValue(first, Hyperparameter.LEARNING_RATE));
        settle(robot);
        assertThat(note.isVisible()).as("one racer follows ε again").isFalse();
        assertThat(eps.getStyleClass()).doesNotContain(descent.ui.controls.ValueControl.IGNORED_CLASS);
    }

    @Test
    void everySurfacesFormulaFitsThePanelWithNoScrollBarAtTheUsualSizes(FxRobot robot) {
        for (double[] size : new double[][] {{1024, 640}, {1280, 800}}) {
            resize(robot, size[0], size[1]);
            for (descent.surface.SurfaceType type : descent.surface.Surfaces.ALL) {
                robot.interact(() -> vm.race().setSurface(type.name()));
                settle(robot);
                String at = type.name() + " at " + (int) size[0];
                FormulaView formula = robot.lookup("#formula").queryAs(FormulaView.class);
                javafx.scene.control.ScrollPane controls = robot.lookup("#controls")
                        .queryAs(javafx.scene.control.ScrollPane.class);
                assertThat(inScene(formula).getMaxX()).as(at).isLessThanOrEqualTo(
                        controls.localToScene(controls.getViewportBounds()).getMaxX() + 0.5);
                assertThat(formula.pieces()).as(at).allSatisfy(n -> {
                    assertThat(n).isInstanceOf(ImageView.class);
                    assertThat(n.getBoundsInParent().getMaxX()).as(at).isLessThanOrEqualTo(formula.getWidth() + 0.5);
                });
                assertThat(controls.getContent().getLayoutBounds().getWidth()).as(at)
                        .isLessThanOrEqualTo(controls.getViewportBounds().getWidth() + 0.5);
            }
        }
    }

    // UI scale

    @Test
    void ctrlPlusScalesTheControlsAndThePlotCtrlZeroRestoresAndTheScaleIsRemembered(FxRobot robot) {
        settle(robot);
        TextField eps = robot.lookup("#eps-field").queryAs(TextField.class);
        double font = eps.getFont().getSize();
        assertThat(font).isEqualTo(15);
        FrameLayout before = vm.viewport().layoutProperty().get();
        assertThat(before.font()).isEqualTo(FrameLayout.fontFor(before.width(), before.height()));

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(1.1);
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(1.5);
        assertThat(eps.getFont().getSize()).as("a field's font").isEqualTo(Math.round(15 * 1.5));
        assertThat(robot.lookup("#step-counter").queryAs(Label.class).getFont().getSize()).isGreaterThan(20);
        // The plot's text, lines and markers: its font, and the layout's scale with it.
        FrameLayout scaled = vm.viewport().layoutProperty().get();
        assertThat(scaled.font()).isCloseTo(1.5 * FrameLayout.fontFor(scaled.width(), scaled.height()), within(1e-9));
        assertThat(scaled.scale()).isEqualTo(scaled.font() / 14);
        // Remembered: the settings hold it, and a window opened with them starts at it.
        assertThat(settings.get(LookModel.UI_SCALE_KEY, 1)).isEqualTo(1.5);
        MainViewModel next = new MainViewModel(DescentApp.firstLesson(), Runnable::run, Runnable::run, settings);
        assertThat(next.look().uiScaleProperty().get()).isEqualTo(1.5);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(1.25);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        settle(robot);
        assertThat(vm.look().uiScaleProperty().get()).isEqualTo(1.0);
        assertThat(eps.getFont().getSize()).isEqualTo(font);
        FrameLayout restored = vm.viewport().layoutProperty().get();
        assertThat(restored.font()).isEqualTo(FrameLayout.fontFor(restored.width(), restored.height()));
        assertThat(settings.get(LookModel.UI_SCALE_KEY, 0)).isEqualTo(1.0);
    }

    @Test
    void at1920x1080TheSidePanelsTextIsAtLeast16Pixels(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        settle(robot);
        assertThat(view.getScene().getWidth()).isEqualTo(1920);
        assertThat(robot.lookup("#eps-field").queryAs(TextField.class).getFont().getSize()).isGreaterThanOrEqualTo(16);
        for (Label name : robot.lookup(".value-name").queryAllAs(Label.class)) {
            assertThat(name.getFont().getSize()).as(name.getText()).isGreaterThanOrEqualTo(16);
        }
        for (Node cell : robot.lookup("#race-table .table-cell").queryAll()) {
            assertThat(((TableCell<?, ?>) cell).getFont().getSize()).isGreaterThanOrEqualTo(16);
        }
        assertThat(robot.lookup("#plot").query().getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(960);
    }

    @Test
    void theFormulaIsTypesetAtTheTextsSizeAndFollowsTheThemeAndTheScale(FxRobot robot) {
        settle(robot);
        FormulaView formula = robot.lookup("#formula").queryAs(FormulaView.class);
        double font = vm.look().fontSize();
        // Typeset, in pieces that wrap between the terms, none shrunk: wells' formula is one line too long.
        assertThat(formula.pieces()).hasSizeGreaterThan(1).allSatisfy(n -> {
            ImageView piece = (ImageView) n;
            assertThat(piece.getFitWidth()).isZero();
            assertThat(piece.getImage().getHeight()).isGreaterThanOrEqualTo(font);
        });
        ImageView first = (ImageView) formula.pieces().get(0);
        double height = first.getImage().getHeight();
        assertThat(near(pixels(robot, first), Theme.LIGHT.text())).isGreaterThan(20);

        robot.clickOn("#theme-toggle");
        settle(robot);
        ImageView dark = (ImageView) formula.pieces().get(0);
        assertThat(near(pixels(robot, dark), Theme.DARK.text())).isGreaterThan(20);

        robot.interact(vm.look()::scaleUp);
        robot.interact(vm.look()::scaleUp);
        settle(robot);
        assertThat(((ImageView) formula.pieces().get(0)).getImage().getHeight()).isGreaterThan(1.15 * height);
    }

    // Fields and sliders

    @Test
    void aFieldShowsFourDigitsWhenNotEditedAndTheExactValueWhileEdited(FxRobot robot) {
        robot.interact(() -> vm.race().setHyperparameter(Hyperparameter.FINAL_LEARNING_RATE, 3.79999e-4));
        settle(robot);
        TextField field = robot.lookup("#eps-tau-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("3.8e-4");
        assertThat(robot.lookup("#eps-field").queryAs(TextField.class).getText()).isEqualTo("0.05");
        assertThat(robot.lookup("#tau-field").queryAs(TextField.class).getText()).isEqualTo("100");
        assertThat(robot.lookup("#rho2-field").queryAs(TextField.class).getText()).isEqualTo("0.999");

        robot.interact(field::requestFocus);
        assertThat(field.getText()).as("while edited").isEqualTo("3.79999e-4");
        // What is typed is what applies, to the last digit.
        robot.interact(() -> field.setText("1.23456e-4"));
        robot.type(KeyCode.ENTER);
        assertThat(vm.race().hyperparameter(Hyperparameter.FINAL_LEARNING_RATE)).isEqualTo(1.23456e-4);
        assertThat(field.getText()).as("still edited").isEqualTo("1.23456e-4");
        robot.interact(() -> robot.lookup("#eps-field").query().requestFocus());
        assertThat(field.getText()).as("after").isEqualTo("1.235e-4");
        assertThat(vm.race().hyperparameter(Hyperparameter.FINAL_LEARNING_RATE)).isEqualTo(1.23456e-4);
    }

    @Test
    void fourDigitsAreNeverRoundedUpToOne() {
        assertThat(Numbers.fourDigits(0.99999)).isEqualTo("0.99999");
        assertThat(Numbers.fourDigits(0.123456)).isEqualTo("0.1235");
        assertThat(Numbers.fourDigits(123456.7)).isEqualTo("123500");
        assertThat(Numbers.fourDigits(250)).isEqualTo("250");
        assertThat(Numbers.fourDigits(-1.5e-7)).isEqualTo("-1.5e-7");
    }

    @Test
    void theArrowKeysMoveASliderBySmallStepsAndWithShiftTenTimesSmaller(FxRobot robot) {
        settle(robot);
        Slider slider = robot.lookup("#eps-slider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);
        int step = vm.playback().step();
        double eps = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        robot.type(KeyCode.RIGHT);
        double up = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        // 1/200 of six decades is a factor of 10^0.03 = 1.072, rounded to the fewest digits that keep it.
        assertThat(up / eps).isBetween(1.05, 1.09);
        assertThat(up).isEqualTo(0.054);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        double fine = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        assertThat(fine / up).isBetween(1.002, 1.012);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        robot.type(KeyCode.LEFT);
        assertThat(vm.race().hyperparameter(Hyperparameter.LEARNING_RATE)).isCloseTo(eps, within(0.0005));
        // The arrows moved the slider, not the race.
        assertThat(vm.playback().step()).isEqualTo(step);
    }

    @Test
    void aDragWithShiftMovesTheSliderTenTimesLessThanOneWithout(FxRobot robot) {
        settle(robot);
        Slider slider = robot.lookup("#eps-slider").queryAs(Slider.class);
        double eps = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        Node thumb = robot.from(slider).lookup(".thumb").query();
        robot.press(KeyCode.SHIFT);
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).dropBy(40, 0);
        robot.release(KeyCode.SHIFT);
        double fine = vm.race().hyperparameter(Hyperparameter.LEARNING_RATE);
        double track = robot.from(slider).lookup(".track").query().getLayoutBounds().getWidth();
        // 40 pixels of a track of about 140 are 40/140 of six decades; with Shift a tenth of it.
        double expected = 0.1 * 40 / track * 6;
        assertThat(Math.log10(fine / eps)).isCloseTo(expected, within(0.25 * expected));
    }

    // What you set is what you see

    @Test
    void noNameIsSaidTwiceAndTheBatchSizeOfASurfaceWithoutDataReadsADash(FxRobot robot) {
        settle(robot);
        assertThat(robot.lookup("#batch-field").queryAs(TextField.class).getText()).isEqualTo("—");
        for (String surface : new String[] {"rosenbrock", "logistic"}) {
            robot.interact(() -> vm.race().setSurface(surface));
            settle(robot);
            for (Label name : robot.lookup(".value-name").queryAllAs(Label.class)) {
                String[] words = name.getText().split("\\s+");
                assertThat(words.length > 1 && words[0].equals(words[1])).as("'%s' on %s", name.getText(), surface)
                        .isFalse();
            }
        }
        assertThat(robot.lookup("#param-a").tryQuery()).isEmpty();
        assertThat(robot.from(robot.lookup("#param-seed").queryAs(Node.class)).lookup(".value-name").queryAs(Label.class)
                .getText()).isEqualTo("seed");
        // On the surface with data the batch size is a number again.
        assertThat(robot.lookup("#batch-field").queryAs(TextField.class).getText()).isEqualTo("0");
        robot.interact(() -> vm.race().setSurface("rosenbrock"));
        settle(robot);
        assertThat(robot.from(robot.lookup("#param-a").queryAs(Node.class)).lookup(".value-name").queryAs(Label.class)
                .getText()).isEqualTo("a");
        assertThat(robot.lookup("#batch-field").queryAs(TextField.class).getText()).isEqualTo("—");
    }

    /** The name cell of a racer's row in the race table, by its slot. */
    private TableCell<?, ?> nameCell(FxRobot robot, int o) {
        for (Node n : robot.lookup("#race-table .table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getTableColumn() != null && "name-column".equals(cell.getTableColumn().getId())
                    && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof RacerRow row
                    && row.slot() == o) {
                return cell;
            }
        }
        throw new AssertionError("no name cell for " + o);
    }

    @Test
    void anOptimizerWithItsOwnValuesIsMarkedAtOnceAndItsTooltipListsTheValuesItUses(FxRobot robot) {
        settle(robot);
        assertThat(shownText(nameCell(robot, SGD))).isEqualTo("SGD");
        robot.interact(() -> vm.race().setOwnValue(SGD, Hyperparameter.LEARNING_RATE, 0.5));
        settle(robot);
        TableCell<?, ?> cell = nameCell(robot, SGD);
        // The table names it as the legend does: its rule and how it differs.
        assertThat(shownText(cell)).isEqualTo("SGD ε=0.5");
        assertThat(shownText(nameCell(robot, ADAM))).isEqualTo("Adam");
        assertThat(cell.getTooltip().getText()).contains("ε = 0.5 (own)");
        assertThat(RaceTable.describe(vm.race(), ADAM)).contains("ε = 0.05,").doesNotContain("(own)");
        // The plot's legend says the same.
        assertThat(vm.frame().tracks().get(0).label()).isEqualTo("SGD ε=0.5");
        robot.interact(() -> vm.race().clearOwnValues(SGD));
        settle(robot);
        assertThat(shownText(nameCell(robot, SGD))).isEqualTo("SGD");
    }

    /** How many of nine points along an optimizer's line in the plot's legend are near a colour. */
    private int legendSwatch(FxRobot robot, int o, int argb) {
        FrameLayout.LegendBox l = vm.viewport().layoutProperty().get().legend();
        int entry = vm.frame().tracks().stream().map(t -> t.slot()).toList().indexOf(o);
        double[] at = l.entry(entry);
        double length = 2.2 * l.font();
        int[] strip = pixels(robot, robot.lookup("#plot").query(), new double[] {at[0], at[1] - 1, length, 3});
        int w = strip.length / 3;
        int n = 0;
        for (int i = 0; i < 9; i++) {
            int x = (int) Math.round((i + 0.5) / 9 * (w - 1));
            n += near(new int[] {strip[w + x]}, argb) > 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void theThemeSwitchRedrawsTheLegendTheSwatchesAndTheChartInItsColours(FxRobot robot) {
        robot.interact(() -> vm.playback().setStep(150));
        settle(robot);
        // Adam's colour is near black on the light theme and near white on the dark one.
        int lightAdam = Palette.color(ADAM, Theme.LIGHT);
        int darkAdam = Palette.color(ADAM, Theme.DARK);
        Node plot = robot.lookup("#plot").query();
        Canvas swatch = (Canvas) nameCell(robot, ADAM).getGraphic();
        Node chart = robot.lookup("#loss-chart").query();
        assertThat(legendSwatch(robot, ADAM, lightAdam)).isGreaterThan(3);
        assertThat(legendSwatch(robot, ADAM, darkAdam)).isZero();
        assertThat(near(pixels(robot, swatch), lightAdam)).isGreaterThan(5);
        assertThat(near(pixels(robot, swatch), darkAdam)).isZero();
        long lightBackground = near(pixels(robot, plot), Theme.LIGHT.background());
        assertThat(lightBackground).isGreaterThan(1000);
        assertThat(near(pixels(robot, chart), Theme.LIGHT.background())).isGreaterThan(1000);
        // The button shows the theme a click brings: a moon on the light one, a sun on the dark one.
        Button toggle = robot.lookup("#theme-toggle").queryAs(Button.class);
        assertThat(((FontIcon) toggle.getGraphic()).getIconCode()).isEqualTo(MaterialDesignW.WEATHER_NIGHT);
        assertThat(toggle.getTooltip().getText()).startsWith("Dark theme");

        robot.clickOn("#theme-toggle");
        // The chart repaints at its own pace, four times a second at most.
        robot.sleep(600);
        settle(robot);
        int[] plotNow = pixels(robot, plot);
        // What is white on the dark theme too: the start's disc, the markers' rims.
        assertThat(near(plotNow, Theme.LIGHT.background())).as("white left in the plot")
                .isLessThan(lightBackground / 100);
        assertThat(near(plotNow, Theme.DARK.background())).isGreaterThan(lightBackground / 2);
        assertThat(legendSwatch(robot, ADAM, darkAdam)).as("Adam in the legend").isGreaterThan(3);
        assertThat(legendSwatch(robot, ADAM, lightAdam)).isZero();
        // The table makes its cells anew.
        swatch = (Canvas) nameCell(robot, ADAM).getGraphic();
        assertThat(near(pixels(robot, swatch), darkAdam)).as("Adam's swatch").isGreaterThan(5);
        assertThat(near(pixels(robot, swatch), lightAdam)).isZero();
        assertThat(near(pixels(robot, chart), Theme.DARK.background())).isGreaterThan(1000);
        assertThat(near(pixels(robot, chart), Theme.LIGHT.background())).isLessThan(100);
        assertThat(((FontIcon) toggle.getGraphic()).getIconCode()).isEqualTo(MaterialDesignW.WEATHER_SUNNY);
        assertThat(toggle.getTooltip().getText()).startsWith("Light theme");
        robot.clickOn("#theme-toggle");
        settle(robot);
        assertThat(vm.look().darkProperty().get()).isFalse();
        assertThat(((FontIcon) toggle.getGraphic()).getIconCode()).isEqualTo(MaterialDesignW.WEATHER_NIGHT);
    }
}
