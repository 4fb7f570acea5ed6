package org.reluspec.engine;

/**
 * The conclusion of a deterministic claim evaluated on one instance: {@code lhs relation rhs}.
 *
 * @param holds whether the conclusion holds
 * @param lhs left side, evaluated
 * @param rhs right side, evaluated
 * @param relation the relation as printed, e.g. {@code "E|g|^q <= (q-1)!!"}
 * @param detail the instance or the worst case found, in words
 * @param instanceFound whether an instance meeting the hypotheses was drawn at all (when none was, the conclusion
 *                      was not evaluated and the point is not applicable: no instance is no counterexample)
 */
public record DeterministicOutcome(boolean holds, double lhs, double rhs, String relation, String detail,
                                   boolean instanceFound) {

    /** An outcome evaluated on an instance. */
    public DeterministicOutcome(boolean holds, double lhs, double rhs, String relation, String detail) {
        this(holds, lhs, rhs, relation, detail, true);
    }

    /**
     * @param relation the relation as printed
     * @param why why no instance meeting the hypotheses was drawn (e.g. the draws tried)
     * @return the outcome of a point where the conclusion could not be evaluated
     */
    public static DeterministicOutcome noInstance(String relation, String why) {
        return new DeterministicOutcome(false, Double.NaN, Double.NaN, relation, why, false);
    }

    /**
     * The signed margin a search maximizes: the relative gap {@code |lhs - rhs| / max(|lhs|, |rhs|)}, negative where
     * the conclusion holds and positive where it fails (the smallest positive double for a failure with no gap, and
     * 0 for a holding one whose sides are not comparable numbers).
     *
     * @return the margin
     */
    public double margin() {
        double scale = Math.max(Math.abs(lhs), Math.abs(rhs));
        double gap = scale > 0 && Double.isFinite(scale) ? Math.abs(lhs - rhs) / scale : 0;
        if (Double.isNaN(gap)) {
            gap = 0;
        }
        return holds ? -gap : Math.max(gap, Double.MIN_VALUE);
    }
}
