package org.reluspec.engine;

import java.util.List;

/** Checks a {@link DeterministicClaim} at one parameter point: exact evaluation, no randomness. */
public final class DeterministicCheck {

    private DeterministicCheck() {
    }

    /**
     * @param claim the claim
     * @param point a validated point
     * @param gridPoint its index
     * @param seed the run's seed: recorded, and the master seed of the streams of randomly drawn instances
     * @return {@code EXACT_HOLDS}, {@code COUNTEREXAMPLE}, or {@code NOT_APPLICABLE} when a hypothesis fails or no
     *         instance meeting them was drawn
     */
    public static ClaimResult check(DeterministicClaim claim, ParameterPoint point, int gridPoint, long seed) {
        List<HypothesisResult> hyps = claim.hypotheses(point);
        DeterministicOutcome o = claim.evaluate(point,
                new org.reluspec.harness.TrialStreams(seed, claim.key(), gridPoint));
        boolean applicable = HypothesisResult.printedHold(hyps) && o.instanceFound();
        Verdict verdict;
        if (!applicable) {
            verdict = Verdict.NOT_APPLICABLE;
        } else {
            verdict = o.holds() ? Verdict.EXACT_HOLDS : Verdict.COUNTEREXAMPLE;
        }
        String note = !o.instanceFound() ? "no instance meeting the hypotheses was drawn: " + o.detail()
                + HypothesisResult.hiddenNote(hyps) : o.relation() + ": " + o.lhs() + (o.holds() ? " holds against " : " FAILS against ") + o.rhs()
                + (o.detail().isEmpty() ? "" : " (" + o.detail() + ")") + HypothesisResult.hiddenNote(hyps);
        return new ClaimResult(claim.id(), claim.variant(), claim.source().paper(), claim.source().label(),
                gridPoint, point.values(), hyps, new Conclusion.Deterministic(o.relation(), o), verdict, note, seed);
    }
}
