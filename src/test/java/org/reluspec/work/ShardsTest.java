package org.reluspec.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.util.Barriers;
import org.reluspec.util.ReluSpecArgumentException;

class ShardsTest {

    /** A run of {@code size} units whose values are a function of the address, counting its computations. */
    private static final class Squares implements ShardedRun {
        final int size;
        final AtomicInteger computed = new AtomicInteger();

        Squares(int size) {
            this.size = size;
        }

        @Override
        public String key() {
            return "squares size=" + size;
        }

        @Override
        public List<String> addresses() {
            return IntStream.range(0, size).mapToObj(i -> "unit " + i).toList();
        }

        @Override
        public ObjectNode compute(String address) {
            computed.incrementAndGet();
            double i = Integer.parseInt(address.substring(5));
            return Checkpoint.bits(new double[] {i * i, Math.sqrt(i)});
        }
    }

    @Property(tries = 40)
    void theShardsOfAnyNPartitionTheRun(@ForAll @IntRange(min = 0, max = 50) int size,
                                        @ForAll @IntRange(min = 1, max = 12) int n) {
        List<Integer> all = IntStream.range(0, size).boxed().toList();
        List<Integer> union = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            union.addAll(new Shard(k, n).of(all));
        }
        assertEquals(all, union.stream().sorted().toList());
    }

    @Test
    void shardsMergedAndAssembledGiveTheSingleRunsValuesInItsOrder(@TempDir Path dir) {
        Squares run = new Squares(11);
        List<ObjectNode> single;
        try (Checkpoint c = new Checkpoint(dir.resolve("single.ck"), run.key(), UnitListener.QUIET)) {
            single = Shards.values(run, c, false, 2);
        }
        List<Path> files = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            files.add(dir.resolve("s" + k + ".ck"));
            try (Checkpoint c = new Checkpoint(files.get(k - 1), run.key(), UnitListener.QUIET)) {
                Shards.compute(run, new Shard(k, 3), c, 2);
            }
        }
        assertEquals(11, Checkpoint.merge(files, dir.resolve("all.ck")));
        Squares again = new Squares(11);
        try (Checkpoint c = new Checkpoint(dir.resolve("all.ck"), run.key(), UnitListener.QUIET)) {
            assertEquals(single, Shards.values(again, c, true, 2));
        }
        assertEquals(0, again.computed.get(), "an assembly computes nothing");
    }

    @Test
    void anAssemblyThatLacksUnitsNamesThemAndComputesNothing(@TempDir Path dir) {
        Squares run = new Squares(7);
        Path file = dir.resolve("s1.ck");
        try (Checkpoint c = new Checkpoint(file, run.key(), UnitListener.QUIET)) {
            Shards.compute(run, new Shard(1, 2), c, 1);
        }
        Squares again = new Squares(7);
        try (Checkpoint c = new Checkpoint(file, run.key(), UnitListener.QUIET)) {
            String message = assertThrows(ReluSpecArgumentException.class, () -> Shards.values(again, c, true, 1))
                    .getMessage();
            assertTrue(message.contains("misses 3 of the run's 7 units: unit 1; unit 3; unit 5"), message);
        }
        assertEquals(0, again.computed.get());
    }

    @Test
    void aShardIsKOfNWithOneAtMostKAtMostN() {
        assertEquals(new Shard(2, 5), Shard.parse("2/5"));
        for (String bad : new String[] {"0/3", "4/3", "1/0", "a/b", "1/2/3", "-1/2", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }

    @Test
    void aCheckpointedRunGivesItsWorkersTheDearestUnitsFirstAndKeepsTheRunsOrder(@TempDir Path dir) {
        Squares squares = new Squares(6);
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        // the first two units wait for each other: no worker can take a third before both have started
        CyclicBarrier firstTwo = new CyclicBarrier(2);
        ShardedRun run = ShardedRun.of(squares.key(), squares.addresses(), a -> {
            started.add(a);
            if (started.size() <= 2) {
                Barriers.await(firstTwo, "the two dearest units");
            }
            return squares.compute(a);
        }, Comparator.comparing((String a) -> !a.equals("unit 4") && !a.equals("unit 2")));
        List<ObjectNode> values;
        try (Checkpoint c = new Checkpoint(dir.resolve("run.ck"), run.key(), UnitListener.QUIET)) {
            values = Shards.values(run, c, false, 2);
        }
        assertEquals(List.of("unit 2", "unit 4"), started.subList(0, 2).stream().sorted().toList());
        List<ObjectNode> plain = new ArrayList<>();
        for (String a : squares.addresses()) {
            plain.add(squares.compute(a));
        }
        assertEquals(plain, values);
    }
}
