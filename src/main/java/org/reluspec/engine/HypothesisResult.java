package org.reluspec.engine;

/**
 * One hypothesis of a claim evaluated at one parameter point. A failed hypothesis is a result, not an exception.
 *
 * @param id the hypothesis label, e.g. {@code "H2"}
 * @param text the condition as a formula, e.g. {@code "ell >= 32 (m-1) ln(m^2 d)"}
 * @param holds whether it holds
 * @param lhs the left side, evaluated
 * @param rhs the right side, evaluated
 * @param margin how far inside the admissible side: {@code lhs - rhs} for {@code >=}, {@code rhs - lhs} for
 *               {@code <=}; negative when it fails; NaN when it holds by construction
 */
public record HypothesisResult(String id, String text, boolean holds, double lhs, double rhs, double margin) {

    /**
     * @param id label
     * @param text the condition {@code lhs >= rhs}
     * @param lhs left side
     * @param rhs right side
     * @return the result of {@code lhs >= rhs}
     */
    public static HypothesisResult atLeast(String id, String text, double lhs, double rhs) {
        return new HypothesisResult(id, text, lhs >= rhs, lhs, rhs, lhs - rhs);
    }

    /**
     * @param id label
     * @param text the condition {@code lhs <= rhs}
     * @param lhs left side
     * @param rhs right side
     * @return the result of {@code lhs <= rhs}
     */
    public static HypothesisResult atMost(String id, String text, double lhs, double rhs) {
        return new HypothesisResult(id, text, lhs <= rhs, lhs, rhs, rhs - lhs);
    }

    /**
     * A hypothesis with a constant the paper leaves unnamed: never decided here (the suite does not invent constants);
     * the text says which value of the constant would make it hold, and {@code reluspec assumptions} prints it as
     * open.
     *
     * @param id hypothesis id
     * @param text the hypothesis and the constant's needed value
     * @return an undecided hypothesis (counted as holding, so that the conclusion is still checked)
     */
    public static HypothesisResult unnamedConstant(String id, String text) {
        return new HypothesisResult(id, text + " (unnamed constant: not decidable)", true, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /**
     * A hypothesis that the check makes true by how it draws its trials (e.g. "the w_i are iid N(0, sigma^2 I)").
     *
     * @param id label
     * @param text the condition
     * @return a holding result with NaN sides and margin
     */
    public static HypothesisResult byConstruction(String id, String text) {
        return new HypothesisResult(id, text + " [by construction of the trials]", true, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /**
     * A fact of a configuration that parameters cannot decide (how data are made, what a network has), stated as
     * holding or not.
     *
     * @param id label
     * @param text the condition
     * @param holds whether the configuration meets it
     * @return the result, with NaN sides and margin
     */
    public static HypothesisResult fact(String id, String text, boolean holds) {
        return new HypothesisResult(id, text, holds, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Prefix of the id of a hidden hypothesis. */
    public static final String HIDDEN = "hidden:";

    /**
     * A condition the paper does not print but that the claim needs to come out true (a finding, registered as a
     * hidden hypothesis). It is reported at every point, and never makes a point not applicable: the claim is
     * evaluated as printed where it fails.
     *
     * @param id label, e.g. {@code "H5"} (the result's id becomes {@code "hidden:H5"})
     * @param text the condition
     * @param lhs left side
     * @param rhs right side: it holds iff {@code lhs <= rhs}
     * @return the result
     */
    public static HypothesisResult hiddenAtMost(String id, String text, double lhs, double rhs) {
        return new HypothesisResult(HIDDEN + id, text, lhs <= rhs, lhs, rhs, rhs - lhs);
    }

    /** @return whether the paper prints this hypothesis (false for a hidden one, which never gates a verdict) */
    public boolean printed() {
        return !id.startsWith(HIDDEN);
    }

    /**
     * @param hypotheses the evaluated hypotheses of a point
     * @return {@code "; hidden hypothesis ... fails here"} for each hidden one that fails, or an empty string
     */
    public static String hiddenNote(java.util.List<HypothesisResult> hypotheses) {
        StringBuilder sb = new StringBuilder();
        for (HypothesisResult h : hypotheses) {
            if (!h.printed() && !h.holds()) {
                sb.append("; hidden hypothesis ").append(h.id().substring(HIDDEN.length())).append(" fails here (")
                        .append(h.text()).append("): the claim is evaluated as printed");
            }
        }
        return sb.toString();
    }

    /**
     * @param hypotheses the evaluated hypotheses of a point
     * @return whether every printed one holds: the point is inside the claim's printed domain
     */
    public static boolean printedHold(java.util.List<HypothesisResult> hypotheses) {
        return hypotheses.stream().allMatch(h -> h.holds() || !h.printed());
    }

    /**
     * @param remark how this use of a shared hypothesis is evaluated, e.g. {@code "p = 0 up to rounding"}
     * @return the same result with the remark appended to its text in parentheses
     */
    public HypothesisResult annotated(String remark) {
        return new HypothesisResult(id, text + " (" + remark + ")", holds, lhs, rhs, margin);
    }
}
