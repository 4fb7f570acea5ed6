package org.reluspec.papers.wuma;

import java.util.List;
import java.util.Locale;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Theorem.Hypothesis;

/**
 * Every WUMA theorem, one value per catalogue id: where it is printed, the statement, the parameters with the printed
 * domain, the stated bound, and the hypotheses that depend on the parameters alone (Theorem 3.1's width conditions,
 * which the lazy-regime claims, experiments and {@code reluspec assumptions} share). The proof steps WUMA-S* carry
 * their own, see {@link org.reluspec.engine.ProofStep}.
 */
final class WumaTheorems {

    private static final ParameterSpec GAMMA = ParameterSpec.openUnit("gamma", "confidence parameter");
    private static final ParameterSpec WIDTH_M = ParameterSpec.integer("m", 1, 1 << 24, "width");
    private static final ParameterSpec LAZY_C0 = ParameterSpec.nonNegativeReal("C0", "lazy constant, V = C0/sqrt(m)");
    private static final ParameterSpec DIM = ParameterSpec.integer("d", 1, 1 << 24, "input dimension");

    /** Theorem 3.1's explicit width condition, the one every lazy-regime claim and experiment rests on. */
    static final Hypothesis WIDTH = new Hypothesis("H4", v -> HypothesisResult.atLeast("H4",
            "m >= d^2.4 (explicit part of max{d^2.4, C3 ln(1/gamma)})", v.get("m"), Math.pow(v.get("d"), 2.4)));

    /** Theorem 3.1's upper width condition {@code m <= C4 exp(d^0.24)}, open: C4 is not given. */
    static final Hypothesis WIDTH_UPPER = new Hypothesis("H4'", v -> HypothesisResult.unnamedConstant("H4'",
            String.format(Locale.ROOT, "m <= C4 exp(d^0.24) holds iff C4 >= %.4g",
                    v.get("m") * Math.exp(-Math.pow(v.get("d"), 0.24)))));

    /** Theorem 3.1 (the conclusion is encoded as order claims and as flip-probability claims). */
    static final Theorem T3_1 = Theorem.of("WUMA-T3.1", WumaSources.section("Theorem 3.1", "Sec. 3"),
            "For m >= max{d^2.4, C3 ln(1/gamma)}, m <= C4 exp(d^0.24) and x on the unit sphere, with probability at "
                    + "least 1 - gamma over W0, a step of size O(1/d) along the gradient flips the sign of f at x.")
            .withParameters(DIM, WIDTH_M, GAMMA)
            .withHypotheses(
            new Hypothesis("H1", v -> HypothesisResult.atLeast("H1", "gamma in (0, 1)",
                    Math.min(v.get("gamma"), 1 - v.get("gamma")), Double.MIN_VALUE)),
            WIDTH, WIDTH_UPPER,
            new Hypothesis("H2", v -> HypothesisResult.byConstruction("H2", "x on the unit sphere, fixed before the "
                    + "draw")),
            new Hypothesis("H3", v -> HypothesisResult.byConstruction("H3", "step size of order 1/d with sign "
                    + "-sign f(x) (garbled in the OCR)")))
            .withBound("gamma", v -> v.get("gamma"))
            .withNote("the conclusion is encoded as order claims (WUMA-T3.1 step-size-W0, perturbation-W0, "
                    + "step-size-search-W); these are its hypotheses for a given setting");

    /** Corollary 3.2: robust accuracy stays low in the lazy regime. */
    static final Theorem C3_2 = Theorem.of("WUMA-C3.2", WumaSources.section("Corollary 3.2", "Sec. 3"),
            "Theorem 3.1's settings, R = O(1/sqrt d), D on S^{d-1} x {+-1} fixed: w.p. >= 1 - 10 gamma, for all W "
                    + "in B_{2,inf}(W0, C0/sqrt m), L_R(W; D) >= 0.9.")
            .withParameters(DIM, ParameterSpec.positiveReal("cR", "R = cR / sqrt(d)"), GAMMA)
            .withBound("10 gamma", v -> 10 * v.get("gamma"));

    /** Definition 2.1: the lazy regime. */
    static final Theorem D2_1 = Theorem.of("WUMA-D2.1", WumaSources.section("Definition 2.1", "Sec. 2"),
            "the lazy regime is {(a, W) : W in B_{2,inf}(W0, C0/sqrt m)}: every network the lazy trainers return "
                    + "lies in it, and the projection onto it is the Euclidean projection.")
            .withParameters(ParameterSpec.integer("d", 1, 4096, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 16, "width"), ParameterSpec.positiveReal("C0", "lazy constant"));

    /** The key inequality of Theorem 3.1's proof. */
    static final Theorem PF3_1 = Theorem.of("WUMA-PF3.1", WumaSources.section("key inequality of the proof of "
                    + "Theorem 3.1", "Sec. 4, App. B"),
            "f(x + eta grad f) <= f(x) - |eta| ||grad f||^2 + |eta| ||grad f|| sup ||grad f(x + delta) - grad f(x)|| "
                    + "for eta <= 0 when f(x) > 0 (mirrored for f(x) < 0); sup taken over the segment.")
            .withParameters(ParameterSpec.integer("d", 1, 4096, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 18, "width"));

    /** The remark "beyond lazy regime". */
    static final Theorem CONE = Theorem.of("WUMA-CONE", WumaSources.section("remark \"beyond lazy regime\"",
                    "Sec. 3"),
            "for W in the cone {W : r W in B_{2,inf}(W0, C0/sqrt m)} Theorem 3.1 still holds: the same delta flips, "
                    + "with eta' = r eta.")
            .withParameters(ParameterSpec.integer("d", 1, 4096, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 18, "width"));

    /** Lemma 4.1 (informal Lemma B.5): the network's value over the ball. */
    static final Theorem L4_1 = Theorem.of("WUMA-L4.1", WumaSources.section("Lemma 4.1", "Sec. 4"),
            "for any x, w.p. >= 1 - gamma, for all W in B_{2,inf}(W0, C0/sqrt m): |f(x;a,W)| <= 2 sqrt(ln(2/gamma)) + "
                    + "C0.")
            .withParameters(WIDTH_M, LAZY_C0, GAMMA).withBound("gamma", v -> v.get("gamma"));

    /** Lemma 4.2 (informal Lemma B.7): the gradient norm over the ball. */
    static final Theorem L4_2 = Theorem.of("WUMA-L4.2", WumaSources.section("Lemma 4.2", "Sec. 4"),
            "w.p. >= 1 - gamma, for all W in the ball, ||grad f(x;a,W)|| >= [garbled; c sqrt(d) by Lemma B.7].")
            .withParameters(DIM, WIDTH_M, LAZY_C0, GAMMA);

    /** Lemma 4.3: few neurons can change their activation inside the ball. */
    static final Theorem L4_3 = Theorem.of("WUMA-L4.3", new Source("WUMA", "Lemma 4.3", "F003 line 369"),
            "w.p. >= 1 - gamma: |S_w| <= C0 sqrt(m) + sqrt(m ln(1/gamma)/2), S_w the neurons whose activation "
                    + "at x can change within B_{2,inf}(W0, C0/sqrt m).")
            .withParameters(WIDTH_M, ParameterSpec.positiveReal("C0", "lazy-ball constant"), GAMMA)
            .withBound("gamma", v -> v.get("gamma"));

    /** Lemma 4.4 (informal Lemma B.9): the gradient changes little within radius R. */
    static final Theorem L4_4 = Theorem.of("WUMA-L4.4", WumaSources.section("Lemma 4.4", "Sec. 4"),
            "w.p. >= 1 - gamma, for all W in the ball, sup_{||delta|| <= R} ||grad f(x;a,W) - grad f(x+delta;a,W)|| "
                    + "= o(sqrt d) for R = O(1/sqrt d) and d^2.4 <= m <= O(exp(d^0.24)).")
            .withParameters(DIM, WIDTH_M, LAZY_C0, GAMMA);

    /** App. B eq. (1): Gaussian moments. */
    static final Theorem EQ1 = Theorem.of("WUMA-EQ1", new Source("WUMA", "App. B eq. (1)", "F003 App. B (garbled)"),
            "E|g|^q <= (q-1)!! for g ~ N(0,1), q >= 1")
            .withParameters(ParameterSpec.integer("q", 1, 1_000_000, "moment order"));

    /** App. B eq. (2): chi-squared concentration. */
    static final Theorem EQ2 = Theorem.of("WUMA-EQ2", WumaSources.appendixB("App. B eq. (2)"),
            "z_1..z_m iid N(0,1): w.p. >= 1 - gamma, |sum z_s^2 - m| <= 4 sqrt(m ln(2/gamma)).")
            .withParameters(ParameterSpec.integer("m", 1, 1 << 24, "number of Gaussians"), GAMMA)
            .withBound("gamma", v -> v.get("gamma"));

    /** Lemma B.6 eq. (3): a small perturbation rarely flips one neuron. */
    static final Theorem EQ3 = Theorem.of("WUMA-EQ3", WumaSources.appendixB("Lemma B.6 eq. (3)"),
            "||delta|| <= R < 1, x in S^{d-1}, w ~ N(0, I_d): "
                    + "P(sign(w.x) != sign(w.(x+delta))) <= R sqrt(2 ln d) + 1/d.")
            .withParameters(ParameterSpec.integer("d", 1, Integer.MAX_VALUE, "input dimension"),
                    new ParameterSpec("R", false, 0, false, 1, false, "perturbation radius"))
            .withBound("R sqrt(2 ln d) + 1/d", v -> v.get("R") * Math.sqrt(2 * Math.log(v.get("d"))) + 1 / v.get("d"));

    /** Lemma B.6 eq. (4): the ball version. */
    static final Theorem EQ4 = Theorem.of("WUMA-EQ4", WumaSources.appendixB("Lemma B.6 eq. (4)"),
            "P(exists delta', delta'' in B(delta, eps), W in B(W0, V) with a sign change of w_s between x+delta' and "
                    + "x+delta'') <= 2 eps (sqrt d + 2 sqrt(d ln(2/eps))) + (1+R+eps) V.")
            .withParameters(ParameterSpec.integer("d", 2, Integer.MAX_VALUE, "input dimension"),
                    new ParameterSpec("R", false, 0, true, 1, false, "||delta|| <= R"),
                    ParameterSpec.openUnit("eps", "radius of the ball around delta"),
                    ParameterSpec.positiveReal("V", "lazy radius per neuron"))
            .withBound("2 eps (sqrt d + 2 sqrt(d ln(2/eps))) + (1+R+eps) V", v -> 2 * v.get("eps")
                    * (Math.sqrt(v.get("d")) + 2 * Math.sqrt(v.get("d") * Math.log(2 / v.get("eps"))))
                    + (1 + v.get("R") + v.get("eps")) * v.get("V"));

    /** Theorem B.1 (Bernstein), on Bernoulli summands. */
    static final Theorem B_1 = Theorem.of("WUMA-B.1", WumaSources.appendixB("Theorem B.1"),
            "z_i independent with sum E z_i^2 <= v and sum E|z_i|^q <= (q!/2) v c^(q-2) (q >= 3): "
                    + "P(sum (z_i - E z_i) >= sqrt(2 v t) + c t) <= exp(-t). Here z_i ~ Bernoulli(p), v = np, c = 1.")
            .withParameters(ParameterSpec.integer("n", 1, 1 << 24, "number of summands"),
                    ParameterSpec.openUnit("p", "Bernoulli parameter"),
                    ParameterSpec.positiveReal("t", "deviation parameter"))
            .withBound("exp(-t)", v -> Math.exp(-v.get("t")));

    /** Theorem B.2 (Chernoff), with equal success probabilities. */
    static final Theorem B_2 = Theorem.of("WUMA-B.2", WumaSources.appendixB("Theorem B.2"),
            "z_i independent Bernoulli(p_i), S = sum z_i, mu = E S, t > mu: P(S >= t) <= exp(-mu) (e mu / t)^t.")
            .withParameters(ParameterSpec.integer("n", 1, 1 << 24, "number of summands"),
                    ParameterSpec.openUnit("p", "success probability"), ParameterSpec.positiveReal("t", "threshold"))
            .withBound("exp(-mu) (e mu / t)^t", v -> {
                double mu = v.get("n") * v.get("p");
                double t = v.get("t");
                return Math.exp(-mu + t * (1 + Math.log(mu) - Math.log(t)));
            });

    /** Theorem B.3 (Gaussian Lipschitz concentration), with {@code f = ||.||}. */
    static final Theorem B_3 = Theorem.of("WUMA-B.3", WumaSources.appendixB("Theorem B.3"),
            "z ~ N(0, I_n), f = ||.|| (1-Lipschitz): P(| ||z|| - E||z|| | >= t) <= 2 exp(-t^2/2).")
            .withParameters(ParameterSpec.integer("n", 1, 1 << 24, "dimension"), ParameterSpec.positiveReal("t",
                    "deviation"))
            .withBound("2 exp(-t^2/2)", v -> 2 * Math.exp(-v.get("t") * v.get("t") / 2));

    /** Lemma B.4: few neurons near their kink. */
    static final Theorem B_4 = Theorem.of("WUMA-B.4", WumaSources.appendixB("Lemma B.4"),
            "w.p. >= 1 - gamma: |S_w| <= #{s : |<w_{s,0},x>| <= V} <= V m + sqrt(m ln(1/gamma)/2).")
            .withParameters(WIDTH_M, ParameterSpec.positiveReal("V", "lazy radius per neuron"), GAMMA)
            .withBound("gamma", v -> v.get("gamma"));

    /** Lemma B.5: the network's value over the ball. */
    static final Theorem B_5 = Theorem.of("WUMA-B.5", WumaSources.appendixB("Lemma B.5"),
            "for any x, w.p. >= 1 - gamma, for all W in B_{2,inf}(W0, C0/sqrt m): |f(x;a,W)| <= [garbled] + "
                    + "sqrt(2 ln(2/gamma)) + C0.")
            .withParameters(WIDTH_M, LAZY_C0, GAMMA).withBound("gamma", v -> v.get("gamma"));

    /** Lemma B.7: the gradient norm over the ball. */
    static final Theorem B_7 = Theorem.of("WUMA-B.7", WumaSources.appendixB("Lemma B.7"),
            "for any x, w.p. >= 1 - gamma, for all W in B_{2,inf}(W0, C0/sqrt m): ||grad f(x;a,W)|| >= "
                    + "(1/2 - (sqrt(2 ln(4/gamma)/m) + ln(4/gamma)/m))^{1/2} (d - 5 sqrt(d ln(4/gamma)))^{1/2} - C0 "
                    + "- sqrt((1/sqrt m)(C0 + sqrt(ln(4/gamma)/2))) (d + 4 sqrt(d ln(8m/gamma)))^{1/2}.")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 16, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 22, "width"), LAZY_C0, GAMMA)
            .withBound("gamma", v -> v.get("gamma"));

    /** Lemma B.8: the change of the gradient's direction. */
    static final Theorem B_8 = Theorem.of("WUMA-B.8", WumaSources.appendixB("Lemma B.8"),
            "fixed x, r in S^{d-1}, ||delta|| <= R: w.p. >= 1 - gamma, for all W in B_{2,inf}(W0, C0/sqrt m), "
                    + "|(1/sqrt m) sum_s a_s (w_s.r)(relu'(w_s.x) - relu'(w_s.(x+delta)))| <= 2 sqrt(ln(4/gamma)) "
                    + "((4R sqrt(ln d))^{1/4} + sqrt(ln(4/gamma)/m)) + C0 + 3 sqrt((1/sqrt m)(C0 + "
                    + "sqrt(ln(4/gamma)/2))) sqrt(d + 4 sqrt(d ln(8m/gamma))) + 5 (C0 + sqrt(ln(4/gamma))) "
                    + "(sqrt(ln(4m/gamma)) + 3).")
            .withParameters(ParameterSpec.integer("d", 2, 1 << 20, "input dimension"),
                    ParameterSpec.integer("m", 1, 1 << 22, "width"), LAZY_C0,
                    new ParameterSpec("R", false, 0, true, 1, true, "||delta||"), GAMMA)
            .withBound("gamma", v -> v.get("gamma"));

    /** Lemma B.9: the gradient changes little within radius R. */
    static final Theorem B_9 = Theorem.of("WUMA-B.9", WumaSources.appendixB("Lemma B.9"),
            "w.p. >= 1 - gamma, for all W in the ball, sup_{||delta|| <= R} ||grad f(x;a,W) - grad f(x+delta;a,W)|| "
                    + "= o(sqrt d) for R = O(1/sqrt d) and d^2.4 <= m <= O(exp(d^0.24)).")
            .withParameters(DIM, WIDTH_M, LAZY_C0, GAMMA);

    private WumaTheorems() {
    }
}
