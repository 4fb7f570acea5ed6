package org.reluspec.claims;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The hypotheses of theorems whose conclusions the suite does not check yet (their claims belong to open issues), so
 * that {@code reluspec assumptions} can still say whether a setting satisfies them. Each entry names its parameters
 * and evaluates every hypothesis with left side, right side and margin; the unnamed constants of the statements are
 * reported, never invented.
 *
 * @param id catalogue id
 * @param label the paper's label
 * @param parameters the parameters the hypotheses read
 * @param evaluate the hypotheses at given parameter values
 * @param note what is not encoded yet
 */
public record TheoremHypotheses(String id, String label, List<String> parameters,
                                Function<Map<String, Double>, List<HypothesisResult>> evaluate, String note) {

    /** @return the theorems whose conclusions are not encoded yet, with their hypotheses */
    public static List<TheoremHypotheses> all() {
        return List.of(
                new TheoremHypotheses("WUMA-T3.1", "Theorem 3.1", List.of("d", "m", "gamma"), v -> List.of(
                        HypothesisResult.atLeast("H1", "gamma in (0, 1)", Math.min(v.get("gamma"), 1 - v.get("gamma")),
                                Double.MIN_VALUE),
                        HypothesisResult.atLeast("H4", "m >= d^2.4 (the explicit part of max{d^2.4, C3 ln(1/gamma)}; "
                                + "C3 unnamed)", v.get("m"), Math.pow(v.get("d"), 2.4)),
                        new HypothesisResult("H4'", "m <= C4 exp(d^0.24) needs the unnamed C4 >= " + String.format(
                                java.util.Locale.ROOT, "%.4g", v.get("m") * Math.exp(-Math.pow(v.get("d"), 0.24)))
                                + " (not decidable)", true, Double.NaN, Double.NaN, Double.NaN),
                        HypothesisResult.byConstruction("H2", "x on the unit sphere, fixed before the draw"),
                        HypothesisResult.byConstruction("H3", "step size of order 1/d with sign -sign f(x) (garbled in "
                                + "the OCR)")),
                        "the conclusion is encoded as order claims (WUMA-T3.1 step-size-W0, perturbation-W0, step-size-search-W); these are its hypotheses for a given setting"),
                new TheoremHypotheses("VYS-T4.1", "Theorem 4.1", List.of("d", "m", "p", "c"), v -> List.of(
                        HypothesisResult.byConstruction("H1", "x_i in sqrt(d) S^{d-1}"),
                        HypothesisResult.atLeast("H2", "min(|I+|, |I-|)/m >= c > 0", v.get("c"), Double.MIN_VALUE),
                        HypothesisResult.atMost("H3", "m <= (d+1)/(3(p+1)), i.e. c' <= 1/3 (p = max |<x_i,x_j>|)",
                                v.get("m"), (v.get("d") + 1) / (3 * (v.get("p") + 1))),
                        HypothesisResult.byConstruction("H4", "theta is a KKT point of Problem (2) (check with "
                                + "reluspec kkt)")),
                        "the conclusion is encoded (VYS-T4.1 constructed-kkt and trained-paper-schedule, Lemmas "
                                + "C.1-C.9); these are its hypotheses for a given setting"));
    }
}
