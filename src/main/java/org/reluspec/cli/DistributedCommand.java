package org.reluspec.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import org.reluspec.work.ShardedRun;

/**
 * A {@code check}, {@code falsify} or {@code experiment} command line whose units an engine outside this process
 * computes (the Spark entry point): the driver lists the units, the workers compute them from the same arguments,
 * and the driver assembles the values with the command's own code, so the result is the command's result.
 */
public final class DistributedCommand {

    private final Distributable command;

    DistributedCommand(Distributable command) {
        this.command = command;
    }

    /** Computes a run's units somewhere and hands the values back. */
    @FunctionalInterface
    public interface Engine {
        /**
         * @param command the parsed command
         * @return the exit code (normally {@link DistributedCommand#finish}'s)
         */
        int run(DistributedCommand command);
    }

    /**
     * @return the run's units (the command's options checked)
     * @throws ReluSpecArgumentException when {@code --shard} or {@code --assemble} is given: the engine computes every
     *                                   unit itself
     */
    public ShardedRun work() {
        if (command.shards().shard != null || command.shards().assemble) {
            throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE, "--shard and --assemble are for runs "
                    + "without a cluster (the cluster computes every unit); give --checkpoint FILE to resume");
        }
        return command.work();
    }

    /** @return the {@code --checkpoint} file: units it holds are not computed again, finished ones are added */
    public Optional<Path> checkpoint() {
        return Optional.ofNullable(command.shards().checkpoint);
    }

    /**
     * @param values every unit's value in the run's order
     * @return the command's exit code
     */
    public int finish(List<ObjectNode> values) {
        return command.finish(values);
    }

    /**
     * The units of a command line, as a worker builds them: the same arguments give the same units.
     *
     * @param args the command's arguments
     * @return its units
     * @throws IllegalArgumentException when the arguments are not a check, falsify or experiment command line
     */
    public static ShardedRun units(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter quiet = new PrintWriter(sink);
        ShardedRun[] run = new ShardedRun[1];
        int code = ReluSpecCommand.execute(quiet, quiet, c -> {
            run[0] = c.work();
            return 0;
        }, args);
        if (code != 0 || run[0] == null) {
            throw new IllegalArgumentException("not a command line whose units can be listed: " + String.join(" ",
                    args) + ": " + sink);
        }
        return run[0];
    }
}
