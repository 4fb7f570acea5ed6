package org.reluspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluspec.claims.RunReport;
import org.reluspec.claims.Verdict;
import org.reluspec.report.JsonReport;

class CliTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ReluSpecCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listShowsIdsAndSources() {
        Run r = run("list");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("MYV-B.1") && r.out().contains("Lemma B.1"), r.out());
    }

    @Test
    void checkAtOnePointPrintsHypothesesExactEstimateBoundAndVerdictAndWritesJson(@TempDir Path dir) {
        Path json = dir.resolve("out/b1.json");
        Run r = run("check", "MYV-B.1", "--param", "n=64", "--param", "sigma=1", "--trials", "50000",
                "--seed", "7", "--json", json.toString());
        assertEquals(0, r.exit(), r.err());
        for (String s : new String[] {"hypotheses:", "exact: P(chi2_64 <= 32)", "estimate:", "bound: exp(-n/16)",
            "verdict: EXACT_HOLDS", "seed 7"}) {
            assertTrue(r.out().contains(s), "missing '" + s + "' in\n" + r.out());
        }
        RunReport report = JsonReport.read(json);
        assertEquals(1, report.results().size());
        assertEquals(Verdict.EXACT_HOLDS, report.results().get(0).verdict());
        assertEquals(50000, report.results().get(0).simulation().trials());
        assertEquals(7, report.seed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "n=0                | n = 0 violates the precondition n in [1, 1048576]",
        "sigma=-1           | sigma = -1 violates the precondition sigma in (0, infinity)",
        "sigma=abc          | parameter sigma: 'abc' is not a number",
        "sigma=NaN          | parameter sigma is NaN",
        "n=2.5              | n must be an integer",
        "d=3                | has no parameter d",
        "n                  | 'n' is not of the form name=value",
    })
    void badParametersExitWithTwoAndNameThePreconditionAndWriteNothing(String param, String message,
                                                                      @TempDir Path dir) {
        Path json = dir.resolve("never.json");
        String[] args = param.startsWith("n=") || param.equals("n")
                ? new String[] {"check", "MYV-B.1", "--param", param, "--param", "sigma=1", "--json", json.toString()}
                : new String[] {"check", "MYV-B.1", "--param", "n=4", "--param", param, "--json", json.toString()};
        Run r = run(args);
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains(message), "stderr: " + r.err());
        assertFalse(Files.exists(json));
    }

    /**
     * Cancellation: a run interrupted by SIGINT (Ctrl-C) leaves neither the report nor a temporary file. Runs the CLI
     * in a child JVM on this test's class path.
     */
    @Test
    void anInterruptedRunLeavesNoReportAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.reluspec.cli.ReluSpecCommand", "check", "--all",
                "--trials", "100000000", "--no-progress", "--json", json.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        Thread.sleep(3000);
        assertTrue(p.isAlive(), "the run should still be going");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the run stops on SIGINT");
        assertFalse(Files.exists(json), "no report after cancellation");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file");
        }
    }

    @Test
    void badOptionsExitWithTwo() {
        Run unknown = run("check", "MYV-Z.9");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no claim with id MYV-Z.9"), unknown.err());
        Run trials = run("check", "MYV-B.1", "--param", "n=4", "--param", "sigma=1", "--trials", "0");
        assertEquals(2, trials.exit());
        assertTrue(trials.err().contains("trials = 0 violates the precondition trials >= 1"), trials.err());
        Run notANumber = run("check", "MYV-B.1", "--trials", "many");
        assertEquals(2, notANumber.exit());
        Run alpha = run("check", "MYV-B.1", "--alpha", "1.5");
        assertEquals(2, alpha.exit());
        assertTrue(alpha.err().contains("alpha = 1.5 violates the precondition 0 < alpha < 1"), alpha.err());
    }

    @Test
    void proveRefusesAFolderThatIsNotACheckout(@TempDir Path dir) {
        Run r = run("prove", "--project", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a ReLUSpec checkout"), r.err());
    }

    /** The shipped jar has no KeY (GPL, test scope): {@code prove} must say so and exit 2, not fail obscurely. */
    @Test
    void proveWithoutKeYOnTheClassPathExitsTwoAndSaysHowToRunIt(@TempDir Path dir) throws Exception {
        String mainOnly = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("test-classes") && !e.contains("key-project"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                mainOnly, "org.reluspec.cli.ReluSpecCommand", "prove")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        String out = Files.readString(dir.resolve("out.txt"));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("KeY") && out.contains("ci/prove.sh"), out);
    }

    @Test
    void experimentListsAndRefusesUnknownIdsAndBadSeedCounts() {
        Run list = run("experiment", "--list");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("MYV-E2") && list.out().contains("MYV-Fig4a"), list.out());
        Run unknown = run("experiment", "MYV-E9");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("MYV-E9"), unknown.err());
        Run seeds = run("experiment", "MYV-E2", "--seeds", "0");
        assertEquals(2, seeds.exit());
        assertTrue(seeds.err().contains("seeds = 0 violates the precondition seeds >= 1"), seeds.err());
    }

    @Test
    void experimentRunsAndWritesJsonAndPlot(@TempDir Path dir) throws Exception {
        Run r = run("experiment", "MYV-E2", "--seeds", "1", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("VIOLATES") && r.out().contains("outcome:"), r.out());
        assertTrue(Files.size(dir.resolve("MYV-E2.json")) > 100);
        assertTrue(Files.size(dir.resolve("MYV-E2-boundary.png")) > 1000);
    }
}
