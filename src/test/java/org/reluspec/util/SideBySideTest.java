package org.reluspec.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * {@link SideBySide#map}: the workers take the jobs dearest first, and the results (and the {@code done} calls) keep
 * the given order, so the dispatch order changes when a job runs, never what the run returns.
 */
class SideBySideTest {

    /** Jobs named by their cost. */
    private static final List<Integer> COSTS = List.of(3, 40, 1, 25, 7, 40);

    @Test
    void theDispatchOrderIsDearestFirstWithTiesInTheGivenOrder() {
        assertEquals(List.of(1, 5, 3, 4, 0, 2), SideBySide.dispatchOrder(COSTS, Comparator.<Integer>reverseOrder()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), SideBySide.dispatchOrder(COSTS, null));
    }

    @Test
    void twoWorkersStartTheTwoDearestJobsAndTheResultsKeepTheGivenOrder() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<Integer> done = new ArrayList<>();
        // the first two jobs wait for each other: no worker can take a third job before both have started
        CyclicBarrier firstTwo = new CyclicBarrier(2);
        List<String> results = SideBySide.map(COSTS, 2, cost -> {
            started.add(cost);
            if (started.size() <= 2) {
                Barriers.await(firstTwo, "the two dearest jobs");
            }
            return "job " + cost;
        }, (cost, result) -> done.add(cost), Comparator.<Integer>reverseOrder());
        assertEquals(List.of("job 3", "job 40", "job 1", "job 25", "job 7", "job 40"), results);
        assertEquals(COSTS, done);
        assertEquals(List.of(40, 40), started.subList(0, 2));
    }

    @Test
    void oneWorkerComputesTheJobsInTheGivenOrder() {
        List<Integer> started = new ArrayList<>();
        SideBySide.map(COSTS, 1, cost -> started.add(cost), (cost, result) -> { }, Comparator.<Integer>reverseOrder());
        assertEquals(COSTS, started);
    }

    @Test
    void aJobsExceptionIsRethrownAsItWas() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> SideBySide.map(COSTS, 2,
                cost -> {
                    if (cost == 25) {
                        throw new IllegalArgumentException("cost 25");
                    }
                    return cost;
                }, (cost, result) -> { }, Comparator.<Integer>reverseOrder()));
        assertEquals("cost 25", thrown.getMessage());
    }
}
