package org.reluspec.falsify;

import java.util.List;
import java.util.Optional;

/**
 * What a search of one claim variant found.
 *
 * @param id claim id
 * @param variant claim variant
 * @param paper paper prefix
 * @param label the paper's label
 * @param mode how the claim was searched
 * @param evaluations evaluations spent (the budget, or fewer for a small domain)
 * @param errors admissible points the suite could not evaluate (each one a defect of the suite, named in coverage)
 * @param finding what the search establishes
 * @param worst the decided point with the largest margin, if any point was decided
 * @param boundary the located boundary of the failure region, when the claim fails somewhere and holds elsewhere
 * @param shrunk the simplest failing point found from the worst one, when the claim fails
 * @param confirmations the candidates of a Monte Carlo or order search re-tested on fresh streams
 * @param points every evaluated point (for the report's maps)
 * @param coverage what was tried, and where the search looked
 * @param summary the finding in one line ("no counterexample in N evaluations over R", or where it fails)
 */
public record SearchResult(String id, String variant, String paper, String label, Falsifier.Mode mode,
                           long evaluations, long errors, Finding finding, Optional<Falsifier.Evaluation> worst,
                           Optional<Falsifier.Boundary> boundary, Optional<Falsifier.Evaluation> shrunk,
                           List<Falsifier.Confirmation> confirmations,
                           @com.fasterxml.jackson.annotation.JsonIgnore List<Falsifier.Evaluation> points,
                           String coverage, String summary) {

    /** What a search establishes. */
    public enum Finding {
        /** Nothing: no failing point found (or none confirmed). */
        NONE,
        /** The exact failure probability exceeds the stated bound at a point inside the hypotheses. */
        EXACT_VIOLATED,
        /** A searched candidate, re-tested on fresh streams, is rejected by the run's Holm test. */
        VIOLATED,
        /** A deterministic claim's printed relation fails at a point inside the hypotheses. */
        COUNTEREXAMPLE,
        /** An order claim's searched candidate, swept again on fresh streams, is rejected by the run's Holm test. */
        ORDER_INCONSISTENT
    }

    /** @return whether the search found a point where the claim fails inside its printed domain and hypotheses */
    public boolean fails() {
        return finding != Finding.NONE;
    }

    /** @return {@code id/variant} */
    public String key() {
        return id + "/" + variant;
    }

    /**
     * @param evaluated every evaluated point (a result read back from JSON has none)
     * @return the result with them
     */
    public SearchResult withPoints(List<Falsifier.Evaluation> evaluated) {
        return new SearchResult(id, variant, paper, label, mode, evaluations, errors, finding, worst, boundary, shrunk,
                confirmations, List.copyOf(evaluated), coverage, summary);
    }

    /**
     * @param decided the confirmations with the run's Holm decisions
     * @return the result with them, and {@code VIOLATED} when one is rejected
     */
    SearchResult withConfirmations(List<Falsifier.Confirmation> decided) {
        Optional<Falsifier.Confirmation> first = decided.stream().filter(Falsifier.Confirmation::rejected)
                .findFirst();
        return new SearchResult(id, variant, paper, label, mode, evaluations, errors,
                first.map(Falsifier.Confirmation::establishes).orElse(finding), worst, boundary, shrunk, decided,
                points, coverage, first.map(c -> "fails at " + Falsifier.text(c.values()) + ": " + c.evidence()
                        + " (Holm over the run's confirmations, p = " + org.reluspec.util.Formats.fourDigits(c.pValue())
                        + ")").orElse(summary));
    }
}
