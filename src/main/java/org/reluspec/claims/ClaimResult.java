package org.reluspec.claims;

import java.util.List;
import java.util.Map;
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
 * @param failureEvent the failure event in words
 * @param boundFormula the stated bound as a formula
 * @param statedBound the stated bound's value here
 * @param exact the exact failure probability, or {@code null}
 * @param simulation the Monte Carlo result, or {@code null} when not simulated
 * @param verdict the verdict
 * @param simulationVerdict what the simulation alone says ({@code CONFIRMED}, {@code VIOLATED},
 *                          {@code INCONCLUSIVE}), or {@code null} when not simulated
 * @param note why the verdict is what it is, in one line
 * @param seed the master seed
 */
public record ClaimResult(String id, String variant, String paper, String label, int gridPoint,
                          Map<String, Double> parameters, List<HypothesisResult> hypotheses, String failureEvent,
                          String boundFormula, double statedBound, ExactProbability exact, Simulation simulation,
                          Verdict verdict, Verdict simulationVerdict, String note, long seed) {

    /**
     * @param newVerdict the verdict after run-level correction
     * @param newNote the corresponding note
     * @return a copy with the verdict and note replaced
     */
    public ClaimResult withVerdict(Verdict newVerdict, String newNote) {
        return new ClaimResult(id, variant, paper, label, gridPoint, parameters, hypotheses, failureEvent,
                boundFormula, statedBound, exact, simulation, newVerdict, simulationVerdict, newNote, seed);
    }

    /** @return whether every hypothesis holds */
    public boolean applicable() {
        return hypotheses.stream().allMatch(HypothesisResult::holds);
    }
}
