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

    /**
     * Whether the conclusion is evaluated on drawn or trained instances (so each evaluation may cost a training run),
     * as opposed to a closed form of the parameters that a search may evaluate anywhere in the printed domain.
     *
     * @return {@code true} unless the claim says it is a closed form
     */
    default boolean drawsInstances() {
        return true;
    }

    /**
     * The cost model of a search: the work of one evaluation in arbitrary units, compared only with the same claim's
     * default grid (a search evaluates no point dearer than the dearest grid point).
     *
     * @param point a validated point
     * @return by default the product of the integer parameters (sizes, steps, widths), each at least 1
     */
    default double evaluationCost(ParameterPoint point) {
        double cost = 1;
        for (ParameterSpec s : parameters()) {
            if (s.integer()) {
                cost *= Math.max(1, point.get(s.name()));
            }
        }
        return cost;
    }
}
