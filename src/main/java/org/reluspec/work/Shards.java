package org.reluspec.work;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reluspec.util.SideBySide;
import org.reluspec.util.StepProgress;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/** Computes a run's units through a {@link Checkpoint}: one shard of them, or all of them for assembly. */
public final class Shards {

    private Shards() {
    }

    /**
     * Computes this shard's units into the checkpoint (units it holds already are kept).
     *
     * @param run the run
     * @param shard which shard
     * @param checkpoint the shard's file
     * @param workers units computed side by side ({@code >= 1})
     * @return how many units the shard has
     */
    public static int compute(ShardedRun run, Shard shard, Checkpoint checkpoint, int workers) {
        List<String> own = shard.of(run.addresses());
        checkpoint.expect(own.size());
        computeAll(run, own, checkpoint, workers);
        return own.size();
    }

    /**
     * Every unit's value in the run's order, from the checkpoint where it holds the unit, else computed now and
     * recorded in it.
     *
     * @param run the run
     * @param checkpoint the run's file
     * @param assembleOnly whether every unit must come from the file (merged shards): nothing is computed
     * @param workers units computed side by side ({@code >= 1})
     * @return the values
     * @throws ReluSpecArgumentException naming the missing units when {@code assembleOnly} and the file lacks some
     */
    public static List<ObjectNode> values(ShardedRun run, Checkpoint checkpoint, boolean assembleOnly, int workers) {
        List<String> all = run.addresses();
        if (assembleOnly) {
            requireAll(all, checkpoint::has, checkpoint.file());
        }
        checkpoint.expect(all.size());
        return computeAll(run, all, checkpoint, workers);
    }

    /**
     * Every unit's value in the run's order, computed now, {@code workers} side by side.
     *
     * @param run the run
     * @param listener told about each finished unit
     * @param workers units computed side by side ({@code >= 1})
     * @return the values
     */
    public static List<ObjectNode> values(ShardedRun run, UnitListener listener, int workers) {
        List<String> all = run.addresses();
        AtomicInteger done = new AtomicInteger();
        return computeAll(all, workers, a -> {
            long start = System.nanoTime();
            ObjectNode v = StepProgress.listening(line -> listener.unitStatus(a, line), () -> run.compute(a));
            listener.unitDone(a, done.incrementAndGet(), all.size(), (System.nanoTime() - start) * 1e-9, false);
            return v;
        }, run.dearestFirst());
    }

    /**
     * @param addresses a run's units
     * @param has whether a unit's value is there
     * @param file where the values come from, for the message
     * @throws ReluSpecArgumentException naming up to five missing units and how many are missing
     */
    public static void requireAll(List<String> addresses, Predicate<String> has, Path file) {
        List<String> missing = addresses.stream().filter(a -> !has.test(a)).toList();
        if (!missing.isEmpty()) {
            throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE, file + " misses " + missing.size()
                    + " of the run's " + addresses.size() + " units: " + String.join("; ", missing.subList(0,
                    Math.min(5, missing.size()))) + (missing.size() > 5 ? "; ..." : "")
                    + " (compute the shards that hold them and merge again)");
        }
    }

    private static List<ObjectNode> computeAll(ShardedRun run, List<String> addresses, Checkpoint checkpoint,
                                               int workers) {
        return computeAll(addresses, workers, a -> checkpoint.compute(a, () -> run.compute(a)), run.dearestFirst());
    }

    private static List<ObjectNode> computeAll(List<String> addresses, int workers,
                                               Function<String, ObjectNode> unit,
                                               Comparator<String> dearestFirst) {
        return SideBySide.map(addresses, workers, unit, (a, v) -> { }, dearestFirst);
    }
}
