package org.reluspec.harness;

/**
 * The result of an importance-sampling run.
 *
 * @param estimate the mean weight, an unbiased estimate of the failure probability
 * @param standardError the standard error of the mean, from the sample variance
 * @param trials trials run
 * @param seconds wall-clock seconds
 */
public record WeightedMean(double estimate, double standardError, long trials, double seconds) {

    /** @return {@code standardError / estimate} */
    public double relativeError() {
        return standardError / estimate;
    }
}
