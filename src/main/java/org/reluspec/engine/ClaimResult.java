package org.reluspec.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking one claim at one parameter point. Immutable; {@link #withVerdict} gives the copy that
 * Holm's correction over the whole run produces. What the check found is the {@link Conclusion}, one of three kinds.
 *
 * @param id claim id
 * @param variant claim variant
 * @param paper paper prefix
 * @param label the paper's label
 * @param gridPoint index of the point in the claim's grid (or 0 for a single check)
 * @param parameters parameter values by name
 * @param hypotheses every hypothesis, evaluated
 * @param conclusion what the check found
 * @param verdict the verdict
 * @param note why the verdict is what it is, in one line
 * @param seed the master seed
 */
public record ClaimResult(String id, String variant, String paper, String label, int gridPoint,
                          Map<String, Double> parameters, List<HypothesisResult> hypotheses, Conclusion conclusion,
                          Verdict verdict, String note, long seed) {

    /**
     * @param newVerdict the verdict after run-level correction
     * @param newNote the corresponding note
     * @return a copy with the verdict and note replaced
     */
    public ClaimResult withVerdict(Verdict newVerdict, String newNote) {
        return new ClaimResult(id, variant, paper, label, gridPoint, parameters, hypotheses, conclusion, newVerdict,
                newNote, seed);
    }

    /** @return whether every hypothesis holds */
    public boolean applicable() {
        return HypothesisResult.printedHold(hypotheses);
    }

    /** @return the probabilistic conclusion, when the claim is probabilistic */
    public Optional<Conclusion.Probabilistic> probabilistic() {
        return conclusion instanceof Conclusion.Probabilistic p ? Optional.of(p) : Optional.empty();
    }

    /** @return the two sides of a deterministic or order conclusion, when the claim is one */
    public Optional<DeterministicOutcome> outcome() {
        if (conclusion instanceof Conclusion.Deterministic d) {
            return Optional.of(d.outcome());
        }
        return conclusion instanceof Conclusion.Order o ? Optional.of(o.outcome()) : Optional.empty();
    }
}
