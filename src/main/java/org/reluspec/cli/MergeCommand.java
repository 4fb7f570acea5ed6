package org.reluspec.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reluspec.work.Checkpoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reluspec merge --out ALL.ck SHARD.ck...}: the checkpoints of a run's shards ({@code check}, {@code falsify}
 * or {@code experiment} with {@code --shard K/N}) as one, for the same command with {@code --checkpoint ALL.ck
 * --assemble}. Shards of different runs, malformed files and a unit held by two shards are refused by name; the
 * merged file is written whole or not at all.
 */
@Command(name = "merge", description = "Merge the checkpoint files of a run's shards (check, falsify or experiment "
        + "with --shard K/N) into one, for the same command with --checkpoint FILE --assemble.")
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "the shards' checkpoint files")
    private List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the merged checkpoint")
    private Path out;

    @Override
    public Integer call() {
        int units = Checkpoint.merge(shards, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d units from %d shards in %s%n", units, shards.size(), out);
        return 0;
    }
}
