package org.reluspec.claims;

/**
 * A claim whose conclusion is a property that must hold for every instance satisfying the hypotheses; checked
 * exactly at each point of its grid. A failure on an instance that satisfies the hypotheses is a
 * {@link Verdict#COUNTEREXAMPLE}.
 */
public interface DeterministicClaim extends Claim {

    /**
     * @param point a validated parameter point
     * @return the conclusion evaluated there
     */
    DeterministicOutcome evaluate(ParameterPoint point);
}
