package org.reluspec.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;

/**
 * Runs several experiments side by side, one per worker. Every experiment draws only from its own
 * {@code TrialStreams(seed, id, ...)}, so a result does not depend on the number of workers or on what runs next to
 * it; results are handed back in the order the experiments were given.
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, experiments.size())));
        try {
            List<Future<ExperimentResult>> futures = new ArrayList<>();
            for (Experiment e : experiments) {
                futures.add(pool.submit(() -> e.run(run)));
            }
            List<ExperimentResult> out = new ArrayList<>();
            for (int i = 0; i < experiments.size(); i++) {
                ExperimentResult r = get(futures.get(i));
                if (run.products() == DenseProducts.BLAS) {
                    r = r.withProducts(Blas.implementation());
                }
                done.accept(experiments.get(i), r);
                out.add(r);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExperimentResult get(Future<ExperimentResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
