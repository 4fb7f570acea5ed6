package org.reluspec.stats;

/**
 * An exact probability computed twice, by Hipparchus and by Apache Commons Statistics (or, for elementary functions,
 * by two independent implementations such as Hipparchus' FastMath and the JDK's StrictMath), so that a bug or an
 * accuracy loss in either shows up as a disagreement instead of as a wrong verdict.
 *
 * <p>{@link Kind#UPPER_BOUND} marks a rigorous upper bound on the failure probability rather than its value (for
 * example a union bound over pairs computed from exact per-pair tails): it can prove a claim, never refute it.
 *
 * @param hipparchus the value from Hipparchus
 * @param commonsStatistics the value from Commons Statistics
 * @param formula what was computed, e.g. {@code "P(chi2_64 <= 32)"}
 * @param kind whether the value is the failure probability or an upper bound on it
 */
public record ExactProbability(double hipparchus, double commonsStatistics, String formula, Kind kind) {

    /** What the value is. */
    public enum Kind {
        /** The failure probability itself. */
        EXACT,
        /** A rigorous upper bound on the failure probability. */
        UPPER_BOUND
    }

    /**
     * @param hipparchus the value from Hipparchus
     * @param commonsStatistics the value from Commons Statistics
     * @param formula what was computed
     */
    public ExactProbability(double hipparchus, double commonsStatistics, String formula) {
        this(hipparchus, commonsStatistics, formula, Kind.EXACT);
    }

    /** Largest relative disagreement accepted between the two libraries. */
    public static final double AGREEMENT_TOLERANCE = 1e-10;

    /** @return the value used for verdicts: the Commons Statistics value (its tails are computed directly) */
    public double value() {
        return commonsStatistics;
    }

    /** @return {@code |h - c| / max(|h|, |c|)}, or 0 when both are 0 */
    public double relativeDisagreement() {
        double scale = Math.max(Math.abs(hipparchus), Math.abs(commonsStatistics));
        return scale == 0 ? 0 : Math.abs(hipparchus - commonsStatistics) / scale;
    }

    /** @return whether the libraries agree to {@link #AGREEMENT_TOLERANCE} relative (false if either is NaN) */
    public boolean librariesAgree() {
        return relativeDisagreement() <= AGREEMENT_TOLERANCE;
    }

    /**
     * @param bound a stated bound on the failure probability
     * @return whether this reference decides the claim against it: an exact value always does, a rigorous upper bound
     *         only when it is at most the stated bound (otherwise a simulation must decide)
     */
    public boolean decides(double bound) {
        return kind == Kind.EXACT || value() <= bound;
    }
}
