package descent.app;

import descent.cli.Cli;
import descent.ui.DescentApp;
import javafx.application.Application;

/**
 * Starts Descent: with no arguments the window, with a subcommand the headless command line.
 *
 * <p>It must not extend {@code javafx.application.Application}: launching through a plain class is what lets the
 * JavaFX runtime load from the class path of a single jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(DescentApp.class, args);
            return;
        }
        System.exit(Cli.execute(args));
    }
}
