package org.reluspec.engine;

/**
 * A claim whose conclusion is a property that must hold for every instance satisfying the hypotheses; checked
 * exactly at each point of its grid. A failure on an instance that satisfies the hypotheses is a
 * {@link Verdict#COUNTEREXAMPLE}.
 */
public interface DeterministicClaim extends Claim {

    /**
     * @param point a validated parameter point
     * @param instances streams for claims whose instances are drawn at random (a trained network, a random subspace):
     *                  instance {@code i} draws only from {@code instances.forTrial(i)}, so the check is replayable;
     *                  claims about closed-form quantities ignore it
     * @return the conclusion evaluated there, on the worst instance when there are several
     */
    DeterministicOutcome evaluate(ParameterPoint point, org.reluspec.harness.TrialStreams instances);
}
