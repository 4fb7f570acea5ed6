package org.reluspec.papers.myv;

import java.util.List;
import java.util.Map;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/**
 * Every MYV theorem, one value per catalogue id: where it is printed, the statement, the parameters with the printed
 * domain (integers capped only where the suite's arrays are), the stated bound, and the hypotheses that depend on the
 * parameters alone. The claim classes are variants of these (the proof steps MYV-S* carry their own, see
 * {@link org.reluspec.engine.ProofStep}).
 */
final class MyvTheorems {

    private static final ParameterSpec D = ParameterSpec.integer("d", 2, 1 << 24, "input dimension");
    private static final ParameterSpec ELL = ParameterSpec.integer("ell", 1, 1 << 24,
            "codimension of the data subspace P");
    private static final ParameterSpec M = ParameterSpec.integer("m", 1, 1 << 20, "width");
    private static final ParameterSpec K = ParameterSpec.integer("k", 0, 1 << 20, "size of the active set S at x0");
    private static final ParameterSpec N = ParameterSpec.integer("n", 1, 1 << 20, "dimension");
    private static final ParameterSpec SIGMA = ParameterSpec.positiveReal("sigma",
            "standard deviation of each coordinate");
    private static final ParameterSpec SUMMANDS = ParameterSpec.integer("m", 1, 1 << 20, "number of summands");

    /** Remark 3.1: the logistic loss's derivative at {@code q = ln^2 d}. */
    static final Theorem R3_1 = Theorem.of("MYV-R3.1", new Source("MYV", "Remark 3.1", "F000 lines ~186-212"),
            "|L'(ln^2 d)| <= ln^2(d) d^{-ln d} for L(q) = ln(1+e^{-q})")
            .withParameters(new ParameterSpec("d", false, 2, true, 1e12, true, "input dimension (q = ln^2 d)"));

    /** Theorem 4.1: a lower bound on the off-manifold gradient. */
    static final Theorem T4_1 = Theorem.of("MYV-T4.1", new Source("MYV", "Theorem 4.1",
                    "F000 lines 226-233; proof F001 L506-L522"),
            "Given the active set S (k = |S|): w.p. >= 1 - exp(-ell/16), ||Pi_{P-perp} dN(x0)/dx|| >= sqrt(k ell / "
                    + "(2 d m)).")
            .withParameters(D, ELL, M, K).withBound("exp(-ell/16)", v -> Math.exp(-v.get("ell") / 16));

    /** Corollary 4.1: Theorem 4.1 with {@code ell = Omega(d)}, {@code k = Omega(m)}. */
    static final Theorem C4_1 = Theorem.of("MYV-C4.1", new Source("MYV", "Corollary 4.1", "F000 line 255"),
            "ell >= C_ell d and k >= C_k m => w.p. >= 1 - exp(-C_ell d/16): ||Pi_{P-perp} dN(x0)/dx|| >= "
                    + "sqrt(C_ell C_k / 2).")
            .withParameters(D, ELL, M, K,
                    new ParameterSpec("Cell", false, 0, false, 1, true, "hidden constant of ell = Omega(d)"),
                    new ParameterSpec("Ck", false, 0, false, 1, true, "hidden constant of k = Omega(m)"))
            .withBound("exp(-C_ell d/16)", v -> Math.exp(-v.get("Cell") * v.get("d") / 16));

    /**
     * Theorem 5.1 (universal off-manifold perturbation). H2 as printed reads {@code ln(m^3 d)} (F000), the proof needs
     * {@code ln(m^2 d)} (F001; catalogue D1): both are written here once, as {@code H2} and {@code H2'}. H3 is the
     * implicit precondition the catalogue flags as D6.
     */
    static final Theorem T5_1 = Theorem.of("MYV-T5.1", new Source("MYV", "Theorem 5.1", "F000 lines 274-288"),
            "Data in P (dim d - ell), ell >= 32(m-1) ln(m^3 d): w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}) over the init, "
                    + "z in P-perp with ||z|| <= 8 sqrt(3) N(x0) (m/k_{y0}) sqrt(d/ell) flips the sign of N(x0).")
            .withParameters(D, ELL, M)
            .withHypotheses(
            new Hypothesis("H1", v -> HypothesisResult.byConstruction("H1", "training data in P, dim P = d - ell")),
            new Hypothesis("H2", v -> HypothesisResult.atLeast("H2", "ell >= 32(m-1) ln(m^3 d)", v.get("ell"),
                    32 * (v.get("m") - 1) * T5Construction.logM3d(v.get("m"), v.get("d")))),
            new Hypothesis("H2'", v -> HypothesisResult.atLeast("H2'", "ell >= 32(m-1) ln(m^2 d)", v.get("ell"),
                    32 * (v.get("m") - 1) * T5Construction.logM2d(v.get("m"), v.get("d")))),
            new Hypothesis("H3", v -> HypothesisResult.byConstruction("H3", "(implicit) N(x0) != 0 and k_{y0} >= 1")),
            new Hypothesis("H4", v -> HypothesisResult.byConstruction("H4", "no regularization; u fixed; only w "
                    + "trained")))
            .withBound("5(m exp(-ell/16) + d^(-1/2))", v -> 5 * (v.get("m") * Math.exp(-v.get("ell") / 16)
                    + 1 / Math.sqrt(v.get("d"))))
            .withNote("the conclusion is encoded as MYV-T5.1 as-printed, as-proved, as-proved-x0-fixed, the proof's "
                    + "events and its probability budget; these are its hypotheses for a given setting");

    /** Corollary 5.1: Theorem 5.1 with {@code ell = Theta(d)}, {@code k_{y0} = Theta(m)}. */
    static final Theorem C5_1 = Theorem.of("MYV-C5.1", new Source("MYV", "Corollary 5.1",
                    "F000 line 362; from Theorem 5.1 (a)"),
            "Theorem 5.1's hypotheses, ell >= C_ell d and k_{y0} >= C_k m => w.p. >= 1 - 5(m e^{-ell/16} + d^{-1/2}): "
                    + "||z|| <= 8 sqrt(3) N(x0) / (C_k sqrt(C_ell)) and sign N(x0+z) != sign N(x0)")
            .withParameters(D, ELL, M,
                    new ParameterSpec("Cell", false, 0, false, 1, true, "hidden constant of ell = Theta(d)"),
                    new ParameterSpec("Ck", false, 0, false, 1, true, "hidden constant of k_{y0} = Theta(m)"))
            .withBound("5(m exp(-ell/16) + d^(-1/2))", v -> 5 * (v.get("m") * Math.exp(-v.get("ell") / 16)
                    + 1 / Math.sqrt(v.get("d"))));

    /** Theorem 6.1: small initialization gives a small off-manifold gradient. */
    static final Theorem T6_1 = Theorem.of("MYV-T6.1", new Source("MYV", "Theorem 6.1",
                    "F000 Sec. 6 lines 396-401; proof F001 L589-L602"),
            "Init N(0, beta^2 I_d), given S (k = |S|): w.p. >= 1 - exp(-ell/16), ||Pi_{P-perp} dN(x0)/dx|| <= "
                    + "beta sqrt(2 k ell / m).")
            .withParameters(D, ELL, M, K, ParameterSpec.positiveReal("beta", "standard deviation of the "
                    + "initialization"))
            .withBound("exp(-ell/16)", v -> Math.exp(-v.get("ell") / 16));

    /** Corollary 6.1: Theorem 6.1 at {@code beta = 1/d}. */
    static final Theorem C6_1 = Theorem.of("MYV-C6.1", new Source("MYV", "Corollary 6.1", "F000 lines 422-426"),
            "Init N(0, (1/d^2) I_d) (beta = 1/d): w.p. >= 1 - exp(-ell/16), ||Pi_{P-perp} dN(x0)/dx|| <= sqrt(2/d).")
            .withParameters(D, ELL, M, K).withBound("exp(-ell/16)", v -> Math.exp(-v.get("ell") / 16));

    /** Theorem 6.2: L2 regularization shrinks the off-manifold weights. */
    static final Theorem T6_2 = Theorem.of("MYV-T6.2", new Source("MYV", "Theorem 6.2",
                    "F000 lines 446-453; F001 L604-L616"),
            "GD with L2 (eta, lambda, T steps) on data in P: w.p. >= 1 - exp(-ell/16), ||Pi_{P-perp} dN(x0)/dx|| <= "
                    + "(1 - eta lambda)^T sqrt(2 k ell/(d m)).")
            .withParameters(D, ELL, M, ParameterSpec.integer("T", 0, 1 << 20, "GD steps"),
                    ParameterSpec.positiveReal("eta", "learning rate"), ParameterSpec.positiveReal("lambda",
                            "L2 parameter"))
            .withBound("exp(-ell/16)", v -> Math.exp(-v.get("ell") / 16));

    /** Corollary 6.2: Theorem 6.2 with {@code (1 - eta lambda)^T <= 1/sqrt(d)}. */
    static final Theorem C6_2 = Theorem.of("MYV-C6.2", new Source("MYV", "Corollary 6.2", "F000 line 471"),
            "L2 with (1 - eta lambda)^T = rho <= 1/sqrt(d): w.p. >= 1 - exp(-ell/16), ||Pi_{P-perp} dN(x0)/dx|| <= "
                    + "sqrt(2/d).")
            .withParameters(D, ELL, M, K, new ParameterSpec("rho", false, Double.NEGATIVE_INFINITY, false, 1, true,
                    "decay (1 - eta lambda)^T"))
            .withBound("exp(-ell/16)", v -> Math.exp(-v.get("ell") / 16));

    /** Theorem A.1: training commutes with rotations. */
    static final Theorem A_1 = Theorem.of("MYV-A.1", new Source("MYV", "Theorem A.1", "F000 App. A; F001 L440-L480"),
            "Training on X from w(0) and on RX from Rw(0) (same u, same batch order): w~(t) = R w(t) at every step; "
                    + "equal projected gradient norms at x0 and Rx0; z in P-perp flips N^X at x0 iff Rz flips N^{X_R} "
                    + "at Rx0.")
            .withParameters(D, ELL, M, ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                    ParameterSpec.positiveReal("eta", "learning rate"),
                    ParameterSpec.integer("T", 0, 1 << 20, "steps"));

    /** Theorem A.2: the off-manifold weights are frozen. */
    static final Theorem A_2 = Theorem.of("MYV-A.2", new Source("MYV", "Theorem A.2", "F000 App. A; F001 L481-L489"),
            "Training data in M, no regularization: Pi_{M-perp}(w_i(T)) = Pi_{M-perp}(w_i(0)) bit for bit, for every "
                    + "neuron i, after T GD steps on the logistic loss.")
            .withParameters(D, ELL, M, ParameterSpec.integer("r", 1, 1 << 12, "training examples"),
                    ParameterSpec.positiveReal("eta", "learning rate"), ParameterSpec.integer("T", 0, 1 << 20,
                            "GD steps"));

    /** Lemma B.1 (chi-squared lower tail). */
    static final Theorem B_1 = Theorem.of("MYV-B.1", new Source("MYV", "Lemma B.1", "F001 L493-L497; F000 App. B"),
            "If w ~ N(0, sigma^2 I_n) then P[ ||w||^2 <= sigma^2 n / 2 ] <= exp(-n/16).")
            .withParameters(ParameterSpec.integer("n", 1, 1 << 20, "dimension of w (degrees of freedom)"),
                    ParameterSpec.positiveReal("sigma", "standard deviation of each coordinate of w"))
            .withBound("exp(-n/16)", v -> Math.exp(-v.get("n") / 16));

    /** Lemma B.2 (lower tail of a sum of Gaussian vectors). */
    static final Theorem B_2 = Theorem.of("MYV-B.2", new Source("MYV", "Lemma B.2", "F001 L498-L505"),
            "If w_1..w_m are iid N(0, sigma^2 I_n) then P[ ||sum_i w_i||^2 <= m sigma^2 n / 2 ] <= exp(-n/16).")
            .withParameters(N, SUMMANDS, SIGMA).withBound("exp(-n/16)", v -> Math.exp(-v.get("n") / 16));

    /** Lemma C.1 (chi-squared upper tail). */
    static final Theorem C_1 = Theorem.of("MYV-C.1", new Source("MYV", "Lemma C.1", "F001 L527-L531"),
            "If w ~ N(0, sigma^2 I_n) then P[ ||w||^2 >= 2 sigma^2 n ] <= exp(-n/16).")
            .withParameters(ParameterSpec.integer("n", 1, 1 << 20, "dimension of w"), SIGMA)
            .withBound("exp(-n/16)", v -> Math.exp(-v.get("n") / 16));

    /** Lemma C.2 (Gaussian inner product with a fixed vector). */
    static final Theorem C_2 = Theorem.of("MYV-C.2", new Source("MYV", "Lemma C.2", "F001 L533-L538"),
            "u fixed, v ~ N(0, sigma^2 I_n), t > 0: P[ |<u,v>| >= ||u|| t ] <= 2 exp(-t^2/(2 sigma^2)).")
            .withParameters(N, ParameterSpec.positiveReal("sigma", "standard deviation of each coordinate of v"),
                    ParameterSpec.positiveReal("t", "threshold"))
            .withBound("2 exp(-t^2/(2 sigma^2))", v -> 2 * Math.exp(-v.get("t") * v.get("t")
                    / (2 * v.get("sigma") * v.get("sigma"))));

    /** Lemma C.3 (inner product of two independent Gaussian vectors). */
    static final Theorem C_3 = Theorem.of("MYV-C.3", new Source("MYV", "Lemma C.3", "F001 L540-L543"),
            "u ~ N(0, s1^2 I_n), v ~ N(0, s2^2 I_n) independent, t > 0: P[ |<u,v>| >= s1 sqrt(2n) t ] <= exp(-n/16) + "
                    + "2 exp(-t^2/(2 s2^2)).")
            .withParameters(N, ParameterSpec.positiveReal("sigma1", "standard deviation of u"),
                    ParameterSpec.positiveReal("sigma2", "standard deviation of v"),
                    ParameterSpec.positiveReal("t", "threshold"))
            .withBound("exp(-n/16) + 2 exp(-t^2/(2 sigma2^2))", v -> Math.exp(-v.get("n") / 16)
                    + 2 * Math.exp(-v.get("t") * v.get("t") / (2 * v.get("sigma2") * v.get("sigma2"))));

    /** Lemma D.1 (upper tail of a sum of Gaussian vectors). */
    static final Theorem D_1 = Theorem.of("MYV-D.1", new Source("MYV", "Lemma D.1", "F000 line 977; F001 L579-L587"),
            "If w_1..w_m are iid N(0, sigma^2 I_n) then P[ ||sum_i w_i||^2 >= 2 m sigma^2 n ] <= exp(-n/16).")
            .withParameters(N, SUMMANDS, SIGMA).withBound("exp(-n/16)", v -> Math.exp(-v.get("n") / 16));

    private MyvTheorems() {
    }

    /**
     * @param printed the printed {@code ln(m^3 d)} or the proof's {@code ln(m^2 d)}
     * @param point a point with {@code d}, {@code ell}, {@code m}
     * @return Theorem 5.1's H2 there, under the name {@code H2} either way
     */
    static HypothesisResult t51H2(boolean printed, ParameterPoint point) {
        HypothesisResult h = T5_1.evaluate(printed ? "H2" : "H2'", Map.of("d", point.get("d"), "ell",
                point.get("ell"), "m", point.get("m")));
        return new HypothesisResult("H2", h.text(), h.holds(), h.lhs(), h.rhs(), h.margin());
    }
}
