package org.reluspec.stats;

/**
 * A confidence interval for a probability.
 *
 * @param lower lower end
 * @param upper upper end
 * @param confidence the coverage it guarantees, e.g. {@code 0.99}
 * @param method how it was computed
 */
public record Interval(double lower, double upper, double confidence, String method) {

    /**
     * @param p a probability
     * @return whether {@code lower <= p <= upper}
     */
    public boolean contains(double p) {
        return lower <= p && p <= upper;
    }
}
