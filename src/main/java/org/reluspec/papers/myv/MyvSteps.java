package org.reluspec.papers.myv;

import org.reluspec.engine.ProofStep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** The explicit arithmetic steps of MYV (catalogue section 8, MYV-S1 to MYV-S7), each a claim of its own. */
public final class MyvSteps {

    private MyvSteps() {
    }

    /** @return every MYV step */
    public static List<ProofStep> all() {
        return List.of(new S1(), new S2(), new S3(), new S4(), new S5(), new S6(), new S7());
    }

    private static List<double[]> ns(UniformRandomProvider rng, int random) {
        List<double[]> out = new ArrayList<>();
        for (double n : ProofStep.integersThenLog(1000, 1e12, rng, random)) {
            out.add(new double[] {n});
        }
        return out;
    }

    /** m >= 2, d >= 1: small cases exhaustively, then log-uniform pairs. */
    private static List<double[]> md(UniformRandomProvider rng, int random) {
        List<double[]> out = new ArrayList<>();
        for (int m = 2; m <= 40; m++) {
            for (int d = 1; d <= 200; d++) {
                out.add(new double[] {m, d});
            }
        }
        for (int k = 0; k < random; k++) {
            out.add(new double[] {Math.floor(Math.exp(Math.log(2) + rng.nextDouble() * Math.log(5e5))),
                Math.floor(Math.exp(rng.nextDouble() * Math.log(1e9)))});
        }
        return out;
    }

    /** (m, d, ell) with ell at, just above, twice and ten times {@code factor (m-1) ln(m^2 d)}. */
    private static List<double[]> fromThreshold(double factor, UniformRandomProvider rng, int random) {
        List<double[]> out = new ArrayList<>();
        for (double[] md : md(rng, random)) {
            double l0 = Math.ceil(factor * (md[0] - 1) * Math.log(md[0] * md[0] * md[1]));
            for (double ell : new double[] {l0, l0 + 1, 2 * l0, 10 * l0}) {
                out.add(new double[] {md[0], md[1], ell});
            }
        }
        return out;
    }

    /** MYV Lemma C.1 proof: {@code 2 sqrt(n t) + 2t = n/2 + n/8} at {@code t = n/16}, and {@code 2n - n >= 5n/8}. */
    static final class S1 extends ProofStep {
        S1() {
            super("MYV-S1", "MYV", "Lemma C.1 proof (F001 L527-L531)",
                    "2 sqrt(n t) + 2t with t = n/16 equals n/2 + n/8, and P(chi2_n >= 2n) <= P(chi2_n - n >= 5n/8)",
                    "integers n >= 1 (exhaustive to 1000, log-spaced and random to 1e12)");
        }

        @Override
        protected String[] names() {
            return new String[] {"n"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return ns(rng, random);
        }

        @Override
        protected double margin(double[] v) {
            double n = v[0];
            double t = n / 16;
            // the event inclusion {chi2 >= 2n} in {chi2 - n >= 5n/8} holds iff 2n - n >= 5n/8
            return Math.min(ProofStep.equality(2 * Math.sqrt(n * t) + 2 * t, n / 2 + n / 8), (2 * n - n - 5 * n / 8) / n);
        }
    }

    /** MYV Lemma B.1 proof: {@code 2 sqrt(n t) = n/2} at {@code t = n/16}. */
    static final class S2 extends ProofStep {
        S2() {
            super("MYV-S2", "MYV", "Lemma B.1 proof (F001 L493-L497)", "2 sqrt(n t) with t = n/16 equals n/2",
                    "integers n >= 1");
        }

        @Override
        protected String[] names() {
            return new String[] {"n"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return ns(rng, random);
        }

        @Override
        protected double margin(double[] v) {
            return ProofStep.equality(2 * Math.sqrt(v[0] * v[0] / 16), v[0] / 2);
        }
    }

    /** MYV Theorem 5.1 proof: {@code 2 exp(-t^2 d/(2(m-1))) = 2/(m sqrt d)} at {@code t^2 = (m-1) ln(d m^2)/d}. */
    static final class S3 extends ProofStep {
        S3() {
            super("MYV-S3", "MYV", "Theorem 5.1 proof (F001 around L556)",
                    "with t = sqrt((m-1) ln(d m^2)/d): 2 exp(-t^2 d/(2(m-1))) = 2 m^{-1} d^{-1/2}", "m >= 2, d >= 1");
        }

        @Override
        protected String[] names() {
            return new String[] {"m", "d"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return md(rng, random);
        }

        @Override
        protected double margin(double[] v) {
            double m = v[0];
            double d = v[1];
            double t2 = (m - 1) * Math.log(d * m * m) / d;
            return ProofStep.equality(2 * Math.exp(-t2 * d / (2 * (m - 1))), 2 / (m * Math.sqrt(d)));
        }
    }

    /** The I_+ step of Theorem 5.1: the cross-term bound is non-positive once ell >= 8(m-1) L. */
    static final class S4 extends ProofStep {
        S4() {
            super("MYV-S4", "MYV", "Theorem 5.1 proof (I_+ neurons)",
                    "ell >= 8(m-1) ln(m^2 d) implies -alpha ell/(2d) + (alpha/d) sqrt(2 ell (m-1) ln(m^2 d)) <= 0 "
                            + "(alpha > 0; checked at alpha = 1, the sign is alpha-free)",
                    "m >= 2, d >= 1, ell from ceil(8(m-1) ln(m^2 d)) up");
        }

        @Override
        protected String[] names() {
            return new String[] {"m", "d", "ell"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return fromThreshold(8, rng, random);
        }

        @Override
        protected double margin(double[] v) {
            double m = v[0];
            double d = v[1];
            double ell = v[2];
            return -(-ell / (2 * d) + Math.sqrt(2 * ell * (m - 1) * Math.log(m * m * d)) / d) * d / ell;
        }
    }

    /** The I_- step of Theorem 5.1: {@code C >= alpha ell/(4d)} once ell >= 32(m-1) L. */
    static final class S5 extends ProofStep {
        S5() {
            super("MYV-S5", "MYV", "Theorem 5.1 proof (F001 L545-L577)",
                    "ell >= 32(m-1) ln(m^2 d) implies C := alpha ell/(2d) - (alpha/d) sqrt(2 ell (m-1) ln(m^2 d)) >= "
                            + "alpha ell/(4d) (alpha > 0; checked at alpha = 1)",
                    "m >= 2, d >= 1, ell from ceil(32(m-1) ln(m^2 d)) up");
        }

        @Override
        protected String[] names() {
            return new String[] {"m", "d", "ell"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return fromThreshold(32, rng, random);
        }

        @Override
        protected double margin(double[] v) {
            double m = v[0];
            double d = v[1];
            double ell = v[2];
            double c = ell / (2 * d) - Math.sqrt(2 * ell * (m - 1) * Math.log(m * m * d)) / d;
            return (c - ell / (4 * d)) * d / ell;
        }
    }

    /** MYV Remark 3.1: {@code |L'(ln^2 d)| <= ln^2(d) d^{-ln d}}, in the log domain. */
    static final class S6 extends ProofStep {
        S6() {
            super("MYV-S6", "MYV", "Remark 3.1 (F000 lines ~186-212)",
                    "abs(L'(ln^2 d)) <= ln^2(d) d^{-ln d} for L(q) = ln(1 + e^{-q})",
                    "real d >= 2 (d = 2 and every real d up to 3 in steps of 1e-3, then integers and log-spaced)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int k = 0; k <= 1000; k++) {
                out.add(new double[] {2 + k * 1e-3});
            }
            for (double d : ProofStep.integersThenLog(1000, 1e12, rng, random)) {
                if (d >= 2) {
                    out.add(new double[] {d});
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double q = Math.log(v[0]) * Math.log(v[0]);
            double lhs = -q - Math.log1p(Math.exp(-q));   // ln |L'(q)|
            double rhs = Math.log(q) - q;                  // ln(q e^{-q})
            return rhs - lhs;
        }
    }

    /** MYV Corollary 6.1 proof: {@code beta sqrt(2 k ell/m) <= sqrt(2/d)} at {@code beta = 1/d}. */
    static final class S7 extends ProofStep {
        S7() {
            super("MYV-S7", "MYV", "Corollary 6.1 proof (F000 lines 422-426)",
                    "k <= m and ell <= d give beta sqrt(2 k ell/m) <= sqrt(2/d) at beta = 1/d",
                    "1 <= k <= m, 1 <= ell < d (exhaustive for d, m <= 30)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "ell", "m", "k"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int d = 2; d <= 30; d++) {
                for (int ell = 1; ell < d; ell++) {
                    for (int m = 1; m <= 30; m++) {
                        for (int k = 1; k <= m; k++) {
                            out.add(new double[] {d, ell, m, k});
                        }
                    }
                }
            }
            for (int t = 0; t < random; t++) {
                double d = Math.floor(2 + rng.nextDouble() * 1e6);
                double m = Math.floor(1 + rng.nextDouble() * 1e4);
                out.add(new double[] {d, Math.floor(1 + rng.nextDouble() * (d - 1)), m,
                    Math.floor(1 + rng.nextDouble() * m)});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double lhs = (1 / d) * Math.sqrt(2 * v[3] * v[1] / v[2]);
            double rhs = Math.sqrt(2 / d);
            return (rhs - lhs) / rhs;
        }
    }
}
