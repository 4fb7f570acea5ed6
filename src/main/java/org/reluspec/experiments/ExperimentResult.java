package org.reluspec.experiments;

import java.util.List;

/**
 * What an experiment run measured.
 *
 * @param id experiment id
 * @param size the size it ran at
 * @param seed master seed
 * @param seeds seeds per configuration
 * @param measurements one row per configuration and quantity
 * @param checks the paper's qualitative claims as inequalities
 * @param plots plot files written
 * @param seconds wall-clock time
 * @param products how the dense products of training were computed ({@code reference}, or the BLAS that ran)
 */
public record ExperimentResult(String id, Size size, long seed, int seeds, List<Measurement> measurements,
                               List<Check> checks,
                               List<String> plots, double seconds, String products) {

    /** A result on the reference products (what an experiment returns; {@link ExperimentRunner} names the BLAS). */
    public ExperimentResult(String id, Size size, long seed, int seeds, List<Measurement> measurements,
                            List<Check> checks, List<String> plots, double seconds) {
        this(id, size, seed, seeds, measurements, checks, plots, seconds, "reference");
    }

    /**
     * @param how what computed the dense products
     * @return this result, saying so
     */
    public ExperimentResult withProducts(String how) {
        return new ExperimentResult(id, size, seed, seeds, measurements, checks, plots, seconds, how);
    }

    /** @return whether every qualitative check holds */
    public boolean reproduced() {
        return checks.stream().allMatch(Check::holds);
    }

    /**
     * @param configuration configuration name
     * @param quantity what was measured, e.g. "median off-manifold flip distance"
     * @param perSeed the value for each seed
     * @param median median over seeds
     */
    public record Measurement(String configuration, String quantity, double[] perSeed, double median) {
    }

    /**
     * @param claim the paper's claim as an inequality, e.g. "off-manifold distance (2) >= 2 x (1)"
     * @param lhs left side (measured)
     * @param rhs right side
     * @param holds whether {@code lhs >= rhs}
     */
    public record Check(String claim, double lhs, double rhs, boolean holds) {
    }
}
