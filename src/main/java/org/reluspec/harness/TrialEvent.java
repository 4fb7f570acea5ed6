package org.reluspec.harness;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The failure event of one trial of a probabilistic claim. An instance may keep scratch buffers, so it is used by
 * one thread at a time; the runner asks its factory for one instance per worker.
 */
@FunctionalInterface
public interface TrialEvent {

    /**
     * Draws one trial from {@code rng} and evaluates the claim's failure event on it.
     * It must draw only from {@code rng}: that is what makes a trial replayable.
     *
     * @param rng the trial's own stream
     * @return {@code true} when the claim's conclusion fails on this trial
     */
    boolean fails(UniformRandomProvider rng);
}
