package org.reluspec.papers.vys;

import java.util.List;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/** The VYS theorems whose hypotheses several claims, experiments and {@code reluspec assumptions} share. */
final class VysTheorems {

    /**
     * Theorem 4.1: a KKT point of Problem (2) on nearly orthogonal data is non-robust. H3 is written as the paper's
     * {@code c' = m(p+1)/(d+1) <= 1/3}, equivalently {@code m <= (d+1)/(3(p+1))}.
     */
    static final Theorem T4_1 = new Theorem("VYS-T4.1", new Source("VYS", "Theorem 4.1", "F004 Sec. 4"),
            "KKT point, ||x_i||^2 = d, c > 0, c' <= 1/3: N(x_i - z) <= -1 (i in I+), N(x_i + z) >= 1 (i in I-), "
                    + "||z|| <= 18 sqrt(2d)/(c sqrt m).",
            List.of("d", "m", "p", "c"), List.of(
            new Hypothesis("H1", v -> HypothesisResult.byConstruction("H1", "x_i in sqrt(d) S^{d-1}")),
            new Hypothesis("H2", v -> HypothesisResult.atLeast("H2", "min(|I+|, |I-|)/m >= c > 0", v.get("c"),
                    Double.MIN_VALUE)),
            new Hypothesis("H3", v -> HypothesisResult.atMost("H3", "c' = m(p+1)/(d+1) <= 1/3",
                    v.get("m") * (v.get("p") + 1) / (v.get("d") + 1), 1.0 / 3)),
            new Hypothesis("H4", v -> HypothesisResult.byConstruction("H4", "theta is a KKT point of Problem (2) "
                    + "(check with reluspec kkt)"))),
            "the conclusion is encoded (VYS-T4.1 constructed-kkt and trained-paper-schedule, Lemmas C.1-C.9); these "
                    + "are its hypotheses for a given setting");

    private VysTheorems() {
    }
}
