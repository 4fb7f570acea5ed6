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
 */
public record ExperimentResult(String id, Size size, long seed, int seeds, List<Measurement> measurements,
                               List<Check> checks,
                               List<String> plots, double seconds) {

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
