package org.reluspec.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import org.reluspec.work.Checkpoint;
import org.reluspec.work.Shard;
import org.reluspec.work.ShardedRun;
import org.reluspec.work.Shards;
import org.reluspec.work.UnitListener;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Checkpoints and shards, shared by {@code check}, {@code falsify} and {@code experiment}: a run's units recorded in a
 * file as they finish (a killed run resumes with the same result), computed a shard at a time on any machine, merged
 * with {@code reluspec merge} and assembled into the very result of one uninterrupted run.
 */
final class ShardOptions {

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "record each finished unit of the run in FILE "
            + "and take the ones it already holds: a killed run resumes with the same result")
    Path checkpoint;

    @Option(names = "--state-every", paramLabel = "SECONDS", defaultValue = "300", description = "with --checkpoint: "
            + "keep the state of a unit still running (a training run) beside FILE at most every SECONDS, so that a "
            + "killed run resumes inside the unit, with the same result (default: ${DEFAULT-VALUE})")
    long stateEvery;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class, description = "compute only "
            + "shard K of N (units i with i mod N = K - 1) into the --checkpoint file, print no result; merge the "
            + "shards' files with 'reluspec merge' and finish with --assemble")
    Shard shard;

    @Option(names = "--assemble", description = "take every unit from the --checkpoint file (merged shards); a missing "
            + "unit is an error naming it, nothing is computed")
    boolean assemble;

    /** @return whether the run goes through a checkpoint file */
    boolean active() {
        return checkpoint != null || shard != null || assemble;
    }

    /**
     * @param runKey the run's key
     * @param listener told about each unit
     * @return the opened checkpoint
     * @throws ReluSpecArgumentException when {@code --shard} or {@code --assemble} comes without {@code --checkpoint},
     *                                   or both are given
     */
    Checkpoint open(String runKey, UnitListener listener) {
        if (shard != null && assemble) {
            throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE, "--shard computes a shard and "
                    + "--assemble computes nothing: give one of them");
        }
        if ((shard != null || assemble) && checkpoint == null) {
            throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE,
                    (shard != null ? "--shard" : "--assemble") + " needs --checkpoint FILE");
        }
        return new Checkpoint(checkpoint, runKey, listener, stateEvery);
    }

    /**
     * Runs through the checkpoint: this shard only (a line on {@code out}, no result), or every unit for the result.
     *
     * @param run the run's units
     * @param listener told about each unit
     * @param workers units computed side by side
     * @param out where a shard reports
     * @param err where the checkpoint's reuse is announced, {@code null} for nowhere
     * @return every unit's value in the run's order, or empty for a shard
     */
    Optional<List<ObjectNode>> run(ShardedRun run, UnitListener listener, int workers, PrintWriter out,
                                   PrintWriter err) {
        try (Checkpoint file = open(run.key(), listener)) {
            if (err != null) {
                err.printf(Locale.ROOT, "checkpoint %s: %d finished units to reuse%n", checkpoint, file.restorable());
                err.flush();
            }
            if (shard != null) {
                int reused = (int) shard.of(run.addresses()).stream().filter(file::has).count();
                int own = Shards.compute(run, shard, file, workers);
                out.printf(Locale.ROOT, "shard %s: %d of %d units in %s (%d were there already)%n", shard, own,
                        run.addresses().size(), checkpoint, reused);
                out.flush();
                return Optional.empty();
            }
            return Optional.of(Shards.values(run, file, assemble, workers));
        }
    }

    /** {@code K/N} with {@code 1 <= K <= N}. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
