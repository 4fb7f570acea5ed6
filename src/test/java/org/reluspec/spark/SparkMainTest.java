package org.reluspec.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SparkMainTest {

    @Property(tries = 60)
    void groupsAreConsecutiveNonEmptyNearlyEqualAndCoverTheRunInOrder(@ForAll @IntRange(min = 0, max = 300) int size,
                                                                        @ForAll @IntRange(min = 1, max = 80) int n) {
        List<Integer> all = IntStream.range(0, size).boxed().toList();
        List<List<Integer>> groups = SparkMain.groups(all, n);
        List<Integer> joined = new ArrayList<>();
        groups.forEach(joined::addAll);
        assertEquals(all, joined);
        assertTrue(groups.size() <= Math.max(1, n));
        int min = groups.stream().mapToInt(List::size).min().orElse(0);
        int max = groups.stream().mapToInt(List::size).max().orElse(0);
        assertTrue(max - min <= 1 && (size == 0 || min >= 1), groups.toString());
    }

    @Test
    void workersRunWithTheTaskCoresInPlaceOfTheCommandsThreads() {
        assertArrayEquals(new String[] {"check", "--all", "--threads", "1"},
                UnitTask.withThreads(new String[] {"check", "--threads", "8", "--all"}, 1));
        assertArrayEquals(new String[] {"falsify", "X", "--threads", "4"},
                UnitTask.withThreads(new String[] {"falsify", "--threads=2", "X"}, 4));
    }

    @Test
    void anythingButCheckFalsifyOrExperimentIsRefusedInOneLineBeforeSparkStarts() {
        for (String[] args : new String[][] {{"list"}, {"--master", "local[1]", "merge", "--out", "x", "y"}, {}}) {
            StringWriter err = new StringWriter();
            assertEquals(2, SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args));
            assertEquals(1, err.toString().lines().count(), err.toString());
        }
    }
}
