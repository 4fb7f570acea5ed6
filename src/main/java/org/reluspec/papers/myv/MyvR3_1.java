package org.reluspec.papers.myv;

import java.util.List;
import java.util.stream.DoubleStream;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Losses;

/**
 * MYV Remark 3.1 (F000 lines ~186-212), the logistic-loss gradient at margin {@code q = ln^2 d}:
 * <blockquote>{@code |dL(q)/dq| = |-q e^{-q} / (1 + e^{-q})|}, hence
 * {@code |L'(ln^2 d)| <= ln^2(d) d^{-ln d}}.</blockquote>
 * Two variants, evaluated in the log domain so that {@code d} up to {@code 10^12} stays representable:
 * <ul>
 *   <li>{@code printed-derivative}: the printed formula against the true derivative of {@code L(q) = ln(1+e^{-q})},
 *       {@code L'(q) = -1/(1+e^q)}, at {@code q = ln^2 d}. The printed numerator carries an extra factor {@code q}
 *       (catalogue R3.1-1), so the identity fails wherever {@code q != 1}: a counterexample.</li>
 *   <li>{@code printed-bound}: {@code |L'(ln^2 d)| <= ln^2(d) d^{-ln d}} with the true derivative (step MYV-S6). It
 *       holds, because the true value is {@code <= e^{-q} = d^{-ln d}}; the margin is reported.</li>
 * </ul>
 * The true derivative is the kernel's {@link Losses#logisticDerivative}; in the log domain
 * {@code ln|L'(q)| = -q - ln(1 + e^{-q})}, which the two agree on wherever the kernel's value is not subnormal.
 */
public final class MyvR3_1 implements DeterministicClaim {

    /** Relative allowance for comparing two log-domain evaluations of the same number. */
    static final double LOG_TOLERANCE = 1e-12;

    private final boolean identity;

    private MyvR3_1(boolean identity) {
        this.identity = identity;
    }

    /** @return the printed derivative formula as an identity */
    public static MyvR3_1 printedDerivative() {
        return new MyvR3_1(true);
    }

    /** @return the printed bound with the true derivative */
    public static MyvR3_1 printedBound() {
        return new MyvR3_1(false);
    }

    @Override
    public Theorem theorem() {
        return MyvTheorems.R3_1;
    }

    @Override
    public String variant() {
        return identity ? "printed-derivative" : "printed-bound";
    }

    @Override
    public String statement() {
        return identity ? "|dL(q)/dq| = |-q e^{-q}/(1+e^{-q})| for L(q) = ln(1+e^{-q}), at q = ln^2 d"
                : "|L'(ln^2 d)| <= ln^2(d) d^{-ln d} for L(q) = ln(1+e^{-q})";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return theorem().parameters();
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return DoubleStream.of(2, Math.E, 3, 10, 100, 784, 1e4, 1e6, 1e12).mapToObj(d -> ParameterPoint.of(this, "d", d))
                .toList();
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.atLeast("H1", "d >= 2", point.get("d"), 2));
    }

    /** @return {@code ln |L'(q)| = -q - ln(1 + e^{-q})}, the true derivative */
    static double logTrueDerivative(double q) {
        return -q - Math.log1p(Math.exp(-q));
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
        double lnd = Math.log(point.get("d"));
        double q = lnd * lnd;
        double truth = logTrueDerivative(q);
        double kernel = Math.log(Math.abs(Losses.logisticDerivative(q)));
        boolean agree = Math.abs(Losses.logisticDerivative(q)) < Double.MIN_NORMAL
                || Math.abs(truth - kernel) <= 1e-12 * Math.max(1, Math.abs(truth));
        String check = agree ? "" : "; kernel and log-domain derivative DISAGREE: " + kernel;
        if (identity) {
            double printed = Math.log(q) + truth;   // ln(q e^{-q}/(1+e^{-q})) = ln q + ln|L'(q)|
            boolean holds = Math.abs(printed - truth) <= LOG_TOLERANCE * Math.max(1, Math.abs(truth));
            return new DeterministicOutcome(holds && agree, printed, truth, "ln|printed L'(q)| = ln|L'(q)|",
                    "q = ln^2 d = " + q + "; printed/true = q" + check);
        }
        double rhs = Math.log(q) - lnd * lnd;   // ln(ln^2(d) d^{-ln d})
        return new DeterministicOutcome(truth <= rhs && agree, truth, rhs, "ln|L'(ln^2 d)| <= ln(ln^2(d) d^{-ln d})",
                "margin " + (rhs - truth) + " (= ln ln^2 d + ln(1+d^{-ln d}))" + check);
    }
}
