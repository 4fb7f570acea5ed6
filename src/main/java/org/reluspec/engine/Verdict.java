package org.reluspec.engine;

/** The outcome of checking a claim at one parameter point (DESIGN.md section 3). */
public enum Verdict {
    /** The exact failure probability (both libraries agreeing) is at most the stated bound. */
    EXACT_HOLDS,
    /** The exact failure probability (both libraries agreeing) exceeds the stated bound. */
    EXACT_VIOLATED,
    /** Monte Carlo: the one-sided upper confidence bound on the failure rate is at most the stated bound. */
    CONFIRMED,
    /** Monte Carlo: the one-sided lower confidence bound exceeds the stated bound, after Holm over the run. */
    VIOLATED,
    /** Neither CONFIRMED nor VIOLATED within the budget. */
    INCONCLUSIVE,
    /** The stated bound is at least 1 here: the claim says nothing. */
    VACUOUS,
    /** A hypothesis fails here; the conclusion may still have been measured, as information. */
    NOT_APPLICABLE,
    /** A deterministic conclusion fails on an instance satisfying the hypotheses. */
    COUNTEREXAMPLE,
    /**
     * An order claim ({@code O}, {@code Omega}, {@code Theta}, {@code o} of a power of the size): the confidence
     * interval of the measured exponent (family-wise over the run) is compatible with the claimed exponent. Finite
     * sizes cannot prove an asymptotic order, hence not {@code CONFIRMED}.
     */
    ORDER_CONSISTENT,
    /** An order claim: the measured exponent's confidence interval lies wholly on the wrong side of the claim. */
    ORDER_INCONSISTENT,
    /** The suite contradicts itself: simulation vs exact value, or one library vs the other. */
    SELF_CHECK_FAILED;

    /** @return whether this verdict reports a claim as false */
    public boolean isFinding() {
        return this == EXACT_VIOLATED || this == VIOLATED || this == COUNTEREXAMPLE || this == ORDER_INCONSISTENT;
    }
}
