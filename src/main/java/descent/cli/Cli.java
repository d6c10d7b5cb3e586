package descent.cli;

import descent.export.LimitException;
import descent.export.OutputException;
import descent.export.Temporaries;
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
    /** How much of a long message's start and end is shown: enough for the flag and for what went wrong. */
    private static final int HEAD = 240;
    private static final int TAIL = 160;

    private Cli() {
    }

    /**
     * Runs with the process's stdout and stderr, in UTF-8 whatever the locale, so that θ and ε print; stdout keeps
     * why a write failed, for the message.
     */
    public static int execute(String... args) {
        PrintStream out = new StandardOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        return execute(out, err, args);
    }

    /**
     * Runs with the given streams, for tests. Out of memory is a line too, and so is a standard output that failed
     * (a full disk, a closed pipe) where the command did not notice itself.
     */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = commandLine(out, err);
        String prefix = args.length > 0 && cl.getSubcommands().containsKey(args[0]) ? "descent " + args[0] + ": "
                : "descent: ";
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli passes errors on; they would end in a stack trace.
            err.println(oneLine(prefix + message(e)));
            return FAILED;
        }
        if (code == 0 && out.checkError()) {
            err.println(oneLine(prefix + "write failed: standard output: " + StandardOutput.failure(out)));
            return FAILED;
        }
        return code;
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
            err.println(oneLine("descent: " + e.getMessage() + " (see descent --help)"));
            return new WindowParse(null, BAD_INPUT);
        } catch (RuntimeException e) {
            err.println(oneLine("descent: " + message(e)));
            return new WindowParse(null, isBadInput(e) ? BAD_INPUT : FAILED);
        }
    }

    /** The command line, configured with its streams and error handlers. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new DescentCommand(out, err));
        cl.addSubcommand("run", withHyperparameters(new CommandLine(new RunCommand(out, err))));
        cl.addSubcommand("export", withHyperparameters(new CommandLine(new ExportCommand(err,
                System.console() != null))));
        cl.addSubcommand("map", withHyperparameters(new CommandLine(new MapCommand())));
        cl.addSubcommand("basins", withHyperparameters(new CommandLine(new BasinsCommand())));
        cl.addSubcommand("list", new ListCommand(out));
        cl.addSubcommand("lessons", new LessonsCommand(out));
        cl.addSubcommand("bench", new BenchCommand(out));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setUsageHelpWidth(100);
        cl.getCommandSpec().usageMessage().footer(windowOptions());
        cl.setParameterExceptionHandler((ex, args) -> {
            String name = ex.getCommandLine().getCommandName();
            err.println(oneLine(prefix(ex.getCommandLine()) + ex.getMessage() + " (see descent "
                    + ("descent".equals(name) ? "" : name + " ") + "--help)"));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (Temporaries.stopping()) {
                // Ctrl-C or a kill: the work failed because its files were being removed, not for its own reason.
                err.println(prefix(line) + "stopped; its unfinished files were removed");
                return FAILED;
            }
            err.println(oneLine(prefix(line) + message(ex)));
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
        if (ex instanceof LimitException) {
            return ex.getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory: ask for fewer steps or a smaller size (or give Java more with -Xmx)";
        }
        return "internal error: " + ex + " (please report it)";
    }

    /**
     * A message as one line of a sane length, whatever user text it echoes: control characters are shown escaped
     * (a newline in a path as \n), and the middle of a very long message is left out, keeping what names the flag at
     * its start and what went wrong at its end.
     */
    static String oneLine(String message) {
        String m = cut(message);
        StringBuilder b = new StringBuilder(m.length());
        m.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return cut(b.toString());
    }

    private static String cut(String s) {
        if (s.length() <= HEAD + TAIL + 1) {
            return s;
        }
        int head = Character.isLowSurrogate(s.charAt(HEAD)) ? HEAD - 1 : HEAD;
        int tail = s.length() - TAIL;
        tail = Character.isLowSurrogate(s.charAt(tail)) ? tail + 1 : tail;
        return s.substring(0, head) + "…" + s.substring(tail);
    }
}
