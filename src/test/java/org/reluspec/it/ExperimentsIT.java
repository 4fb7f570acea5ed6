package org.reluspec.it;

import org.reluspec.engine.CheckSettings;

import org.reluspec.papers.Papers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.report.JsonReport;

/**
 * The papers' experiments inside {@code mvn verify} (3 seeds each, seed 20261122): writes
 * {@code target/reluspec-report/experiments/ID.json} and the plots, and checks that
 * <ul>
 *   <li>every experiment wrote non-empty PNG plots;</li>
 *   <li>its outcome (REPRODUCED / NOT_REPRODUCED) is the one recorded in {@code spec/experiments.md} (a change must
 *       be looked at and recorded, in either direction);</li>
 *   <li>an experiment whose qualitative claim is not reproduced has a row in {@code spec/discrepancies.md}.</li>
 * </ul>
 */
class ExperimentsIT {

    static final long SEED = CheckSettings.DEFAULT_SEED;
    static final int SEEDS = 3;

    @Test
    void experimentsRunWritePlotsAndMatchTheRecordedOutcomes() throws Exception {
        Path dir = Path.of("target/reluspec-report/experiments");
        Map<String, String> recorded = table(Path.of("spec/experiments.md"), 1, 2);
        String register = Files.readString(Path.of("spec/discrepancies.md"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (Experiment e : Papers.experiments()) {
            ExperimentResult r = e.run(SEED, SEEDS, dir);
            JsonReport.writeAtomically(r, dir.resolve(e.id() + ".json"));
            org.reluspec.cli.ExperimentPrinter.print(out, e, r);
            for (String plot : r.plots()) {
                assertTrue(Files.size(Path.of(plot)) > 1000, "plot " + plot);
                byte[] head = Files.readAllBytes(Path.of(plot));
                assertEquals((byte) 0x89, head[0], "PNG signature of " + plot);
            }
            String outcome = r.reproduced() ? "REPRODUCED" : "NOT_REPRODUCED";
            assertEquals(recorded.get(e.id()), outcome, e.id() + ": outcome differs from spec/experiments.md");
            if (!r.reproduced()) {
                assertTrue(register.contains("| " + e.id() + " | experiment | NOT_REPRODUCED |"),
                        e.id() + " is not reproduced and has no row in spec/discrepancies.md");
            }
        }
    }

    /** Reads a Markdown table's columns {@code key} and {@code value} (1-based, after the leading '|'). */
    static Map<String, String> table(Path file, int key, int value) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.split("(?<!\\\\)\\|");   // a cell may hold an escaped pipe
            if (cols.length > Math.max(key, value) && cols[key].trim().matches("(MYV|WUMA|VYS)-[A-Za-z0-9.-]+")) {
                m.put(cols[key].trim(), cols[value].trim());
            }
        }
        return m;
    }
}
