package descent.ui;

import descent.contour.ColorMap;
import descent.lesson.Lesson;
import descent.lesson.Lessons;
import descent.ui.explore.ExploreMenu;
import descent.ui.util.Deferred;
import descent.ui.util.Tips;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The toolbar's menus: File (open a scenario or a lesson, save, recent files), Lessons (each built-in lesson, the
 * previous and the next) and View (what the plot marks besides the race, presenter mode).
 */
final class WindowMenus {

    private final MainViewModel vm;
    private final Supplier<Window> window;
    private final ExploreMenu explore;

    WindowMenus(MainViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
        this.explore = new ExploreMenu(vm.race(), vm.look(), window);
    }

    /** The hyperparameter map and the basins, each a window of its own that the View menu opens. */
    ExploreMenu explore() {
        return explore;
    }

    /** File: open, save, recent files. */
    MenuButton file() {
        MenuButton file = new MenuButton("File");
        file.setId("file-menu");
        Tips.install(file, "Open a scenario or a lesson saved as JSON (yours or a colleague's), save the race as"
                + " one, or open a recent file.");
        MenuItem open = new MenuItem("Open…  (Ctrl+O)");
        open.setId("open-file");
        open.setOnAction(e -> open());
        MenuItem save = new MenuItem("Save…  (Ctrl+S)");
        save.setId("save-file");
        save.setOnAction(e -> save());
        Menu recent = new Menu("Recent files");
        recent.setId("recent-files");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : vm.lessons().recent()) {
                MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
                item.setOnAction(e -> report(vm.lessons().openFile(p)));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.lessons().recent().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        file.getItems().addAll(open, save, recent);
        return file;
    }

    /** Lessons: each built-in lesson in order, then the previous and the next. */
    MenuButton lessons() {
        MenuButton menu = new MenuButton("Lessons");
        menu.setId("lessons-menu");
        Tips.install(menu, "The lecture's points, one race each, with a title and what to watch: open one,"
                + " then N for the next and B for the one before. P shows it as a presenter.");
        // Once the window is on screen: reading the lessons loads the JSON parser.
        Deferred.run(() -> {
            List<MenuItem> items = new ArrayList<>();
            for (Lesson l : Lessons.all()) {
                MenuItem item = new MenuItem(items.size() + 1 + ". " + l.title());
                item.setId("lesson-" + l.name());
                item.setOnAction(e -> vm.lessons().open(l));
                items.add(item);
            }
            menu.getItems().addAll(0, items);
        });
        MenuItem previous = new MenuItem("Previous lesson (B)");
        previous.setId("previous-lesson");
        previous.setOnAction(e -> vm.lessons().previous());
        MenuItem next = new MenuItem("Next lesson (N)");
        next.setId("next-lesson");
        next.setOnAction(e -> vm.lessons().next());
        menu.getItems().addAll(new SeparatorMenuItem(), previous, next);
        return menu;
    }

    /** View: landmarks, the ghost of the paths before, the −∇f field, the 3-D view, presenter mode. */
    MenuButton view() {
        MenuButton menu = new MenuButton("View");
        menu.setId("view-menu");
        CheckMenuItem landmarks = new CheckMenuItem("Minima ★ and saddle points ×");
        landmarks.setId("show-landmarks");
        landmarks.selectedProperty().bindBidirectional(vm.look().landmarksShownProperty());
        CheckMenuItem ghost = new CheckMenuItem("Paths before the last change, faint");
        ghost.setId("show-ghost");
        ghost.selectedProperty().bindBidirectional(vm.look().ghostShownProperty());
        CheckMenuItem field = new CheckMenuItem("Arrows of −∇f");
        field.setId("show-field");
        field.selectedProperty().bindBidirectional(vm.look().fieldShownProperty());
        CheckMenuItem view3d = new CheckMenuItem("Surface in 3-D");
        view3d.setId("show-3d");
        view3d.selectedProperty().bindBidirectional(vm.look().view3dProperty());
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode (P)");
        presenter.setId("presenter-item");
        presenter.selectedProperty().bindBidirectional(vm.look().presenterProperty());
        Menu maps = new Menu("Colour map");
        maps.setId("colormap-menu");
        ToggleGroup group = new ToggleGroup();
        for (ColorMap m : ColorMap.values()) {
            RadioMenuItem item = new RadioMenuItem(m.toString());
            item.setId("colormap-" + m.key());
            item.setToggleGroup(group);
            item.setSelected(vm.look().colorMapProperty().get() == m);
            item.setOnAction(e -> vm.look().colorMapProperty().set(m));
            maps.getItems().add(item);
        }
        vm.look().colorMapProperty().addListener((obs, was, now) -> group.getToggles().forEach(t -> t.setSelected(
                ((RadioMenuItem) t).getId().equals("colormap-" + now.key()))));
        menu.getItems().addAll(landmarks, ghost, field, new SeparatorMenuItem(), view3d, maps,
                new SeparatorMenuItem(), presenter, new SeparatorMenuItem());
        menu.getItems().addAll(explore.items());
        Tips.install(menu, "What the plot shows besides the race; the contour's colour map (viridis and"
                + " cividis are perceptually uniform, light reads best on a projector); and presenter mode (P): the"
                + " plot alone, full screen, with the lesson's title and text.");
        return menu;
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenarios and lessons (*.json)", "*.json"));
        if (!vm.lessons().recent().isEmpty() && vm.lessons().recent().get(0).getParent() != null) {
            File dir = vm.lessons().recent().get(0).getParent().toFile();
            if (dir.isDirectory()) {
                c.setInitialDirectory(dir);
            }
        }
        return c;
    }

    void open() {
        File f = chooser("Open a scenario or a lesson").showOpenDialog(window.get());
        if (f != null) {
            report(vm.lessons().openFile(f.toPath()));
        }
    }

    void save() {
        FileChooser c = chooser("Save the race");
        c.setInitialFileName(vm.lessons().lesson() != null ? vm.lessons().lesson().name() + ".json" : "race.json");
        File f = c.showSaveDialog(window.get());
        if (f != null) {
            report(vm.lessons().save(f.toPath()));
        }
    }

    private void report(Optional<String> refused) {
        vm.race().report(refused.orElse(""));
    }
}
