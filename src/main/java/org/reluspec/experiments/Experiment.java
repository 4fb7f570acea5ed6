package org.reluspec.experiments;

import java.nio.file.Path;
import java.util.List;
import org.reluspec.engine.HypothesisResult;

/**
 * One of the papers' experiments (catalogue section 6), rerun at a size that fits this machine: its configurations,
 * the theorem hypotheses each configuration satisfies or violates, and the paper's qualitative claim as inequalities
 * over several seeds.
 */
public interface Experiment {

    /** @return the id used on the command line, e.g. {@code MYV-E2} */
    String id();

    /** @return what the paper shows, in one line */
    String title();

    /** @return where the paper describes it */
    String source();

    /**
     * @param size which size
     * @return the configurations at that size, each with the hypotheses of the theorems it touches
     */
    List<Configuration> configurations(Size size);

    /** @return how {@link Size#PAPER} differs from {@link Size#REDUCED} (or that it does not, and why), in one line */
    String paperScale();

    /**
     * @param seed master seed; seed {@code s} of configuration {@code c} draws from
     *             {@code TrialStreams(seed, id, c).forTrial(s)}, the same streams at every size
     * @param seeds how many seeds per configuration
     * @param size which size
     * @param plotDir where the plots go (created)
     * @return measurements, the qualitative checks and the plot files
     */
    ExperimentResult run(long seed, int seeds, Size size, Path plotDir);

    /**
     * A configuration of an experiment.
     *
     * @param name short name, e.g. {@code "(2) init / 3"}
     * @param description hyperparameters in words
     * @param hypotheses the theorem hypotheses this configuration satisfies or violates
     */
    record Configuration(String name, String description, List<HypothesisResult> hypotheses) {
    }
}
