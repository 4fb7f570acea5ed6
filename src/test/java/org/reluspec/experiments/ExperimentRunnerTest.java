package org.reluspec.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shared queue of {@link ExperimentRunner}: same results for any number of workers, handed back in order. */
class ExperimentRunnerTest {

    /** What a test experiment need not say: only its id, units and run matter here. */
    private interface Fake extends Experiment {
        @Override default String title() { return id(); }
        @Override default String source() { return "test"; }
        @Override default List<Configuration> configurations(Size size) { return List.of(); }
        @Override default String paperScale() { return "as reduced"; }
    }

    /** Configurations x seeds units, each a few draws from its own stream; the result lists the units' numbers. */
    private record Split(String id, int configurations) implements Fake {

        @Override
        public List<Unit> units(Run run) {
            List<Unit> list = new ArrayList<>();
            for (int c = 0; c < configurations; c++) {
                for (int s = 0; s < run.seeds(); s++) {
                    String address = Run.address(id, "c" + c, s);
                    long stream = run.seed() ^ address.hashCode();
                    list.add(new Unit(address, () -> new SplittableRandom(stream).doubles(3).toArray()));
                }
            }
            return list;
        }

        @Override
        public ExperimentResult run(Run run) {
            Map<String, double[]> numbers = run.compute(id, units(run));
            List<ExperimentResult.Measurement> rows = new ArrayList<>();
            for (Unit u : units(run)) {
                double[] v = numbers.get(u.address());
                rows.add(new ExperimentResult.Measurement(u.address(), "draws", v, v[0]));
            }
            return new ExperimentResult(id, run.size(), run.seed(), run.seeds(), rows, List.of(), List.of(), 0);
        }
    }

    /** An experiment that runs as one piece. */
    private record Whole(String id) implements Fake {

        @Override
        public ExperimentResult run(Run run) {
            double[] v = new SplittableRandom(run.seed() ^ id.hashCode()).doubles(4).toArray();
            return new ExperimentResult(id, run.size(), run.seed(), run.seeds(),
                    List.of(new ExperimentResult.Measurement("all", "draws", v, v[0])), List.of(), List.of(), 0);
        }
    }

    private static final List<Experiment> EXPERIMENTS = List.of(new Split("A", 3), new Whole("B"),
            new Split("C", 5), new Whole("D"), new Split("E", 1));

    private static List<ExperimentResult> run(int threads, List<String> order) {
        Experiment.Run run = new Experiment.Run(20261122L, 4, Size.REDUCED, Path.of("unused"));
        return ExperimentRunner.run(EXPERIMENTS, run, threads, (e, r) -> {
            assertSame(e.id(), r.id());
            order.add(e.id());
        });
    }

    @Test
    void anyNumberOfWorkersGivesTheSameResultsInTheGivenOrder() {
        List<String> sequential = new ArrayList<>();
        List<ExperimentResult> one = run(1, sequential);
        assertEquals(List.of("A", "B", "C", "D", "E"), sequential);
        for (int threads : new int[] {2, 3, 8}) {
            List<String> order = new ArrayList<>();
            List<ExperimentResult> many = run(threads, order);
            assertEquals(sequential, order, threads + " workers");
            for (int i = 0; i < one.size(); i++) {
                List<ExperimentResult.Measurement> a = one.get(i).measurements();
                List<ExperimentResult.Measurement> b = many.get(i).measurements();
                assertEquals(a.size(), b.size());
                for (int k = 0; k < a.size(); k++) {
                    assertEquals(a.get(k).configuration(), b.get(k).configuration());
                    assertArrayEquals(a.get(k).perSeed(), b.get(k).perSeed(), 0.0, threads + " workers");
                }
            }
        }
    }

    @Test
    void aFailingUnitFailsTheRunWithItsOwnException() {
        Experiment broken = new Fake() {
            @Override public String id() { return "F"; }
            @Override public List<Unit> units(Run run) {
                return List.of(new Unit("F/c/seed 0", () -> {
                    throw new IllegalStateException("unit F/c/seed 0 broke");
                }));
            }
            @Override public ExperimentResult run(Run run) {
                run.compute("F", units(run));
                throw new AssertionError("not reached");
            }
        };
        assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(List.of(new Whole("B"), broken),
                new Experiment.Run(1L, 1, Size.REDUCED, Path.of("unused")), 2, (e, r) -> { }));
    }
}
