package org.reluspec.papers.vys;

import java.util.List;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/**
 * The VYS theorems, one value per catalogue id: where each is printed, the statement, the parameters with the printed
 * domain, and the hypotheses that depend on the parameters alone (Theorem 4.1's, which the KKT claims, the
 * experiments and {@code reluspec assumptions} share). Lemmas C.1-C.9's parts of the KKT proof are built once each in
 * {@link VysKkt.Part}; the proof steps VYS-S* carry their own, see {@link org.reluspec.engine.ProofStep}.
 */
final class VysTheorems {

    /**
     * Theorem 4.1: a KKT point of Problem (2) on nearly orthogonal data is non-robust. H3 is written as the paper's
     * {@code c' = m(p+1)/(d+1) <= 1/3}, equivalently {@code m <= (d+1)/(3(p+1))}.
     */
    static final Theorem T4_1 = Theorem.of("VYS-T4.1", new Source("VYS", "Theorem 4.1", "F004 Sec. 4"),
            "KKT point, ||x_i||^2 = d, c > 0, c' <= 1/3: N(x_i - z) <= -1 (i in I+), N(x_i + z) >= 1 (i in I-), "
                    + "||z|| <= 18 sqrt(2d)/(c sqrt m).")
            .withParameters(ParameterSpec.integer("d", 1, 1 << 24, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 24, "number of examples"),
                    new ParameterSpec("p", false, 0, true, 1, true, "max_{i != j} |<x_i,x_j>| / d"),
                    new ParameterSpec("c", false, 0, false, 0.5, true, "min(|I+|, |I-|) / m"))
            .withHypotheses(
            new Hypothesis("H1", v -> HypothesisResult.byConstruction("H1", "x_i in sqrt(d) S^{d-1}")),
            new Hypothesis("H2", v -> HypothesisResult.atLeast("H2", "min(|I+|, |I-|)/m >= c > 0", v.get("c"),
                    Double.MIN_VALUE)),
            new Hypothesis("H3", v -> HypothesisResult.atMost("H3", "c' = m(p+1)/(d+1) <= 1/3",
                    v.get("m") * (v.get("p") + 1) / (v.get("d") + 1), 1.0 / 3)),
            new Hypothesis("H4", v -> HypothesisResult.byConstruction("H4", "theta is a KKT point of Problem (2) "
                    + "(check with reluspec kkt)")))
            .withNote("the conclusion is encoded (VYS-T4.1 constructed-kkt and trained-paper-schedule, Lemmas "
                    + "C.1-C.9); these are its hypotheses for a given setting");

    /** Theorem 2.1 (Lyu and Li; Ji and Telgarsky): gradient flow converges in direction to a KKT point. */
    static final Theorem T2_1 = Theorem.of("VYS-T2.1", new Source("VYS", "Theorem 2.1", "F004 Sec. 2"),
            "homogeneous ReLU network, exponential or logistic loss, gradient flow, L(theta(t0)) < 1: theta/||theta|| "
                    + "converges to the direction of a KKT point of Problem (2), L -> 0, ||theta|| -> infinity.")
            .withParameters(ParameterSpec.integer("d", 2, 4096, "input dimension"),
                    ParameterSpec.integer("m", 2, 1024, "examples (even)"), ParameterSpec.integer("k", 1, 4096,
                            "width"));

    /** Lemma 3.1: random points on the sphere are nearly orthogonal. */
    static final Theorem L3_1 = Theorem.of("VYS-L3.1", new Source("VYS", "Lemma 3.1", "F004 Sec. 3; proof App. B"),
            "x_i iid U(S^{d-1}), m <= d^k: (a) w.p. >= 1 - d^(2k+1) (3/4)^((d-3)/2), max_{i!=j} |<x_i,x_j>| <= 1/2; "
                    + "(b) for d >= 6, w.p. >= 1 - d^(2k+1-ln(d)/4), max_{i!=j} |<x_i,x_j>| <= ln(d)/sqrt(d).")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 20, "dimension"),
                    ParameterSpec.integer("m", 2, 1 << 20, "number of points"),
                    ParameterSpec.positiveReal("k", "exponent with m <= d^k"));

    /** Theorem 3.1: a robust network exists for nearly orthogonal data. */
    static final Theorem T3_1 = Theorem.of("VYS-T3.1", new Source("VYS", "Theorem 3.1", "F004 Sec. 3"),
            "||x_i||^2 = d and |<x_i,x_j>| <= c d (i != j, 0 <= c < 1) => the network v_j = y_j, w_j = 2x_j/(d(1-c)), "
                    + "b_j = -(1+c)/(1-c) has y_i N(x_i) >= 1 and no sign change within (1-c) sqrt(d)/4 of any x_i.")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 14, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 12, "number of examples"),
                    new ParameterSpec("c", false, 0, true, 1, false, "bound on |<x_i,x_j>|/d"));

    /** Example 1: the size of Theorem 4.1's perturbation in two regimes. */
    static final Theorem EX1 = Theorem.of("VYS-EX1", new Source("VYS", "Example 1", "F004 Sec. 4"),
            "(A) c constant, p = O(1), m = Theta(d) (within H3): ||z|| = O(1); (B) x_i uniform on sqrt(d) S^{d-1}, "
                    + "m = Theta(sqrt(d)/ln d): ||z|| = O(sqrt(sqrt(d) ln d)) = o(sqrt d).");

    /** The example of section 5.1: a robust and a non-robust network on the same data. */
    static final Theorem S5_1 = Theorem.of("VYS-S5.1", new Source("VYS", "Sec. 5.1 example", "F004 Sec. 5.1"),
            "x_i = sqrt(d) e_i: N (w_j = 2x_j/d, b_j = -1, v_j = y_j) has y_i N(x_i) = 1 and no flip within "
                    + "sqrt(d)/2; N' (w'_j = x_j/d, b'_j = 0) has y_i N'(x_i) = 1, and z = (4/d) sum_{j > d/2} x_j, "
                    + "||z|| = 2 sqrt 2, gives N'(x_i + z) = -1 for i <= d/2.")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 12, "dimension = number of examples (even)"));

    /** Lemma C.9: the norm of the perturbation. */
    static final Theorem C_9 = Theorem.of("VYS-C.9", new Source("VYS", "Lemma C.9", "F004 App. C"),
            "||x_i||^2 = d, c' = m(p+1)/(d+1) <= 1/3, c <= 1/2: z = (eta1 + eta2) sum_l y_l x_l has "
                    + "||z|| <= 18 sqrt(2d)/(c sqrt m)")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 16, "input dimension"),
                    ParameterSpec.integer("m", 2, 1 << 10, "number of examples on the margin"));

    private VysTheorems() {
    }
}
