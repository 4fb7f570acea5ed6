package org.reluspec.experiments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.util.SideBySide;

/**
 * Runs several experiments side by side. Every experiment draws only from its own
 * {@code TrialStreams(seed, id, ...)}, and every unit of one from its own streams, so a result does not depend on the
 * number of workers or on what runs next to it; results are handed back in the order the experiments were given.
 *
 * <p>The workers share one queue: first the experiments that run as one piece (the longest jobs), then every
 * (configuration, seed) unit of the others. Experiments as jobs left a worker idle for minutes while the last long
 * experiment finished (at reduced size they take 5-131 s each on one core); units are short, so both workers stay busy
 * to the end. Each experiment is then assembled, in order, from its units' numbers.
 */
public final class ExperimentRunner {

    private ExperimentRunner() {
    }

    /**
     * @param experiments what to run
     * @param run seed, seeds, size, plot folder and units, shared by every experiment
     * @param threads workers ({@code >= 1})
     * @param done receives each experiment with its result, in the given order, as soon as it and every earlier one
     *             have finished
     * @return the results in the given order
     */
    public static List<ExperimentResult> run(List<Experiment> experiments, Experiment.Run run, int threads,
                                             BiConsumer<Experiment, ExperimentResult> done) {
        if (threads <= 1) {
            return SideBySide.map(experiments, 1, e -> withProducts(e.run(run), run), done);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<Experiment, Future<ExperimentResult>> whole = new HashMap<>();
            Map<String, Future<double[]>> units = new ConcurrentHashMap<>();
            List<Experiment.Unit> queued = new ArrayList<>();
            for (Experiment e : experiments) {
                List<Experiment.Unit> list = e.units(run);
                if (list.isEmpty()) {
                    whole.put(e, pool.submit(() -> e.run(run)));
                }
                queued.addAll(list);
            }
            for (Experiment.Unit u : queued) {   // after every whole experiment: the longest jobs go first
                units.put(u.address(), pool.submit(() -> run.units().compute(u.address(), u.work())));
            }
            Experiment.Run fromQueue = new Experiment.Run(run.seed(), run.seeds(), run.size(), run.plotDir(),
                    new Units() {
                        @Override
                        public void expect(String experiment, int total) {
                            run.units().expect(experiment, total);
                        }

                        @Override
                        public double[] compute(String address, Supplier<double[]> work) {
                            Future<double[]> f = units.remove(address);   // asked for once; a second ask computes it again
                            return f != null ? SideBySide.get(f) : run.units().compute(address, work);
                        }
                    }, run.products());
            List<ExperimentResult> out = new ArrayList<>();
            for (Experiment e : experiments) {
                Future<ExperimentResult> f = whole.get(e);
                ExperimentResult r = withProducts(f != null ? SideBySide.get(f) : e.run(fromQueue), run);
                done.accept(e, r);
                out.add(r);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExperimentResult withProducts(ExperimentResult r, Experiment.Run run) {
        return run.products() == DenseProducts.BLAS ? r.withProducts(Blas.implementation()) : r;
    }
}
