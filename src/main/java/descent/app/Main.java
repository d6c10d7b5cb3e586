package descent.app;

import descent.cli.Cli;
import descent.cli.WindowRequest;
import descent.ui.bench.StartClock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import javafx.application.Application;

/**
 * Starts Descent: with no arguments, or with only options, the window; with a subcommand the headless command
 * line; {@code bench --ui} measures the window.
 *
 * <p>It must not extend {@code javafx.application.Application}: launching through a plain class is what lets the
 * JavaFX runtime load from the class path of a single jar.
 */
public final class Main {

    private static final List<String> COMMANDS = List.of("run", "export", "map", "basins", "list", "lessons", "bench",
            "help");

    private Main() {
    }

    public static void main(String[] args) {
        StartClock.mark("main");
        if (args.length > 0 && args[0].equals("bench") && Arrays.asList(args).contains("--ui")) {
            // Software rendering, and pulses as fast as the work allows, so that a frame takes what it costs.
            System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
            System.setProperty("javafx.animation.fullspeed", "true");
            int racers = benchmarkRacers(args);
            if (racers < 0) {
                System.err.println("descent bench: --racers must be a whole number from 1 to 16");
                System.exit(2);
            }
            System.exit(openWindow(null, true, racers));
        }
        if (args.length == 0 || !COMMANDS.contains(args[0]) && args[0].startsWith("--")
                && !args[0].equals("--help") && !args[0].equals("--version")) {
            if (hasDisplay()) {
                OptionalInt code = WindowJvm.run();
                if (code.isPresent()) {
                    System.exit(code.getAsInt());
                }
            }
            WindowRequest request = null;
            if (args.length > 0) {
                Cli.WindowParse parsed = Cli.parseWindow(System.out, System.err, args);
                if (parsed.request() == null) {
                    System.exit(parsed.exitCode());
                }
                request = parsed.request();
            }
            int code = openWindow(request, false, 8);
            if (request != null && request.screenshot() != null) {
                System.exit(code);
            }
            return;
        }
        System.exit(Cli.execute(args));
    }

    /** The racers {@code bench --ui --racers N} asks for: 8 by default, −1 when N is not 1 to 16. */
    private static int benchmarkRacers(String[] args) {
        List<String> list = Arrays.asList(args);
        int i = list.indexOf("--racers");
        if (i < 0) {
            return 8;
        }
        String n = i + 1 < args.length ? args[i + 1] : "";
        return n.matches("[0-9]{1,2}") && Integer.parseInt(n) >= 1 && Integer.parseInt(n) <= 16 ? Integer.parseInt(n)
                : -1;
    }

    /** Whether there is a display to open the window on: X11, Wayland, or Monocle's in tests. */
    private static boolean hasDisplay() {
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    private static int openWindow(WindowRequest request, boolean benchmark, int racers) {
        if (!hasDisplay()) {
            System.err.println("descent: cannot open the window: no display (DISPLAY is not set); the command"
                    + " line works without one: descent run | export | list | bench");
            return 1;
        }
        DescentApp.prepare(request, benchmark, racers);
        HeadStart.begin(request == null ? DescentApp.firstLesson() : request.scenario(),
                request != null && request.dark());
        try {
            Application.launch(DescentApp.class);
        } catch (RuntimeException e) {
            System.err.println("descent: cannot open the window: " + e.getMessage());
            return 1;
        }
        return DescentApp.exitCode();
    }
}
