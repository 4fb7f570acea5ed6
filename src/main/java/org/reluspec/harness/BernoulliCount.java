package org.reluspec.harness;

/**
 * The outcome of a Monte Carlo run: {@code failures} out of {@code trials}.
 *
 * @param failures number of trials on which the failure event occurred
 * @param trials number of trials run
 * @param seconds wall-clock time of the run
 */
public record BernoulliCount(long failures, long trials, double seconds) {

    /** @return the point estimate {@code failures / trials} */
    public double estimate() {
        return trials == 0 ? Double.NaN : (double) failures / trials;
    }
}
