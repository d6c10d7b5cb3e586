package descent.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code descent run | export | list | bench}; with no subcommand the app opens its window. */
@Command(name = "descent", mixinStandardHelpOptions = true, version = "descent 1.0",
        description = {"Deep-learning optimizers racing across 2-D loss surfaces.",
                "With no command, 'java -jar descent.jar' opens the window."},
        subcommands = {CommandLine.HelpCommand.class})
final class DescentCommand implements Runnable {

    private final PrintStream out;

    DescentCommand(PrintStream out, PrintStream err) {
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine.usage(this, out);
    }

    PrintStream out() {
        return out;
    }
}
