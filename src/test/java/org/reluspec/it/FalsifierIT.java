package org.reluspec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.SuiteRun;
import org.reluspec.falsify.FalsifyReport;
import org.reluspec.falsify.Falsifier;
import org.reluspec.falsify.SearchResult;
import org.reluspec.papers.Papers;
import org.reluspec.report.JsonReport;
import org.reluspec.report.Register;
import org.reluspec.report.SearchMaps;

/**
 * The falsifier over every claim variant inside {@code mvn verify}: writes {@code target/reluspec-report/falsify.json}, and
 * checks the register both ways (every search that finds a failure has a row for its claim variant, from the grid
 * or from an earlier search; every row reproduced by {@code reluspec falsify} is still found) and that the committed
 * {@code spec/falsifier.md} is what this code finds (regenerate with {@code bash ci/update-spec.sh}).
 */
class FalsifierIT {

    /** Evaluations per claim variant in mvn verify and in the committed spec/falsifier.md. */
    static final int BUDGET = 2000;

    /** The settings of mvn verify and of spec/falsifier.md: the default seed, all cores. */
    static final Falsifier.Settings SETTINGS = new Falsifier.Settings(BUDGET, CheckSettings.DEFAULT_SEED, 0);

    private static FalsifyReport report;

    /** The run of this build: computed once, shared by both tests. */
    private static synchronized FalsifyReport report() {
        if (report == null) {
            report = FalsifyReport.run(SuiteRun.TOOL, Papers.registry().all(), SETTINGS, 0.01, () -> { });
        }
        return report;
    }

    @Test
    void everySearchableClaimIsSearchedAndEveryFindingIsRegistered() throws Exception {
        FalsifyReport report = report();
        Path dir = Path.of(System.getProperty("reluspec.reportDir", "target/reluspec-report"));
        JsonReport.writeAtomically(report, dir.resolve("falsify.json"));
        SearchMaps.write(Papers.registry().all(), report, SETTINGS, dir.resolve("search"));
        Set<String> drawn = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("search").resolve("index.tsv"))) {
            drawn.add(line.split("\t")[1]);
        }
        Set<String> undrawn = new TreeSet<>();
        report.results().stream().filter(r -> r.mode() == Falsifier.Mode.EXACT).map(SearchResult::key)
                .filter(k -> !drawn.contains(k)).forEach(undrawn::add);
        assertTrue(undrawn.isEmpty(), "exact searches without a map: " + undrawn);
        assertEquals(Papers.registry().all().size(), report.results().size(), "every claim variant is searched");
        List<String> defects = report.results().stream().filter(r -> r.errors() > 0)
                .map(r -> r.key() + ": " + r.coverage()).toList();
        assertTrue(defects.isEmpty(), "admissible points the suite could not evaluate: " + defects);

        Set<String> rows = new HashSet<>();
        Set<String> searchRows = new TreeSet<>();
        for (Register.Row row : Register.read(Path.of("spec/discrepancies.md")).rows()) {
            for (String variant : row.variants()) {
                rows.add(row.id() + "/" + variant + " " + row.verdict());
                if (row.searchFinding()) {
                    searchRows.add(row.id() + "/" + variant);
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<String> failing = new HashSet<>();
        for (SearchResult r : report.results()) {
            if (r.fails()) {
                failing.add(r.key());
                if (!rows.contains(r.key() + " " + r.finding())) {
                    missing.add(r.key() + ": " + r.summary());
                }
            }
        }
        assertTrue(missing.isEmpty(), "search findings without a row in spec/discrepancies.md: " + missing);
        Set<String> stale = new TreeSet<>(searchRows);
        stale.removeAll(failing);
        assertTrue(stale.isEmpty(), "rows reproduced by reluspec falsify that the search no longer finds: " + stale);
    }

    @Test
    void committedFalsifierSummaryIsUpToDate() throws Exception {
        assertEquals(report().markdown(), Files.readString(Path.of("spec/falsifier.md")),
                "spec/falsifier.md is stale: run bash ci/update-spec.sh");
        assertTrue(Falsifier.DEFAULT_BUDGET <= BUDGET);
    }
}
