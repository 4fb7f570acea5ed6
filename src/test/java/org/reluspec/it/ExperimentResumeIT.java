package org.reluspec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.cli.ReluSpecCommand;
import org.reluspec.engine.CheckSettings;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.ExperimentRunner;
import org.reluspec.experiments.Size;
import org.reluspec.experiments.Units;
import org.reluspec.papers.Papers;
import org.reluspec.work.Checkpoint;
import org.reluspec.work.UnitListener;

/**
 * An experiment killed after some of its units and resumed from its checkpoint gives the result of an uninterrupted
 * run, number for number; a run split into shards ({@code --shard K/N}), merged ({@code reluspec merge}) and assembled
 * ({@code --assemble}) gives the single run's JSON; and experiments run side by side give the results they give one at
 * a time.
 */
class ExperimentResumeIT {

    private static final long SEED = CheckSettings.DEFAULT_SEED;

    @Test
    void aKilledRunResumedFromItsCheckpointEqualsAnUninterruptedOne(@TempDir Path dir) {
        // VYS-Fig1b at one seed: three units (widths 10, 30, 100), a few seconds each
        Experiment e = Papers.experiment("VYS-Fig1b");
        // the uninterrupted run on the other core meanwhile (a run on one core draws only from its own streams)
        CompletableFuture<ExperimentResult> whole = CompletableFuture.supplyAsync(
                () -> e.run(new Experiment.Run(SEED, 1, Size.REDUCED, dir.resolve("whole"))));
        Path file = dir.resolve("fig1b.checkpoint");
        String key = "size=reduced seed=" + SEED + " seeds=1";
        try (Checkpoint c = new Checkpoint(file, key, UnitListener.QUIET)) {
            Units recorded = Units.recordedIn(c);
            Units killedAfterOne = new Units() {
                private int finished;

                @Override
                public double[] compute(String address, Supplier<double[]> work) {
                    if (finished++ == 1) {
                        throw new IllegalStateException("killed");
                    }
                    return recorded.compute(address, work);
                }
            };
            assertThrows(IllegalStateException.class, () -> e.run(new Experiment.Run(SEED, 1, Size.REDUCED,
                    dir.resolve("killed"), killedAfterOne)));
        }
        int[] restored = new int[1];
        try (Checkpoint c = new Checkpoint(file, key, (a, d, t, s, r) -> restored[0] += r ? 1 : 0)) {
            assertEquals(1, c.restorable());
            ExperimentResult resumed = e.run(new Experiment.Run(SEED, 1, Size.REDUCED, dir.resolve("resumed"),
                    Units.recordedIn(c)));
            assertEquals(1, restored[0]);
            assertSameNumbers(whole.join(), resumed);
        }
    }

    @Test
    void aRunKilledInsideATrainingRunResumesInsideItWithTheSameBits(@TempDir Path dir) throws Exception {
        // VYS-Fig1b's width-100 unit at one seed: section 6's schedule, about 72,000 GD steps (seconds)
        String[] unit = {"experiment", "VYS-Fig1b", "--seeds", "1", "--shard", "3/3", "--threads", "1"};
        assertEquals(0, cli(concat(unit, "--no-progress", "--checkpoint", dir + "/whole.ck", "--out",
                dir + "/whole")));
        Path file = dir.resolve("killed.ck");
        String[] killed = concat(unit, "--checkpoint", file.toString(), "--state-every", "1", "--out",
                dir + "/killed");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), "org.reluspec.cli.ReluSpecCommand"));
        command.addAll(Arrays.asList(concat(killed, "--no-progress")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.txt").toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (states(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(states(dir).isEmpty(), "no state kept within the unit: " + Files.readString(dir.resolve(
                "killed.txt")));
        p.destroyForcibly().waitFor();   // SIGKILL: no shutdown hook, no flush
        assertEquals(1, Files.readAllLines(file).size(), "the unit was not finished when the run was killed");
        StringWriter err = new StringWriter();
        assertEquals(0, ReluSpecCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                killed));
        assertTrue(err.toString().matches("(?s).*VYS-Fig1b/d=30 width=100/seed 0: resumes at step [1-9][0-9]* from "
                + java.util.regex.Pattern.quote(dir.toString()) + ".*"), err.toString());
        assertEquals(List.of(), states(dir), "the state is deleted once the unit is recorded");
        // the unit's line, its value as exact bits, is the uninterrupted run's
        assertEquals(Files.readAllLines(dir.resolve("whole.ck")).get(1), Files.readAllLines(file).get(1));
    }

    private static List<Path> states(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".ck.state-")
                    && !f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void experimentsSideBySideGiveTheirOneAtATimeResults(@TempDir Path dir) {
        List<Experiment> some = List.of(Papers.experiment("MYV-E2"), Papers.experiment("MYV-T5-tightness"),
                Papers.experiment("VYS-Fig1b"));
        // the one-at-a-time run beside the side-by-side one: it is on one core, so the second would idle otherwise
        CompletableFuture<List<ExperimentResult>> one = CompletableFuture.supplyAsync(() -> ExperimentRunner.run(some,
                new Experiment.Run(SEED, 1, Size.REDUCED, dir.resolve("one")), 1, (e, r) -> { }));
        List<ExperimentResult> two = ExperimentRunner.run(some, new Experiment.Run(SEED, 1, Size.REDUCED,
                dir.resolve("two")), 2, (e, r) -> { });
        for (int i = 0; i < some.size(); i++) {
            assertSameNumbers(one.join().get(i), two.get(i));
        }
    }

    @Test
    void shardsMergedAndAssembledEqualTheSingleRunAndAMissingOrRepeatedShardIsRefusedByName(@TempDir Path dir)
            throws Exception {
        // VYS-Fig1b at one seed: three units; shard 1 of 2 takes widths 10 and 100, shard 2 width 30
        String fig = "VYS-Fig1b";
        assertEquals(0, cli("experiment", fig, "--seeds", "1", "--no-progress", "--out", dir + "/single"));
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, cli("experiment", fig, "--seeds", "1", "--no-progress", "--shard", k + "/2",
                    "--checkpoint", dir + "/s" + k + ".ck", "--out", dir + "/shard"));
        }
        assertEquals(0, cli("merge", "--out", dir + "/all.ck", dir + "/s1.ck", dir + "/s2.ck"));
        assertEquals(0, cli("experiment", fig, "--seeds", "1", "--no-progress", "--checkpoint", dir + "/all.ck",
                "--assemble", "--out", dir + "/merged"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode single = (ObjectNode) json.readTree(dir.resolve("single/VYS-Fig1b.json").toFile());
        ObjectNode merged = (ObjectNode) json.readTree(dir.resolve("merged/VYS-Fig1b.json").toFile());
        for (String volatileField : new String[] {"seconds", "plots"}) {
            single.remove(volatileField);
            merged.remove(volatileField);
        }
        assertEquals(single, merged, "sharded, merged and assembled differs from the single run");
        // a shard given twice is refused, nothing half-written; an assembly that lacks units names them
        assertEquals(2, cli("merge", "--out", dir + "/twice.ck", dir + "/s1.ck", dir + "/s1.ck"));
        assertFalse(Files.exists(dir.resolve("twice.ck")));
        StringWriter err = new StringWriter();
        assertEquals(2, ReluSpecCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "experiment", fig, "--seeds", "1", "--no-progress", "--checkpoint", dir + "/s2.ck", "--assemble",
                "--out", dir + "/x"));
        assertTrue(err.toString().contains("VYS-Fig1b/d=30 width=10/seed 0")
                && err.toString().contains("VYS-Fig1b/d=30 width=100/seed 0"), err.toString());
    }

    private static int cli(String... args) {
        return ReluSpecCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    private static void assertSameNumbers(ExperimentResult a, ExperimentResult b) {
        assertEquals(a.id(), b.id());
        assertEquals(a.measurements().size(), b.measurements().size());
        for (int i = 0; i < a.measurements().size(); i++) {
            ExperimentResult.Measurement x = a.measurements().get(i);
            ExperimentResult.Measurement y = b.measurements().get(i);
            String what = a.id() + " " + x.configuration() + " " + x.quantity();
            assertEquals(x.configuration() + x.quantity(), y.configuration() + y.quantity(), what);
            assertEquals(Arrays.toString(x.perSeed()), Arrays.toString(y.perSeed()), what);
            assertEquals(Double.doubleToLongBits(x.median()), Double.doubleToLongBits(y.median()), what);
        }
        assertEquals(a.checks(), b.checks());
    }
}
