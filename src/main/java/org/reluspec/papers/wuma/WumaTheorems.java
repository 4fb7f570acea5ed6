package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Locale;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/** The WUMA theorems whose hypotheses several claims, experiments and {@code reluspec assumptions} share. */
final class WumaTheorems {

    /** Theorem 3.1's explicit width condition, the one every lazy-regime claim and experiment rests on. */
    static final Hypothesis WIDTH = new Hypothesis("H4", v -> HypothesisResult.atLeast("H4",
            "m >= d^2.4 (explicit part of max{d^2.4, C3 ln(1/gamma)})", v.get("m"), Math.pow(v.get("d"), 2.4)));

    /** Theorem 3.1's upper width condition {@code m <= C4 exp(d^0.24)}, open: C4 is not given. */
    static final Hypothesis WIDTH_UPPER = new Hypothesis("H4'", v -> HypothesisResult.unnamedConstant("H4'",
            String.format(Locale.ROOT, "m <= C4 exp(d^0.24) holds iff C4 >= %.4g",
                    v.get("m") * Math.exp(-Math.pow(v.get("d"), 0.24)))));

    /** Theorem 3.1 (the conclusion is encoded as order claims). */
    static final Theorem T3_1 = new Theorem("WUMA-T3.1", WumaSources.section("Theorem 3.1", "Sec. 3"),
            "For m >= max{d^2.4, C3 ln(1/gamma)}, m <= C4 exp(d^0.24) and x on the unit sphere, with probability at "
                    + "least 1 - gamma over W0, a step of size O(1/d) along the gradient flips the sign of f at x.",
            List.of("d", "m", "gamma"), List.of(
            new Hypothesis("H1", v -> HypothesisResult.atLeast("H1", "gamma in (0, 1)",
                    Math.min(v.get("gamma"), 1 - v.get("gamma")), Double.MIN_VALUE)),
            WIDTH, WIDTH_UPPER,
            new Hypothesis("H2", v -> HypothesisResult.byConstruction("H2", "x on the unit sphere, fixed before the "
                    + "draw")),
            new Hypothesis("H3", v -> HypothesisResult.byConstruction("H3", "step size of order 1/d with sign "
                    + "-sign f(x) (garbled in the OCR)"))),
            "the conclusion is encoded as order claims (WUMA-T3.1 step-size-W0, perturbation-W0, "
                    + "step-size-search-W); these are its hypotheses for a given setting");

    private WumaTheorems() {
    }
}
