package org.reluspec.work;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.util.LoopState;
import org.reluspec.util.ReluSpecArgumentException;

class CheckpointTest {

    private static final String KEY = "size=reduced seed=7 seeds=2";
    private static final UnitListener QUIET = UnitListener.QUIET;

    /** An experiment's unit through the checkpoint: its numbers as exact bits. */
    private static double[] numbers(Checkpoint c, String address, java.util.function.Supplier<double[]> work) {
        return Checkpoint.doubles(c.compute(address, () -> Checkpoint.bits(work.get())));
    }

    private static double[] never() {
        throw new AssertionError("a recorded unit must not be recomputed");
    }

    @Test
    void recordedUnitsComeBackBitForBitWithoutBeingRecomputed(@TempDir Path dir) {
        Path file = dir.resolve("run.checkpoint");
        double[] odd = {-0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.1 + 0.2, -1e308};
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            assertEquals(0, c.restorable());
            assertArrayEquals(odd, numbers(c, "E/a/seed 0", odd::clone));
            numbers(c, "E/a/seed 1", () -> new double[] {1, 2});
        }
        List<String> seen = new ArrayList<>();
        try (Checkpoint c = new Checkpoint(file, KEY, (a, d, t, s, restored) -> seen.add(a + " " + restored))) {
            assertEquals(2, c.restorable());
            double[] back = numbers(c, "E/a/seed 0", CheckpointTest::never);
            for (int k = 0; k < odd.length; k++) {
                assertEquals(Double.doubleToRawLongBits(odd[k]), Double.doubleToRawLongBits(back[k]), "value " + k);
            }
            assertArrayEquals(new double[] {3}, numbers(c, "E/b/seed 0", () -> new double[] {3}));
        }
        assertEquals(List.of("E/a/seed 0 true", "E/b/seed 0 false"), seen);
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            assertEquals(3, c.restorable());
        }
    }

    @Test
    void aLineCutOffByAKillIsDroppedAndRecomputed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.checkpoint");
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            numbers(c, "E/a/seed 0", () -> new double[] {1});
        }
        Files.writeString(file, "{\"address\":\"E/a/seed 1\",\"bi", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            assertEquals(1, c.restorable());
            assertArrayEquals(new double[] {2}, numbers(c, "E/a/seed 1", () -> new double[] {2}));
        }
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            assertEquals(2, c.restorable());
            assertArrayEquals(new double[] {2}, numbers(c, "E/a/seed 1", CheckpointTest::never));
        }
    }

    @Test
    void aCheckpointOfAnotherRunOrAMalformedOneIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.checkpoint");
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET)) {
            numbers(c, "E/a/seed 0", () -> new double[] {1});
        }
        ReluSpecArgumentException other = assertThrows(ReluSpecArgumentException.class,
                () -> new Checkpoint(file, "size=paper seed=7 seeds=2", QUIET));
        assertTrue(other.getMessage().contains(file.toString()) && other.getMessage().contains("size=reduced"),
                other.getMessage());
        Files.writeString(file, "{\"address\":\"E/a/seed 0\",\"bits\":[\"3ff0000000000000\"]}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertTrue(assertThrows(ReluSpecArgumentException.class, () -> new Checkpoint(file, KEY, QUIET))
                .getMessage().contains("recorded twice"));
        Path bad = dir.resolve("bad.checkpoint");
        Files.writeString(bad, "{\"run\":\"" + KEY + "\"}\n{\"address\":\"x\",\"bits\":[\"zz\"]}\n");
        assertTrue(assertThrows(ReluSpecArgumentException.class, () -> new Checkpoint(bad, KEY, QUIET))
                .getMessage().contains("hexadecimal"));
        Path notJson = dir.resolve("not.checkpoint");
        Files.writeString(notJson, "hello\n");
        assertThrows(ReluSpecArgumentException.class, () -> new Checkpoint(notJson, KEY, QUIET));
    }

    /** What a kill does to a unit: it stops right where it is. */
    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /**
     * A unit with one long loop that keeps its state: {@code acc <- acc + sqrt(step + acc)}, killed at step
     * {@code killAt} (none when negative); {@code ran} counts the steps it takes.
     */
    private static double[] loop(int steps, int killAt, int[] ran) {
        LoopState.Loop kept = LoopState.enter("sqrt loop");
        double[] acc = {0};
        long step = kept.resumed().map(s -> {
            acc[0] = s.arrays()[0][0];
            return s.step();
        }).orElse(0L);
        for (; step < steps; step++) {
            kept.offer(step, () -> new double[][] {acc});
            if (step == killAt) {
                throw new Killed();
            }
            acc[0] += Math.sqrt(step + acc[0]);
            ran[0]++;
        }
        return new double[] {acc[0]};
    }

    private static List<Path> states(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("run.checkpoint.state-")).toList();
        }
    }

    @Test
    void aUnitKilledInsideItsLoopResumesFromItsKeptStateToTheSameBits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.checkpoint");
        double[] whole = loop(100, -1, new int[1]);
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET, 0)) {
            assertThrows(Killed.class, () -> numbers(c, "E/a/seed 0", () -> loop(100, 40, new int[1])));
        }
        assertEquals(1, states(dir).size(), "the state beside the checkpoint");
        Files.write(dir.resolve(states(dir).get(0).getFileName() + ".tmp"), new byte[5]);   // a kill while writing
        List<String> status = new ArrayList<>();
        int[] ran = new int[1];
        UnitListener listener = new UnitListener() {
            @Override
            public void unitDone(String address, int done, int total, double seconds, boolean restored) {
            }

            @Override
            public void unitStatus(String address, String line) {
                status.add(address + ": " + line);
            }
        };
        try (Checkpoint c = new Checkpoint(file, KEY, listener, 0)) {
            assertEquals(0, c.restorable());
            double[] resumed = numbers(c, "E/a/seed 0", () -> loop(100, -1, ran));
            assertEquals(Double.doubleToRawLongBits(whole[0]), Double.doubleToRawLongBits(resumed[0]));
            // another unit of the run finds no state of its own
            assertArrayEquals(whole, numbers(c, "E/a/seed 1", () -> loop(100, -1, new int[1])));
        }
        assertEquals(60, ran[0], "steps 40..99 only");
        assertTrue(status.get(0).startsWith("E/a/seed 0: resumes at step 40 from " + dir), status.toString());
        assertEquals(List.of(), states(dir), "a recorded unit's state is deleted");
    }

    @Test
    void aDamagedStateIsRefusedNamingItsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.checkpoint");
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET, 0)) {
            assertThrows(Killed.class, () -> numbers(c, "E/a/seed 0", () -> loop(100, 7, new int[1])));
        }
        Path state = states(dir).get(0);
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET, 0)) {
            ReluSpecArgumentException e = assertThrows(ReluSpecArgumentException.class,
                    () -> numbers(c, "E/a/seed 0", () -> loop(100, -1, new int[1])));
            assertTrue(e.getMessage().contains(state.toString()) && e.getMessage().contains("checksum"),
                    e.getMessage());
        }
        Files.write(state, new byte[3]);
        try (Checkpoint c = new Checkpoint(file, KEY, QUIET, 0)) {
            assertTrue(assertThrows(ReluSpecArgumentException.class,
                    () -> numbers(c, "E/a/seed 0", () -> loop(100, -1, new int[1]))).getMessage()
                    .contains("3 bytes long"));
        }
        assertThrows(ReluSpecArgumentException.class, () -> new Checkpoint(file, KEY, QUIET, -1));
    }
}
