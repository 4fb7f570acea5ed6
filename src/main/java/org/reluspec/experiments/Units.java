package org.reluspec.experiments;

import java.util.function.Supplier;

/**
 * The units of work of an experiment run. A unit is one (configuration, seed) of one experiment: it has a stable
 * address, e.g. {@code WUMA-Fig2/d=784, m=1000/seed 2}, draws only from its own streams, and yields a few numbers. So a
 * unit computed earlier (a {@link Checkpoint}) or elsewhere gives the very numbers computing it now would give, and a
 * run assembled from such units is bit-identical to an uninterrupted one.
 */
public interface Units {

    /**
     * @param experiment the experiment announcing its units
     * @param total how many units it will ask for
     */
    default void expect(String experiment, int total) {
    }

    /**
     * @param address the unit's stable address
     * @param work computes the unit's numbers
     * @return the unit's numbers
     */
    double[] compute(String address, Supplier<double[]> work);

    /** @return units computed on the spot, with no record and no progress */
    static Units direct() {
        return (address, work) -> work.get();
    }

    /** Told about each finished unit (progress lines with an estimate of the time left). */
    interface Listener {
        /**
         * @param address the unit
         * @param done units finished so far in the run (restored ones included)
         * @param total units announced so far
         * @param seconds how long the unit took (0 when restored)
         * @param restored whether it came from the checkpoint
         */
        void unitDone(String address, int done, int total, double seconds, boolean restored);

        /**
         * A line from inside a unit that runs long (its training loop's step and loss, at most every
         * {@value org.reluspec.util.StepProgress#EVERY_SECONDS} seconds).
         *
         * @param address the unit
         * @param line what its loop reports
         */
        default void unitStatus(String address, String line) {
        }
    }
}
