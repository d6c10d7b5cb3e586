package descent.ui.explore;

import descent.ui.look.LookModel;
import descent.ui.race.RaceModel;
import descent.ui.util.ScaleStyle;
import descent.ui.util.Workers;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The menu items that open a hyperparameter map and the basins of attraction, each in a window of its own beside the
 * race, which follows every change to the race and computes on a worker of its own.
 */
public final class ExploreMenu {

    /** The name {@code --explore} gives the hyperparameter map. */
    public static final String MAP = "map";
    /** The name {@code --explore} gives the basins of attraction. */
    public static final String BASINS = "basins";

    private final RaceModel race;
    private final LookModel look;
    private final Supplier<Window> owner;
    private Stage map;
    private Stage basins;

    /** The windows' owner is the race's window, when it has one. */
    public ExploreMenu(RaceModel race, LookModel look, Supplier<Window> owner) {
        this.race = race;
        this.look = look;
        this.owner = owner;
    }

    /** "Hyperparameter map…" and "Basins of attraction…", for a menu of the window. */
    public List<MenuItem> items() {
        MenuItem map = new MenuItem("Hyperparameter map…");
        map.setId("open-map");
        map.setOnAction(e -> openMap());
        MenuItem basins = new MenuItem("Basins of attraction…");
        basins.setId("open-basins");
        basins.setOnAction(e -> openBasins());
        return List.of(map, basins);
    }

    /**
     * Opens the window a name gives, as {@code --explore} on the command line does.
     *
     * @param which {@value #MAP} or {@value #BASINS}
     */
    public void open(String which) {
        switch (which) {
            case MAP -> openMap();
            case BASINS -> openBasins();
            default -> throw new IllegalArgumentException("no window " + which + ": " + MAP + " or " + BASINS);
        }
    }

    /** Opens the hyperparameter map, or brings it to the front. */
    public void openMap() {
        map = open(map, "Hyperparameter map", "descent-map", worker -> {
            MapView v = new MapView(new MapViewModel(race, worker, Platform::runLater), look);
            return new Content(v, v::dispose);
        });
    }

    /** Opens the basins of attraction, or brings them to the front. */
    public void openBasins() {
        basins = open(basins, "Basins of attraction", "descent-basins", worker -> {
            BasinsView v = new BasinsView(new BasinsViewModel(race, look.colorMapProperty(), worker,
                    Platform::runLater), look);
            return new Content(v, v::dispose);
        });
    }

    /** A window's content, and what stops it following the race once the window closes. */
    private record Content(Parent root, Runnable dispose) {
    }

    /** Brings the window to the front, or opens it with a worker of its own that stops when it closes. */
    private Stage open(Stage stage, String title, String thread, Function<ExecutorService, Content> make) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return stage;
        }
        ExecutorService worker = Workers.newWorker(thread);
        Stage s = new Stage();
        Window w = owner.get();
        if (w != null) {
            s.initOwner(w);
        }
        s.setTitle(title + " · Descent");
        Content content = make.apply(worker);
        Scene scene = new Scene(content.root(), 960, 700);
        scene.getStylesheets().add(ExploreMenu.class.getResource("/descent/ui/descent.css").toExternalForm());
        Runnable unscale = ScaleStyle.follow(scene.getStylesheets(), look.fontSizeProperty());
        s.setScene(scene);
        s.setOnHidden(e -> {
            content.dispose().run();
            unscale.run();
            worker.shutdownNow();
        });
        s.show();
        return s;
    }
}
