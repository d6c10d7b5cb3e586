package descent.app;

import descent.cli.Cli;
import descent.cli.WindowRequest;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;

/**
 * Starts Descent: with no arguments, or with only options, the window; with a subcommand the headless command
 * line; {@code bench --ui} measures the window.
 *
 * <p>It must not extend {@code javafx.application.Application}: launching through a plain class is what lets the
 * JavaFX runtime load from the class path of a single jar.
 */
public final class Main {

    private static final List<String> COMMANDS = List.of("run", "export", "list", "lessons", "bench", "help");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench") && Arrays.asList(args).contains("--ui")) {
            // Software rendering, and pulses as fast as the work allows, so that a frame takes what it costs.
            System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
            System.setProperty("javafx.animation.fullspeed", "true");
            System.exit(openWindow(null, true, args));
        }
        if (args.length == 0 || !COMMANDS.contains(args[0]) && args[0].startsWith("--")
                && !args[0].equals("--help") && !args[0].equals("--version")) {
            WindowRequest request = null;
            if (args.length > 0) {
                Cli.WindowParse parsed = Cli.parseWindow(System.out, System.err, args);
                if (parsed.request() == null) {
                    System.exit(parsed.exitCode());
                }
                request = parsed.request();
            }
            int code = openWindow(request, false, args);
            if (request != null && request.screenshot() != null) {
                System.exit(code);
            }
            return;
        }
        System.exit(Cli.execute(args));
    }

    private static int openWindow(WindowRequest request, boolean benchmark, String[] args) {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            System.err.println("descent: cannot open the window: no display (DISPLAY is not set); the command"
                    + " line works without one: descent run | export | list | bench");
            return 1;
        }
        DescentApp.prepare(request, benchmark);
        try {
            Application.launch(DescentApp.class);
        } catch (RuntimeException e) {
            System.err.println("descent: cannot open the window: " + e.getMessage());
            return 1;
        }
        return DescentApp.exitCode();
    }
}
