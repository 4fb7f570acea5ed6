package org.reluspec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reluspec.engine.CheckSettings;
import org.reluspec.experiments.Checkpoint;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.ExperimentRunner;
import org.reluspec.experiments.Size;
import org.reluspec.experiments.Units;
import org.reluspec.papers.Papers;

/**
 * An experiment killed after some of its units and resumed from its checkpoint gives the result of an uninterrupted
 * run, number for number; and experiments run side by side give the results they give one at a time.
 */
class ExperimentResumeIT {

    private static final long SEED = CheckSettings.DEFAULT_SEED;

    @Test
    void aKilledRunResumedFromItsCheckpointEqualsAnUninterruptedOne(@TempDir Path dir) {
        Experiment e = Papers.experiment("MYV-Fig4a");
        ExperimentResult whole = e.run(new Experiment.Run(SEED, 2, Size.REDUCED, dir.resolve("whole")));
        Path file = dir.resolve("fig4a.checkpoint");
        String key = "size=reduced seed=" + SEED + " seeds=2";
        try (Checkpoint c = new Checkpoint(file, key, (a, d, t, s, r) -> { })) {
            Units killedAfterOne = new Units() {
                private int finished;

                @Override
                public double[] compute(String address, Supplier<double[]> work) {
                    if (finished++ == 1) {
                        throw new IllegalStateException("killed");
                    }
                    return c.compute(address, work);
                }
            };
            assertThrows(IllegalStateException.class, () -> e.run(new Experiment.Run(SEED, 2, Size.REDUCED,
                    dir.resolve("killed"), killedAfterOne)));
        }
        int[] restored = new int[1];
        try (Checkpoint c = new Checkpoint(file, key, (a, d, t, s, r) -> restored[0] += r ? 1 : 0)) {
            assertEquals(1, c.restorable());
            ExperimentResult resumed = e.run(new Experiment.Run(SEED, 2, Size.REDUCED, dir.resolve("resumed"), c));
            assertEquals(1, restored[0]);
            assertSameNumbers(whole, resumed);
        }
    }

    @Test
    void experimentsSideBySideGiveTheirOneAtATimeResults(@TempDir Path dir) {
        List<Experiment> some = List.of(Papers.experiment("MYV-E2"), Papers.experiment("MYV-T5-tightness"),
                Papers.experiment("MYV-FIG1"));
        List<ExperimentResult> one = ExperimentRunner.run(some, new Experiment.Run(SEED, 1, Size.REDUCED,
                dir.resolve("one")), 1, (e, r) -> { });
        List<ExperimentResult> two = ExperimentRunner.run(some, new Experiment.Run(SEED, 1, Size.REDUCED,
                dir.resolve("two")), 2, (e, r) -> { });
        for (int i = 0; i < some.size(); i++) {
            assertSameNumbers(one.get(i), two.get(i));
        }
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
