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
import org.reluspec.engine.RunReport;
import org.reluspec.engine.Verdict;
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
        assertEquals(50000, report.results().get(0).probabilistic().orElseThrow().simulation().orElseThrow().trials());
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
    void aNegativeStateIntervalIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Run r = run("experiment", "VYS-Fig1b", "--seeds", "1", "--checkpoint", dir + "/run.ck", "--state-every", "-1",
                "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--state-every = -1 violates the precondition --state-every >= 0"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void experimentRunsAndWritesJsonAndPlot(@TempDir Path dir) throws Exception {
        Run r = run("experiment", "MYV-E2", "--seeds", "1", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("VIOLATES") && r.out().contains("outcome:"), r.out());
        assertTrue(Files.size(dir.resolve("MYV-E2.json")) > 100);
        assertTrue(Files.size(dir.resolve("MYV-E2-boundary.png")) > 1000);
    }

    @Test
    void assumptionsReportHypothesesWithMarginsAndExitCodes() {
        Run in = run("assumptions", "--param", "d=2000", "--param", "ell=1000", "--param", "m=3", "--claim", "MYV-T5.1");
        assertEquals(0, in.exit(), in.out() + in.err());
        assertTrue(in.out().contains("ell >= 32(m-1) ln(m^2 d)  (lhs 1000.00, rhs 627.080, margin 372.920)"), in.out());
        assertTrue(in.out().contains("bound 5(m exp(-ell/16) + d^(-1/2)) = 0.111803: below 1"), in.out());
        Run out = run("assumptions", "--param", "d=200", "--param", "ell=100", "--param", "m=10", "--claim", "MYV-T5.1");
        assertEquals(1, out.exit(), out.out());
        assertTrue(out.out().contains("FAILS  H2"), out.out());
        Run bad = run("assumptions", "--param", "d=100", "--param", "ell=100", "--param", "m=3", "--claim", "MYV-T5.1");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("d > ell"), bad.err());
        Run missing = run("assumptions", "--param", "d=100", "--claim", "MYV-T5.1");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("ell, m"), missing.err());
    }

    @Test
    void assumptionsReadADatasetAndANetworkAndRefuseMalformedFiles(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("grid.csv");
        StringBuilder csv = new StringBuilder("# E.3's affine grid on z = 0.5\n");
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                csv.append((a + b) % 2 == 0 ? "1" : "-1").append(',').append(-1 + a / 2.0).append(',')
                        .append(-1 + b / 2.0).append(",0.5\n");
            }
        }
        Files.writeString(data, csv);
        Run r = run("assumptions", "--data", data.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("linear span of dimension 3 (ell = d - rank = 0), affine hull of dimension 2"), r.out());
        assertTrue(r.out().contains("FAILS  MYV-SET data"), r.out());

        Path net = dir.resolve("net.json");
        Files.writeString(net, "{\"w\": [[1, 0, 0], [0, 1, 0]], \"v\": [0.7071067811865476, -0.7071067811865476]}");
        Run n = run("assumptions", "--net", net.toString(), "--claim", "MYV-R3.1");
        assertTrue(n.out().contains("biases zero, output weights +-1/sqrt(m): true"), n.out());

        Files.writeString(data, "1,0.5,0.5\n-1,0.5\n");
        Run malformed = run("assumptions", "--data", data.toString());
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().contains("line 2: has 1 coordinates, earlier lines have 2"), malformed.err());
        Files.writeString(data, "2,0.5,0.5\n");
        assertTrue(run("assumptions", "--data", data.toString()).err().contains("label 2 is not +1 or -1"));
        Files.writeString(net, "{\"w\": [[1, 0]], \"v\": [\"x\"]}");
        Run badNet = run("assumptions", "--net", net.toString());
        assertEquals(2, badNet.exit());
        assertTrue(badNet.err().contains("field v[0]"), badNet.err());
    }

    @Test
    void assumptionsCoverEveryExperimentOfTheCatalogue() {
        Run r = run("assumptions", "--experiments");
        assertEquals(1, r.exit());
        for (String id : new String[] {"MYV-E2", "MYV-E3", "MYV-E4", "MYV-E5", "MYV-Fig4a", "MYV-Fig4b", "WUMA-5.1",
            "WUMA-5.2", "VYS-Fig1a", "VYS-Fig1b"}) {
            assertTrue(r.out().contains(id + "  ["), id + " missing");
        }
    }

    @Test
    void kktRecognizesAConstructedKktPointAndRejectsAPerturbedOne(@TempDir Path dir) throws Exception {
        int d = 4;
        var net = org.reluspec.kkt.KktPoints.antipodalKkt(d, new double[] {1, 3}, new double[] {1}, 0);
        var data = org.reluspec.kkt.KktPoints.antipodalPair(d);
        Path csv = dir.resolve("data.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            sb.append((int) data.y()[i]);
            for (double v : data.example(i)) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        Files.writeString(csv, sb);
        Path json = dir.resolve("net.json");
        Files.writeString(json, netJson(net.firstLayer(), net.biases(), net.outputWeights(), d));
        Run ok = run("kkt", "--net", json.toString(), "--data", csv.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("verdict: KKT point"), ok.out());
        double[] w = net.firstLayer().clone();
        w[1] += 0.01;
        Files.writeString(json, netJson(w, net.biases(), net.outputWeights(), d));
        Run bad = run("kkt", "--net", json.toString(), "--data", csv.toString());
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("NOT a KKT point"), bad.out());
        Files.writeString(json, "{\"w\": [[1, 2]], \"v\": [1]}");
        Run mismatch = run("kkt", "--net", json.toString(), "--data", csv.toString());
        assertEquals(2, mismatch.exit());
        assertTrue(mismatch.err().contains("network input vs data"), mismatch.err());
    }

    private static String netJson(double[] w, double[] b, double[] v, int d) {
        StringBuilder sb = new StringBuilder("{\"w\": [");
        for (int j = 0; j < v.length; j++) {
            sb.append(j == 0 ? "[" : ", [");
            for (int k = 0; k < d; k++) {
                sb.append(k == 0 ? "" : ", ").append(w[j * d + k]);
            }
            sb.append(']');
        }
        sb.append("], \"b\": ").append(java.util.Arrays.toString(b)).append(", \"v\": ")
                .append(java.util.Arrays.toString(v)).append('}');
        return sb.toString();
    }

    @Test
    void assumptionsAnswerForTheoremsWhoseConclusionsAreNotEncodedYet() {
        Run wuma = run("assumptions", "--param", "d=784", "--param", "m=1000", "--param", "gamma=0.1", "--claim",
                "WUMA-T3.1");
        assertEquals(1, wuma.exit(), wuma.out());
        assertTrue(wuma.out().contains("FAILS  H4               m >= d^2.4"), wuma.out());
        assertTrue(wuma.out().contains("open   H4'"), wuma.out());
        Run vys = run("assumptions", "--param", "d=1000", "--param", "m=10", "--param", "p=20", "--param", "c=0.5",
                "--claim", "VYS-T4.1");
        assertEquals(0, vys.exit(), vys.out());
    }

    @Test
    void everySubcommandAnswersHelpWithExitZero() {
        picocli.CommandLine cl = new picocli.CommandLine(new ReluSpecCommand());
        java.util.List<String> names = new java.util.ArrayList<>(cl.getSubcommands().keySet());
        names.add("kkt");   // added by a paper at run time
        for (String name : names) {
            Run r = run(name, "--help");
            assertEquals(0, r.exit(), name + ": " + r.err());
            assertTrue(r.out().contains("Usage: reluspec " + name), name + ": " + r.out());
        }
    }

    @Test
    void anOutputThatIsADirectoryIsOneLineNamingItWithExitTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run r = run("check", "MYV-B.1", "--param", "n=4", "--param", "sigma=1", "--trials", "100", "--no-progress",
                "--json", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("reluspec: error: " + dir), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("[IO_FAILURE]"), r.err());
    }

    @Test
    void aRepeatedParameterIsAnError() {
        Run r = run("check", "MYV-B.1", "--param", "n=4", "--param", "sigma=1", "--param", "n=8");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("parameter n is given twice"), r.err());
    }

    @Test
    void negativeThreadsAreRejectedAndZeroMeansEveryCore() {
        Run bad = run("check", "MYV-B.1", "--param", "n=4", "--param", "sigma=1", "--trials", "100", "--threads", "-1");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("threads = -1 violates the precondition threads >= 0"), bad.err());
        Run zero = run("check", "MYV-B.1", "--param", "n=4", "--param", "sigma=1", "--trials", "100", "--threads", "0",
                "--no-progress");
        assertEquals(0, zero.exit(), zero.err());
        assertTrue(zero.out().contains(Runtime.getRuntime().availableProcessors() + " threads"), zero.out());
    }

    @Test
    void anExperimentRefusesACheckpointOfAnotherRunInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.checkpoint");
        java.nio.file.Files.writeString(file, "{\"run\":\"size=paper seed=1 seeds=5\"}\n");
        Run r = run("experiment", "MYV-E2", "--checkpoint", file.toString(), "--out", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("size=paper seed=1 seeds=5"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void nativeBlasWithoutOneOpenBlasThreadIsWarnedAbout() {
        assertTrue(ExperimentCommand.blasThreadWarning(null, true, 2).contains("OPENBLAS_NUM_THREADS is unset"));
        assertTrue(ExperimentCommand.blasThreadWarning("4", true, 1).contains("OPENBLAS_NUM_THREADS is 4"));
        assertEquals(null, ExperimentCommand.blasThreadWarning("1", true, 2), "one thread per worker: nothing to say");
        assertEquals(null, ExperimentCommand.blasThreadWarning(null, false, 2), "the pure-Java fallback has no threads");
    }
}
