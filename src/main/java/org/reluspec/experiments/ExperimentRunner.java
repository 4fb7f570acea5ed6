package org.reluspec.experiments;

import java.util.List;
import java.util.function.BiConsumer;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.util.SideBySide;

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
        return SideBySide.map(experiments, threads, e -> {
            ExperimentResult r = e.run(run);
            return run.products() == DenseProducts.BLAS ? r.withProducts(Blas.implementation()) : r;
        }, done);
    }
}
