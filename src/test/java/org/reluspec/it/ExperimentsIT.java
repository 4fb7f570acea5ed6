package org.reluspec.it;

import org.reluspec.engine.CheckSettings;

import org.reluspec.papers.Papers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.ExperimentRunner;
import org.reluspec.experiments.Size;
import org.reluspec.report.JsonReport;

/**
 * The papers' experiments inside {@code mvn verify} (3 seeds each, seed 20261122): writes
 * {@code target/reluspec-report/experiments/ID.json} and the plots, and checks that
 * <ul>
 *   <li>every experiment wrote non-empty PNG plots;</li>
 *   <li>its outcome (REPRODUCED / NOT_REPRODUCED) is the one recorded in {@code spec/experiments.md} (a change must
 *       be looked at and recorded, in either direction);</li>
 *   <li>an experiment whose qualitative claim is not reproduced has a row in {@code spec/discrepancies.md}, and every
 *       NOT_REPRODUCED row of the register names an experiment that is not reproduced (no stale rows);</li>
 *   <li>every experiment has a paper size, described, with configurations.</li>
 * </ul>
 * The experiments run on two workers, every unit of every experiment on one queue (each draws only from its own
 * streams, so the results are the ones a sequential run gives).
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
        Map<String, Boolean> reproduced = new HashMap<>();
        List<Experiment> all = Papers.experiments();
        Experiment.Run run = new Experiment.Run(SEED, SEEDS, Size.REDUCED, dir);
        List<ExperimentResult> results = ExperimentRunner.run(all, run, 2,
                (e, r) -> {
            org.reluspec.cli.ExperimentPrinter.print(out, e, r);
            reproduced.put(e.id(), r.reproduced());
        });
        for (int i = 0; i < all.size(); i++) {
            Experiment e = all.get(i);
            ExperimentResult r = results.get(i);
            assertEquals(Size.REDUCED, r.size());
            assertFalse(e.paperScale().isBlank(), e.id() + " describes its paper size");
            assertFalse(e.configurations(Size.PAPER).isEmpty(), e.id() + " has paper-size configurations");
            for (Size size : Size.values()) {
                List<String> addresses = e.units(new Experiment.Run(SEED, 5, size, dir)).stream()
                        .map(Experiment.Unit::address).toList();
                assertEquals(addresses.size(), new java.util.HashSet<>(addresses).size(), e.id() + " at " + size
                        + ": unit addresses must be distinct (shards and checkpoints key on them)");
            }
            JsonReport.writeAtomically(r, dir.resolve(e.id() + ".json"));
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
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile(
                "\\| ([A-Za-z0-9.-]+) \\| experiment \\| NOT_REPRODUCED \\|").matcher(register);
        while (rows.find()) {
            assertEquals(Boolean.FALSE, reproduced.get(rows.group(1)), "spec/discrepancies.md has a row on experiment "
                    + rows.group(1) + ", which is reproduced or does not exist (a stale row)");
        }
    }

    /**
     * Reads a Markdown table's columns {@code key} and {@code value} (1-based, after the leading '|'); the first row of
     * an id wins, so the outcomes table at the top is read and the paper-size table further down is not.
     */
    static Map<String, String> table(Path file, int key, int value) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] cols = line.split("(?<!\\\\)\\|");   // a cell may hold an escaped pipe
            if (cols.length > Math.max(key, value) && cols[key].trim().matches("(MYV|WUMA|VYS)-[A-Za-z0-9.-]+")) {
                m.putIfAbsent(cols[key].trim(), cols[value].trim());
            }
        }
        return m;
    }
}
