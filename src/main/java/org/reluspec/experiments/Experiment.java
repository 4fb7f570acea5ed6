package org.reluspec.experiments;

import java.nio.file.Path;
import java.util.List;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.linalg.DenseProducts;

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
     * @param run seed, seeds, size, plot folder and where the units of work go
     * @return measurements, the qualitative checks and the plot files
     */
    ExperimentResult run(Run run);

    /**
     * The run's units in a fixed order, for experiments that split into independent (configuration, seed) units; a
     * shard of a run computes every N-th of them ({@code reluspec experiment ID --shard K/N}). Experiments that run as
     * one piece return an empty list.
     *
     * @param run the run
     * @return the units, each with its stable address
     */
    default List<Unit> units(Run run) {
        return List.of();
    }

    /**
     * One unit of work.
     *
     * @param address its stable address ({@link Run#address})
     * @param work computes its numbers from its own streams
     */
    record Unit(String address, java.util.function.Supplier<double[]> work) {
    }

    /**
     * What a run is asked for.
     *
     * @param seed master seed; seed {@code s} of configuration {@code c} draws from
     *             {@code TrialStreams(seed, id, c).forTrial(s)}
     * @param seeds how many seeds per configuration
     * @param size which size
     * @param plotDir where the plots go (created)
     * @param units where the (configuration, seed) units are computed: on the spot, or through a {@link org.reluspec.work.Checkpoint}
     * @param products how training computes its dense products (experiments that train through lazy SGD use it)
     */
    record Run(long seed, int seeds, Size size, Path plotDir, Units units, DenseProducts products) {

        /** A run whose units are computed on the spot, on the reference products. */
        public Run(long seed, int seeds, Size size, Path plotDir) {
            this(seed, seeds, size, plotDir, Units.direct(), DenseProducts.REFERENCE);
        }

        /** A run on the reference products. */
        public Run(long seed, int seeds, Size size, Path plotDir, Units units) {
            this(seed, seeds, size, plotDir, units, DenseProducts.REFERENCE);
        }

        /**
         * Computes (or takes from the checkpoint) every unit, in order.
         *
         * @param experiment the experiment's id, for the progress count
         * @param list the units
         * @return each unit's numbers by address
         */
        public java.util.Map<String, double[]> compute(String experiment, List<Unit> list) {
            units.expect(experiment, list.size());
            java.util.Map<String, double[]> out = new java.util.HashMap<>();
            for (Unit u : list) {
                if (out.containsKey(u.address())) {
                    throw new IllegalStateException(experiment + " lists the unit " + u.address() + " twice");
                }
                out.put(u.address(), units.compute(u.address(), u.work()));
            }
            return out;
        }

        /**
         * @param experiment experiment id
         * @param configuration configuration name
         * @param s seed index
         * @return the unit's stable address
         */
        public static String address(String experiment, String configuration, int s) {
            return experiment + "/" + configuration + "/seed " + s;
        }
    }

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
