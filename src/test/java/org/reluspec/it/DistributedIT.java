package org.reluspec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.cli.ReluSpecCommand;
import org.reluspec.spark.SparkMain;

/**
 * Every kind of work gives the same result however it is split: a check (claim points, with simulated points and the
 * run's Holm correction), a falsifier search (claim variants, with confirmations and Holm) and an experiment
 * (configurations and seeds) computed on Spark {@code local[2]}, or in shards merged with {@code reluspec merge}, or
 * resumed from a checkpoint, give the plain command's JSON bit for bit, apart from the measured wall-clock times.
 */
class DistributedIT {

    /** Measured times: the only fields two runs of one command may differ in. */
    private static final Set<String> TIMES = Set.of("seconds", "trialsPerSecond", "startedAt");

    /** WUMA Lemma B.4: exact points, simulated points, and points that only the run's Holm test makes VIOLATED. */
    private static final String[] CHECK = {"check", "WUMA-B.4", "--no-progress"};

    /** One point simulated with three blocks of trials (three units whose failure counts add up to the point's). */
    private static final String[] CHECK_TRIALS = {"check", "MYV-B.1", "--param", "n=16", "--param", "sigma=1",
        "--trials", "3000000", "--no-progress"};

    /** Three variants, two failing: an exact violation and a confirmation decided by Holm over the run. */
    private static final String[] FALSIFY = {"falsify", "WUMA-B.4", "--budget", "32", "--no-progress"};

    /** VYS Fig. 1(b) at one seed: three training units. */
    private static final String[] EXPERIMENT = {"experiment", "VYS-Fig1b", "--seeds", "1", "--no-progress"};

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static JsonNode singleCheck;

    /** The plain check's JSON, computed once for the tests that compare with it. */
    private static synchronized JsonNode singleCheck() throws Exception {
        if (singleCheck == null) {
            singleCheck = plain(CHECK, "--json", shared + "/check.json").read(shared.resolve("check.json"));
        }
        return singleCheck;
    }

    @Test
    void aCheckOnLocalSparkOrInShardsEqualsThePlainCheck(@TempDir Path dir) throws Exception {
        JsonNode single = singleCheck();
        assertTrue(single.toString().contains("\"VIOLATED\"") && single.toString().contains("\"CONFIRMED\""),
                "the check should exercise Holm's correction over simulated points");
        assertEquals(0, spark(CHECK, "--json", dir + "/spark.json"));
        assertSame(single, read(dir.resolve("spark.json")), "local[2]");
        assertSame(single, sharded(dir, CHECK, 3), "three shards");
    }

    @Test
    void aPointSimulatedInBlocksOfTrialsOnLocalSparkOrInShardsEqualsThePlainPoint(@TempDir Path dir)
            throws Exception {
        JsonNode single = plain(CHECK_TRIALS, "--json", dir + "/single.json").read(dir.resolve("single.json"));
        assertEquals(3_000_000, single.path("results").get(0).path("conclusion").path("simulation").path("trials")
                .asLong());
        assertEquals(0, spark(CHECK_TRIALS, "--json", dir + "/spark.json"));
        assertSame(single, read(dir.resolve("spark.json")), "local[2]");
        assertSame(single, sharded(dir, CHECK_TRIALS, 2), "two shards");
        assertEquals(3, units(dir.resolve("all.ck")), "three blocks of trials");
    }

    @Test
    void aSearchOnLocalSparkOrInShardsEqualsThePlainSearch(@TempDir Path dir) throws Exception {
        JsonNode single = plain(FALSIFY, "--json", dir + "/single.json").read(dir.resolve("single.json"));
        assertTrue(single.toString().contains("\"rejected\":true"), "the search should confirm a finding by Holm");
        assertEquals(0, spark(FALSIFY, "--json", dir + "/spark.json"));
        assertEquals(single, read(dir.resolve("spark.json")), "local[2]");
        assertEquals(single, sharded(dir, FALSIFY, 2), "two shards");
    }

    @Test
    void anExperimentOnLocalSparkEqualsThePlainExperiment(@TempDir Path dir) throws Exception {
        assertEquals(0, run(EXPERIMENT, "--out", dir + "/single"));
        assertEquals(0, spark(EXPERIMENT, "--out", dir + "/spark"));
        ObjectNode single = (ObjectNode) read(dir.resolve("single/VYS-Fig1b.json"));
        ObjectNode spark = (ObjectNode) read(dir.resolve("spark/VYS-Fig1b.json"));
        single.remove("plots");
        spark.remove("plots");
        assertSame(single, spark, "local[2]");
    }

    @Test
    void aSparkRunResumesFromAShardsCheckpointAndCompletesIt(@TempDir Path dir) throws Exception {
        JsonNode single = singleCheck();
        Path file = dir.resolve("run.ck");
        assertEquals(0, run(CHECK, "--shard", "1/2", "--checkpoint", file.toString()));
        int before = units(file);
        StringWriter err = new StringWriter();
        assertEquals(0, SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                with(with(new String[] {"--master", "local[2]"}, CHECK), "--checkpoint", file.toString(), "--json",
                        dir + "/resumed.json")));
        assertTrue(err.toString().contains(before + " of 18 units finished already"), err.toString());
        assertEquals(18, units(file));
        assertSame(single, read(dir.resolve("resumed.json")), "resumed on local[2]");
        // a shard option makes no sense on a cluster: one line, exit 2, nothing written
        StringWriter refused = new StringWriter();
        assertEquals(2, SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(refused, true),
                with(with(new String[] {"--master", "local[2]"}, CHECK), "--shard", "1/2", "--checkpoint",
                        dir + "/x.ck")));
        assertTrue(refused.toString().startsWith("reluspec: error:") && refused.toString().lines().count() == 1,
                refused.toString());
        assertFalse(Files.exists(dir.resolve("x.ck")));
    }

    /** Shards {@code 1/n .. n/n}, merged, assembled: the assembled run's JSON. */
    private static JsonNode sharded(Path dir, String[] command, int n) throws Exception {
        List<String> files = new ArrayList<>(List.of("merge", "--out", dir + "/all.ck"));
        for (int k = 1; k <= n; k++) {
            assertEquals(0, run(command, "--shard", k + "/" + n, "--checkpoint", dir + "/s" + k + ".ck"));
            files.add(dir + "/s" + k + ".ck");
        }
        assertEquals(0, run(files.toArray(String[]::new)));
        assertEquals(0, run(command, "--checkpoint", dir + "/all.ck", "--assemble", "--json", dir + "/merged.json"));
        return read(dir.resolve("merged.json"));
    }

    private record Plain(int code) {
        JsonNode read(Path file) throws Exception {
            assertEquals(0, code);
            return DistributedIT.read(file);
        }
    }

    private static Plain plain(String[] command, String... more) {
        return new Plain(run(command, more));
    }

    private static int run(String[] command, String... more) {
        return ReluSpecCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                with(command, more));
    }

    private static int spark(String[] command, String... more) {
        return SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                with(with(new String[] {"--master", "local[2]"}, command), more));
    }

    private static String[] with(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static JsonNode read(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    private static int units(Path checkpoint) throws Exception {
        return (int) Files.readAllLines(checkpoint).stream().filter(l -> l.contains("\"address\"")).count();
    }

    /** Equal in every field but the measured times; numbers compared as written, digit for digit. */
    private static void assertSame(JsonNode expected, JsonNode actual, String how) {
        assertEquals(withoutTimes(expected.deepCopy()), withoutTimes(actual.deepCopy()), how + " differs from the "
                + "plain command");
    }

    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode o) {
            TIMES.forEach(o::remove);
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                withoutTimes(it.next());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(DistributedIT::withoutTimes);
        }
        return node;
    }
}
