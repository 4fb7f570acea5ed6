package org.reluspec.engine;

import java.util.List;
import java.util.Map;
import org.reluspec.harness.WeightedMean;
import org.reluspec.stats.ExactProbability;

/**
 * The result of checking one claim at one parameter point. Immutable; {@link #withVerdict} gives the copy that
 * Holm's correction over the whole run produces.
 *
 * @param id claim id
 * @param variant claim variant
 * @param paper paper prefix
 * @param label the paper's label
 * @param gridPoint index of the point in the claim's grid (or 0 for a single check)
 * @param parameters parameter values by name
 * @param hypotheses every hypothesis, evaluated
 * @param failureEvent the failure event in words (probabilistic claims) or the relation (deterministic ones)
 * @param boundFormula the stated bound as a formula, or {@code null} for a deterministic claim
 * @param statedBound the stated bound's value here (NaN for a deterministic claim)
 * @param exact the exact failure probability (or a rigorous upper bound on it), or {@code null}
 * @param simulation the Monte Carlo result, or {@code null} when not simulated
 * @param importanceSampling the importance-sampling self-check, or {@code null}
 * @param outcome the deterministic conclusion, or {@code null} for a probabilistic claim
 * @param verdict the verdict
 * @param simulationVerdict what the simulation alone says ({@code CONFIRMED}, {@code INCONCLUSIVE}), or {@code null}
 * @param note why the verdict is what it is, in one line
 * @param seed the master seed
 */
public record ClaimResult(String id, String variant, String paper, String label, int gridPoint,
                          Map<String, Double> parameters, List<HypothesisResult> hypotheses, String failureEvent,
                          String boundFormula, double statedBound, ExactProbability exact, Simulation simulation,
                          WeightedMean importanceSampling, DeterministicOutcome outcome, Verdict verdict,
                          Verdict simulationVerdict, String note, long seed) {

    /**
     * @param newVerdict the verdict after run-level correction
     * @param newNote the corresponding note
     * @return a copy with the verdict and note replaced
     */
    public ClaimResult withVerdict(Verdict newVerdict, String newNote) {
        return new ClaimResult(id, variant, paper, label, gridPoint, parameters, hypotheses, failureEvent,
                boundFormula, statedBound, exact, simulation, importanceSampling, outcome, newVerdict,
                simulationVerdict, newNote, seed);
    }

    /** @return whether every hypothesis holds */
    public boolean applicable() {
        return hypotheses.stream().allMatch(HypothesisResult::holds);
    }
}
