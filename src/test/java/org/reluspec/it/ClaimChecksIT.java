package org.reluspec.it;

import org.reluspec.papers.Papers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.engine.Verdict;
import org.reluspec.report.ClaimsTable;
import org.reluspec.report.Register;
import org.reluspec.report.JsonReport;
import org.reluspec.report.SpecDocument;

/**
 * The theorem checks of {@code mvn verify}: every registered claim over its default grid, with the seed, alpha and
 * threads given by the POM's {@code reluspec.*} properties. Writes {@code target/reluspec-report/claims.json};
 * the POM then prints the claims table.
 *
 * <p>What fails the build: a {@code SELF_CHECK_FAILED} verdict (the suite contradicts itself) or a claim without
 * results. A paper claim reported violated is a finding, recorded in spec/discrepancies.md, not a build failure.
 */
class ClaimChecksIT {

    /** Trials per simulated point; points with fewer than 10 expected failures are checked exactly only. */
    private static final long TRIALS = 200_000;

    /** Seed of the committed specification (spec/claims/). */
    private static final long SPEC_SEED = CheckSettings.DEFAULT_SEED;

    private static RunReport run;

    /** The run of this build: computed once, shared by both tests. */
    private static synchronized RunReport run() {
        if (run == null) {
            long seed = Long.parseLong(System.getProperty("reluspec.seed", Long.toString(SPEC_SEED)));
            double alpha = Double.parseDouble(System.getProperty("reluspec.alpha", "0.01"));
            int threads = Integer.parseInt(System.getProperty("reluspec.threads", "0"));
            run = SuiteRun.run(SuiteRun.defaultGrids(Papers.registry(), c -> true),
                    CheckSettings.of(seed, TRIALS, threads, alpha, CheckSettings.SimulationPolicy.WHERE_REACHABLE));
        }
        return run;
    }

    @Test
    void everyClaimOverItsDefaultGrid() throws Exception {
        Path dir = Path.of(System.getProperty("reluspec.reportDir", "target/reluspec-report"));
        ClaimRegistry registry = Papers.registry();
        RunReport report = run();
        JsonReport.write(report, dir.resolve("claims.json"));
        System.out.print(ClaimsTable.format(report));

        for (Claim c : registry.all()) {
            long n = report.results().stream().filter(r -> r.id().equals(c.id()) && r.variant().equals(c.variant()))
                    .count();
            assertEquals(c.defaultGrid().size(), n, c.key() + " has a result for every grid point");
        }
        List<ClaimResult> broken = report.results().stream()
                .filter(r -> r.verdict() == Verdict.SELF_CHECK_FAILED).collect(Collectors.toList());
        assertTrue(broken.isEmpty(), "self-checks failed: " + broken);
        assertTrue(Files.size(dir.resolve("claims.json")) > 0);
        assertRegisterCovers(report);
        if (report.seed() == SPEC_SEED) {   // the register records the committed seed's findings
            assertRegisterIsCurrent(report);
        }
    }

    /** Claim verdicts that are findings: a register row naming one must still be produced by the run. */
    private static final Set<String> FINDINGS = Set.of("VIOLATED", "EXACT_VIOLATED", "COUNTEREXAMPLE", "INCONCLUSIVE",
            "VACUOUS", "NOT_APPLICABLE", "ORDER_INCONSISTENT");

    /**
     * The other direction: every register row that names a claim verdict still describes this run (its id and
     * variants exist, and a finding verdict occurs for each variant), so a finding that disappears cannot leave a
     * stale row. Rows on experiments are checked by ExperimentsIT's outcomes, and rows reproduced by
     * {@code reluspec falsify} by FalsifierIT, not here.
     */
    private static void assertRegisterIsCurrent(RunReport report) throws Exception {
        Set<String> produced = new HashSet<>();
        Set<String> variants = new HashSet<>();
        for (ClaimResult r : report.results()) {
            produced.add(r.id() + " " + r.variant() + " " + r.verdict());
            variants.add(r.id() + " " + r.variant());
        }
        Register register = Register.read(Path.of("spec/discrepancies.md"));
        Set<String> stale = new TreeSet<>(register.malformed());
        for (Register.Row row : register.rows()) {
            if (row.experiment() || row.searchFinding()) {   // checked by ExperimentsIT and FalsifierIT
                continue;
            }
            for (String variant : row.variants()) {
                String key = row.id() + " " + variant;
                if (!variants.contains(key)) {
                    stale.add("row " + row.number() + ": no claim " + key);
                } else if (FINDINGS.contains(row.verdict()) && !produced.contains(key + " " + row.verdict())) {
                    stale.add("row " + row.number() + ": " + key + " no longer gives " + row.verdict());
                }
            }
        }
        assertTrue(stale.isEmpty(), "stale rows in spec/discrepancies.md: " + stale);
    }

    /**
     * Every (claim, variant, verdict) other than CONFIRMED / EXACT_HOLDS / ORDER_CONSISTENT needs a row in
     * spec/discrepancies.md.
     */
    private static void assertRegisterCovers(RunReport report) throws Exception {
        Set<String> rows = new HashSet<>();
        for (Register.Row row : Register.read(Path.of("spec/discrepancies.md")).rows()) {
            for (String variant : row.variants()) {   // one row may cover several variants
                rows.add(row.id() + " " + variant + " " + row.verdict());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (ClaimResult r : report.results()) {
            if (r.verdict() != Verdict.CONFIRMED && r.verdict() != Verdict.EXACT_HOLDS
                    && r.verdict() != Verdict.ORDER_CONSISTENT) {
                String key = r.id() + " " + r.variant() + " " + r.verdict();
                if (!rows.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "verdicts without a row in spec/discrepancies.md: " + missing);
    }

    /**
     * The committed spec/claims/ must be what the current code produces with the committed settings; regenerate
     * with {@code bash ci/update-spec.sh}.
     */
    @Test
    void committedSpecificationIsUpToDate() throws Exception {
        ClaimRegistry registry = Papers.registry();
        RunReport report = run().seed() == SPEC_SEED && run().alpha() == 0.01 ? run()
                : SuiteRun.run(SuiteRun.defaultGrids(registry, c -> true),
                CheckSettings.of(SPEC_SEED, TRIALS, 0, 0.01, CheckSettings.SimulationPolicy.WHERE_REACHABLE));
        Map<String, String> expected = SpecDocument.generate(registry, report);
        Path specDir = Path.of("spec/claims");
        for (Map.Entry<String, String> f : expected.entrySet()) {
            Path p = specDir.resolve(f.getKey());
            assertTrue(Files.exists(p), p + " missing: run bash ci/update-spec.sh");
            assertEquals(f.getValue(), Files.readString(p), p + " is stale: run bash ci/update-spec.sh");
        }
    }
}
