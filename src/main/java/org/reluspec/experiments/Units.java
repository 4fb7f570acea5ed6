package org.reluspec.experiments;

import java.util.function.Supplier;

/**
 * The units of work of an experiment run. A unit is one (configuration, seed) of one experiment: it has a stable
 * address, e.g. {@code WUMA-Fig2/d=784, m=1000/seed 2}, draws only from its own streams, and yields a few numbers. So a
 * unit computed earlier (a {@link org.reluspec.work.Checkpoint}) or elsewhere gives the very numbers computing it now would give, and a
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

    /**
     * @param checkpoint where units are recorded as they finish and taken from when it holds them
     * @return units computed through the checkpoint, their numbers stored as exact bits
     */
    static Units recordedIn(org.reluspec.work.Checkpoint checkpoint) {
        return new Units() {
            @Override
            public void expect(String experiment, int total) {
                checkpoint.expect(total);
            }

            @Override
            public double[] compute(String address, Supplier<double[]> work) {
                return org.reluspec.work.Checkpoint.doubles(checkpoint.compute(address,
                        () -> org.reluspec.work.Checkpoint.bits(work.get())));
            }
        };
    }
}
