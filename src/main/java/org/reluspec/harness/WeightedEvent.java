package org.reluspec.harness;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One importance-sampling trial: draws from a proposal law and returns {@code 1[failure] * dP/dQ}, the indicator
 * weighted by the likelihood ratio of the target law {@code P} to the proposal {@code Q}, whose mean over trials is an
 * unbiased estimate of the failure probability under {@code P}.
 */
@FunctionalInterface
public interface WeightedEvent {

    /**
     * @param rng the trial's own stream
     * @return the weighted indicator, {@code >= 0}
     */
    double weight(UniformRandomProvider rng);
}
