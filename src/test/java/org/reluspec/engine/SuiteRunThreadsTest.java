package org.reluspec.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.papers.Papers;
import org.reluspec.report.JsonReport;

/** A run's points side by side: the same report, timings aside, for any number of threads, points in order. */
class SuiteRunThreadsTest {

    /** Exact, Monte Carlo, deterministic and order conclusions, a few points each. */
    private static final Set<String> KEYS = Set.of("MYV-B.1/as-printed", "MYV-R3.1/printed-bound",
            "WUMA-CONE/as-printed", "VYS-L3.1/a", "VYS-S1/as-printed");

    private static JsonNode run(int threads, Path file, List<String> order) throws Exception {
        List<SuiteRun.ClaimAtPoint> work = SuiteRun.defaultGrids(Papers.registry(), c -> KEYS.contains(c.key()))
                .stream().filter(c -> c.gridPoint() < 3).toList();
        RunReport report = SuiteRun.run(work, CheckSettings.of(CheckSettings.DEFAULT_SEED, 3_000, threads, 0.01,
                CheckSettings.SimulationPolicy.ALWAYS), r -> order.add(r.id() + " " + r.parameters()));
        assertEquals(work.size(), report.results().size());
        JsonReport.write(report, file);
        return withoutTimings(new ObjectMapper().readTree(file.toFile()));
    }

    private static JsonNode withoutTimings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("seconds", "trialsPerSecond", "startedAt", "threads"));
        }
        node.forEach(SuiteRunThreadsTest::withoutTimings);
        return node;
    }

    @Test
    void anyNumberOfThreadsGivesTheSameReport(@TempDir Path dir) throws Exception {
        List<String> first = new ArrayList<>();
        JsonNode one = run(1, dir.resolve("one.json"), first);
        assertTrue(first.size() >= 8, "points: " + first.size());
        for (int threads : new int[] {2, 3}) {
            List<String> order = new ArrayList<>();
            assertEquals(one, run(threads, dir.resolve(threads + ".json"), order), threads + " threads");
            assertEquals(first, order, "the listener hears the points in the run's order");
        }
    }
}
