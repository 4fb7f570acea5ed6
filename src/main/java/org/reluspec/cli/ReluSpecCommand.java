package org.reluspec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import org.reluspec.papers.Paper;
import org.reluspec.papers.Papers;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reluspec} command line.
 *
 * <p>Exit codes: {@code 0} the command ran; {@code 1} a check found the suite inconsistent
 * ({@code SELF_CHECK_FAILED}); {@code 2} malformed input, with a message naming the violated precondition.
 */
@Command(name = "reluspec", mixinStandardHelpOptions = true, version = "ReLUSpec 0.1.0",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Executable checks of theorems on adversarial examples in two-layer ReLU networks.",
        subcommands = {ListCommand.class, CheckCommand.class, FalsifyCommand.class, SpecCommand.class,
                ProveCommand.class, ExperimentCommand.class, MergeCommand.class,
                AssumptionsCommand.class, ReportCommand.class, RegimesCommand.class,
                CommandLine.HelpCommand.class})
public final class ReluSpecCommand implements Runnable {

    /** Exit code for malformed input. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Exit code when a self-check failed. */
    public static final int EXIT_SELF_CHECK_FAILED = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /**
     * @param out standard output
     * @param err standard error
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /**
     * Runs {@code check}, {@code falsify} or {@code experiment} with its units computed by {@code engine} (a
     * cluster), with the command line's options, checks and messages; any other command is refused.
     *
     * @param out standard output
     * @param err standard error
     * @param engine computes the run's units and hands them back for assembly
     * @param args the command's arguments, e.g. {@code check --all --json out.json}
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, DistributedCommand.Engine engine, String... args) {
        CommandLine cl = commandLine(out, err);
        cl.setExecutionStrategy(parsed -> {
            CommandLine.ParseResult last = parsed;
            while (last.subcommand() != null) {
                last = last.subcommand();
            }
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
            if (!(last.commandSpec().userObject() instanceof Distributable d)) {
                throw new CommandLine.ParameterException(last.commandSpec().commandLine(), "only check, falsify and "
                        + "experiment run on a cluster");
            }
            try {
                return engine.run(new DistributedCommand(d));
            } catch (RuntimeException e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        });
        return cl.execute(args);
    }

    /** The command line with its subcommands and its one-line error handlers. */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReluSpecCommand());
        for (Paper paper : Papers.all()) {
            for (Object command : paper.commands()) {
                cl.addSubcommand(command);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        // a malformed command line: one line naming the problem and where the usage is, not the whole usage
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine bad = ex.getCommandLine();
            err.println("reluspec: error: " + ex.getMessage() + " (see '" + bad.getCommandSpec().qualifiedName()
                    + " --help')");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ReluSpecArgumentException bad) {
                err.println("reluspec: error: " + bad.getMessage() + " [" + bad.getViolation() + "]");
                return EXIT_BAD_INPUT;
            }
            IOException io = ioCause(ex);
            if (io != null) {
                err.println("reluspec: error: " + ioMessage(io) + " [" + Violation.IO_FAILURE + "]");
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cl;
    }

    private static IOException ioCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** One line naming the file: NIO's exceptions carry the file and the reason separately. */
    private static String ioMessage(IOException io) {
        if (io instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason;
        }
        return "input/output failure: " + io.getMessage();
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
