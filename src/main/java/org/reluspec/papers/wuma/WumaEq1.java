package org.reluspec.papers.wuma;

import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.hipparchus.special.Gamma;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.Theorem;

/**
 * WUMA appendix B, equation (1) (Gaussian moments; printed chain garbled, catalogue WUMA-EQ1, most likely reading):
 * <blockquote>{@code E_{g ~ N(0,1)} |g|^q <= (q-1)!!}, used as {@code E[(w.r)^{2q}] = (2q-1)!! <= 2^q q!}.</blockquote>
 * Two variants: {@code moment} checks {@code E|g|^q <= (q-1)!!} with {@code E|g|^q = 2^{q/2} Gamma((q+1)/2)/sqrt(pi)}
 * (equality for even {@code q}); {@code double-factorial} checks {@code (2q-1)!! <= 2^q q!}. Both in the log domain
 * up to {@code q = 10^6}. Floating-point policy: the log-gamma evaluations carry a relative error below
 * {@code 1e-14}, so the comparison accepts {@code ln lhs <= ln rhs + 1e-12 |ln rhs|} (needed for the exact equality at
 * even q) and reports the margin; the two libraries (Hipparchus, Commons Numbers) must agree to the same level.
 */
public final class WumaEq1 implements DeterministicClaim {

    /** Rounding allowance of the log-domain comparison (see class javadoc). */
    static final double LOG_TOLERANCE = 1e-12;

    private final boolean moment;

    private WumaEq1(boolean moment) {
        this.moment = moment;
    }

    /** @return {@code E|g|^q <= (q-1)!!} */
    public static WumaEq1 moment() {
        return new WumaEq1(true);
    }

    /** @return {@code (2q-1)!! <= 2^q q!} */
    public static WumaEq1 doubleFactorial() {
        return new WumaEq1(false);
    }

    @Override
    public Theorem theorem() {
        return WumaTheorems.EQ1;
    }

    @Override
    public String variant() {
        return moment ? "moment" : "double-factorial";
    }

    @Override
    public String statement() {
        return moment ? "E|g|^q <= (q-1)!! for g ~ N(0,1), q >= 1" : "(2q-1)!! <= 2^q q! for q >= 1";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("q", 1, 1_000_000, "moment order"));
    }

    @Override
    public List<ParameterPoint> defaultGrid() {
        return java.util.stream.IntStream.of(1, 2, 3, 4, 5, 10, 11, 50, 51, 170, 171, 1000, 100001, 1_000_000)
                .mapToObj(q -> ParameterPoint.of(this, "q", q)).toList();
    }

    @Override
    public List<HypothesisResult> hypotheses(ParameterPoint point) {
        return List.of(HypothesisResult.atLeast("H1", "q >= 1", point.get("q"), 1));
    }

    /** {@code ln (n)!! = ln(2^{k} k!)} for even {@code n = 2k}, {@code ln((2k)!/(2^k k!))} for odd {@code n = 2k-1}. */
    static double logDoubleFactorial(double n, boolean commons) {
        if (n <= 0) {
            return 0;
        }
        double k = Math.ceil(n / 2);
        if (n % 2 == 0) {
            return k * Math.log(2) + lg(k + 1, commons);
        }
        return lg(2 * k + 1, commons) - k * Math.log(2) - lg(k + 1, commons);
    }

    private static double lg(double x, boolean commons) {
        return commons ? LogGamma.value(x) : Gamma.logGamma(x);
    }

    @Override
    public DeterministicOutcome evaluate(ParameterPoint point, org.reluspec.harness.TrialStreams instances) {
        double q = point.get("q");
        double[] lhs = new double[2];
        double[] rhs = new double[2];
        for (int lib = 0; lib < 2; lib++) {
            boolean c = lib == 1;
            if (moment) {
                lhs[lib] = q / 2 * Math.log(2) + lg((q + 1) / 2, c) - 0.5 * Math.log(Math.PI);
                rhs[lib] = logDoubleFactorial(q - 1, c);
            } else {
                lhs[lib] = logDoubleFactorial(2 * q - 1, c);
                rhs[lib] = q * Math.log(2) + lg(q + 1, c);
            }
        }
        double allowance = LOG_TOLERANCE * Math.max(1, Math.abs(rhs[0]));
        boolean agree = Math.abs(lhs[0] - lhs[1]) <= allowance && Math.abs(rhs[0] - rhs[1]) <= allowance;
        boolean holds = lhs[0] <= rhs[0] + allowance;
        String relation = moment ? "ln E|g|^q <= ln (q-1)!!" : "ln (2q-1)!! <= ln(2^q q!)";
        String detail = "margin " + (rhs[0] - lhs[0]) + (agree ? "" : "; LIBRARIES DISAGREE: " + lhs[1] + ", " + rhs[1]);
        return new DeterministicOutcome(holds && agree, lhs[0], rhs[0], relation, detail);
    }
}
