package org.reluspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.Conclusion;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.papers.Papers;

/** A report file reads back into the same results, each conclusion as its own kind. */
class JsonReportTest {

    @Test
    void everyKindOfConclusionSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        List<String> keys = List.of("MYV-B.1/as-printed", "MYV-R3.1/printed-bound", "WUMA-CONE/as-printed");
        RunReport report = SuiteRun.run(SuiteRun.defaultGrids(Papers.registry(), c -> keys.contains(c.key())).stream()
                .filter(c -> c.gridPoint() < 2).toList(), CheckSettings.of(CheckSettings.DEFAULT_SEED, 2_000, 1, 0.01,
                CheckSettings.SimulationPolicy.WHERE_REACHABLE));
        assertTrue(report.results().stream().anyMatch(r -> r.conclusion() instanceof Conclusion.Probabilistic));
        assertTrue(report.results().stream().anyMatch(r -> r.conclusion() instanceof Conclusion.Deterministic));
        Path file = dir.resolve("claims.json");
        JsonReport.write(report, file);
        assertTrue(Files.readString(file).contains("\"kind\" : \"probabilistic\""));
        RunReport back = JsonReport.read(file);
        assertEquals(report.results(), back.results());
    }
}
