package descent.cli;

import descent.export.OutputException;
import descent.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the command line: parses the arguments, runs the subcommand and turns every failure into one line on
 * stderr and an exit code: 2 for input it refuses, 1 for a failure while working, never a stack trace.
 */
public final class Cli {

    /** Exit code for input the command line refuses. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failure while working, such as a write that failed. */
    public static final int FAILED = 1;

    private Cli() {
    }

    /** Runs with the process's stdout and stderr, in UTF-8 whatever the locale, so that θ and ε print. */
    public static int execute(String... args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        return execute(out, err, args);
    }

    /** Runs with the given streams, for tests. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    /** The window's options, or the exit code when there is no window to open (help printed, or input refused). */
    public record WindowParse(WindowRequest request, int exitCode) {
    }

    /**
     * Parses the window's options ({@code descent --surface rosenbrock --screenshot shot.png}); refused input gets
     * one line on {@code err} and exit code 2.
     */
    public static WindowParse parseWindow(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = windowCommand();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        try {
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return new WindowParse(null, 0);
            }
            return new WindowParse(cl.<WindowCommand>getCommand().call(), 0);
        } catch (CommandLine.ParameterException e) {
            err.println("descent: " + e.getMessage() + " (see descent --help)");
            return new WindowParse(null, BAD_INPUT);
        } catch (RuntimeException e) {
            err.println("descent: " + message(e));
            return new WindowParse(null, isBadInput(e) ? BAD_INPUT : FAILED);
        }
    }

    /** The command line, configured with its streams and error handlers. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new DescentCommand(out, err));
        cl.addSubcommand("run", withHyperparameters(new CommandLine(new RunCommand(out, err))));
        cl.addSubcommand("export", withHyperparameters(new CommandLine(new ExportCommand(err,
                System.console() != null))));
        cl.addSubcommand("list", new ListCommand(out));
        cl.addSubcommand("lessons", new LessonsCommand(out));
        cl.addSubcommand("bench", new BenchCommand(out));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setUsageHelpWidth(100);
        cl.getCommandSpec().usageMessage().footer(windowOptions());
        cl.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            err.println(prefix(ex.getCommandLine()) + ex.getMessage() + " (see descent " + ("descent".equals(name)
                    ? "" : name + " ") + "--help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            err.println(prefix(line) + message(ex));
            return isBadInput(ex) ? BAD_INPUT : FAILED;
        });
        return cl;
    }

    /** The window's own options, for the top command's help: with no command, descent opens the window. */
    private static String windowOptions() {
        CommandLine window = windowCommand();
        window.setUsageHelpWidth(100);
        return "%nWindow options: descent [OPTIONS] opens the window on the scenario they describe.%n"
                .replace("%n", System.lineSeparator())
                + window.getHelp().optionList().replace("%", "%%");
    }

    private static CommandLine windowCommand() {
        return withHyperparameters(new CommandLine(new WindowCommand()));
    }

    private static CommandLine withHyperparameters(CommandLine cl) {
        SimulationOptions.declareHyperparameters(cl);
        return cl;
    }

    private static String prefix(CommandLine line) {
        String name = line.getCommandName();
        return "descent".equals(name) ? "descent: " : "descent " + name + ": ";
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof ScenarioException || ex instanceof OutputException;
    }

    static String message(Throwable ex) {
        if (isBadInput(ex)) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            ex = u.getCause();
        }
        if (ex instanceof IOException) {
            String m = ex.getMessage();
            if (ex instanceof java.nio.file.NoSuchFileException
                    || ex instanceof java.nio.file.AccessDeniedException) {
                m = ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase() + ": " + m;
            }
            return "write failed: " + (m == null ? ex.getClass().getSimpleName() : m);
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory; ask for fewer steps or a smaller size";
        }
        return "internal error: " + ex + " (please report it)";
    }
}
