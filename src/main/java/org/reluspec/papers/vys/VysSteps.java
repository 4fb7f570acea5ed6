package org.reluspec.papers.vys;

import org.reluspec.engine.ProofStep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.special.Gamma;
import org.reluspec.data.SphereData;
import org.reluspec.kernel.Losses;

/** The explicit arithmetic steps of VYS (catalogue section 8), each a claim of its own. */
public final class VysSteps {

    private VysSteps() {
    }

    /** @return every encoded VYS step */
    public static List<ProofStep> all() {
        return List.of(new S1(), new S2(), new S3(), new S4(), new S5(), new S6());
    }

    /** Lemma 3.1 proof, the first inequality of the Beta-function chain. */
    static final class S1 extends ProofStep {
        S1() {
            super("VYS-S1", "VYS", "Lemma 3.1 proof (F004 App. B)",
                    "B(1/2, (d-1)/2) = Gamma(1/2) Gamma((d-1)/2)/Gamma(d/2) >= Gamma(1/2) Gamma(d/2 - 1)/Gamma(d/2) = "
                            + "Gamma(1/2)/(d/2 - 1) >= 2 Gamma(1/2)/d: every link checked",
                    "integers d >= 3");
        }

        @Override
        protected String[] names() {
            return new String[] {"d"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (double d : ProofStep.integersThenLog(2000, 1e9, rng, random)) {
                if (d >= 3) {
                    out.add(new double[] {d});
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double lg1 = Gamma.logGamma((d - 1) / 2);   // the printed first link: Gamma((d-1)/2) >= Gamma(d/2 - 1)
            double lg2 = Gamma.logGamma(d / 2 - 1);
            double link1 = lg1 - lg2;
            // Gamma(d/2 - 1)/Gamma(d/2) = 1/(d/2 - 1), compared in the log domain: lnGamma(d/2) is large, so the
            // allowance is a few of its ulps (see tolerance)
            double link2 = -Math.abs(lg2 - Gamma.logGamma(d / 2) + Math.log(d / 2 - 1));
            double link3 = (1 / (d / 2 - 1) - 2 / d) * d;
            return Math.min(link1, Math.min(link2, link3));
        }

        @Override
        protected double tolerance(double[] v) {
            return 1e-12 + 16 * Math.ulp(Gamma.logGamma(v[0] / 2));
        }
    }

    /** Lemma 3.1 proof: the tail chain {@code d (1-y^2)^{(d-3)/2} <= ... <= d^{1 - ln(d)/4}} at {@code y = ln d/sqrt d}. */
    static final class S2 extends ProofStep {
        S2() {
            super("VYS-S2", "VYS", "Lemma 3.1 proof (F004 App. B)",
                    "for y >= ln(d)/sqrt(d): d (1 - y^2)^{(d-3)/2} <= d exp(-y^2 (d-3)/2) <= d exp(-(ln^2 d/d)(d/4)) = "
                            + "d^{1 - ln(d)/4} (log domain; y at the lower end and in between)",
                    "integers d >= 6, y in [ln(d)/sqrt(d), 1)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "y"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (double d : ProofStep.integersThenLog(2000, 1e9, rng, random)) {
                double y0 = Math.log(d) / Math.sqrt(d);
                if (d >= 6 && y0 < 1) {
                    for (double f : new double[] {0, 0.5, 0.99}) {
                        out.add(new double[] {d, y0 + f * (1 - y0)});
                    }
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double y = v[1];
            double a = Math.log(d) + (d - 3) / 2 * Math.log1p(-y * y);
            double b = Math.log(d) - y * y * (d - 3) / 2;
            double c = Math.log(d) - Math.log(d) * Math.log(d) / 4;
            return Math.min(b - a, c - b);
        }

        @Override
        protected double tolerance(double[] v) {
            return 1e-12 * Math.max(1, Math.log(v[0]) * Math.log(v[0]));
        }
    }

    /** Lemma C.5 proof: {@code d - m p >= d/3 > 0} with {@code m = c'(d+1)/(p+1)}, {@code c' <= 1/3}. */
    static final class S3 extends ProofStep {
        S3() {
            super("VYS-S3", "VYS", "Lemma C.5 proof (F004 App. C)",
                    "d - m p = d - c'(d+1)p/(p+1) >= d - (1/3)(2dp/p) = d/3 > 0", "c' in (0, 1/3], p >= 0, integers d >= 1");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "p", "cprime"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int d = 1; d <= 300; d++) {
                for (double p : new double[] {0, 0.5, 1, 10, d, 10.0 * d}) {
                    for (double c : new double[] {1e-3, 0.1, 1.0 / 3}) {
                        out.add(new double[] {d, p, c});
                    }
                }
            }
            for (int k = 0; k < random; k++) {
                out.add(new double[] {Math.floor(1 + rng.nextDouble() * 1e6), rng.nextDouble() * 1e6,
                    rng.nextDouble() / 3});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double p = v[1];
            double lhs = d - v[2] * (d + 1) * p / (p + 1);
            return Math.min(lhs - d / 3, d / 3) / d;
        }
    }

    /** Lemma C.9 proof: each arithmetic link of the chain ending in {@code ||z|| <= 18 sqrt(2d)/(c sqrt m)}. */
    static final class S4 extends ProofStep {
        S4() {
            super("VYS-S4", "VYS", "Lemma C.9 proof (F004 App. C)",
                    "with c' = m(p+1)/(d+1): d - m(p+1) = d - c'(d+1) >= (d+1)/2 - (d+1)/3 = (d+1)/6; (p+1)/((d+1)/6) = "
                            + "6c'/m; 5md/3 <= 2md; 6c'/m + 12(cc'+1)/(mc) = (18cc'+12)/(mc) <= 18/(mc)",
                    "integers d >= 1, m >= 2, p >= 0 with c' <= 1/3, c in [1/m, 1/2]");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "m", "p", "c"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int d = 1; d <= 400; d++) {
                for (int m = 2; 3.0 * m <= d + 1; m++) {
                    double pMax = (d + 1) / (3.0 * m) - 1;
                    for (double p : new double[] {0, Math.max(0, pMax / 2), Math.max(0, pMax)}) {
                        for (double c : new double[] {1.0 / m, 0.5}) {
                            out.add(new double[] {d, m, p, c});
                        }
                    }
                }
            }
            for (int k = 0; k < random; k++) {
                double d = Math.floor(6 + rng.nextDouble() * 1e7);
                double m = Math.floor(2 + rng.nextDouble() * ((d + 1) / 3 - 2));
                double pMax = Math.max(0, (d + 1) / (3 * m) - 1);
                out.add(new double[] {d, m, rng.nextDouble() * pMax, 1 / m + rng.nextDouble() * (0.5 - 1 / m)});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double m = v[1];
            double p = v[2];
            double c = v[3];
            double cp = m * (p + 1) / (d + 1);
            double l1 = (d - m * (p + 1) - (d + 1) / 6) / (d + 1);
            double l2 = ProofStep.equality((p + 1) / ((d + 1) / 6), 6 * cp / m);
            double l3 = (2 * m * d - 5 * m * d / 3) / (m * d);
            double sum = 6 * cp / m + 12 * (c * cp + 1) / (m * c);
            double l4 = ProofStep.equality(sum, (18 * c * cp + 12) / (m * c));
            double l5 = (18 / (m * c) - sum) * m * c;
            return Math.min(Math.min(l1, l2), Math.min(Math.min(l3, l4), l5));
        }
    }

    /**
     * VYS section 6: "for m = d^{0.5} all the samples are on the margin, as was proven in Lemma C.1". Lemma C.1 needs
     * {@code m <= (d+1)/(3(p+1))}; checked on one seeded draw of {@code m = round(sqrt d)} points on
     * {@code sqrt(d) S^{d-1}} per d. A failure means the lemma does not cover the experiment, not that the margins
     * differ.
     */
    static final class S5 extends ProofStep {
        S5() {
            super("VYS-S5", "VYS", "Sec. 6 (experiments)",
                    "\"For m = d^{0.5} all the samples are on the margin, as was proven in Lemma C.1\": Lemma C.1's "
                            + "hypothesis m <= (d+1)/(3(p+1)) at m = d^{0.5}, x uniform on sqrt(d) S^{d-1} (one draw per d)",
                    "d in {100, 200, ..., 1000}");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "p"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int d = 100; d <= 1000; d += 100) {
                out.add(new double[] {d, SphereData.maxAbsInnerProduct(SphereData.sample(d, (int) Math.round(Math.sqrt(d)), rng))});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            return ((d + 1) / (3 * (v[1] + 1)) - Math.round(Math.sqrt(d))) / Math.sqrt(d);
        }
    }

    /**
     * VYS Theorem 2.1: "L(theta(t0)) < 1, namely, y_i Phi(theta(t0); x_i) > 0 for every x_i", for the exponential and
     * the logistic loss with {@code L = sum_i loss(q_i)}: the worst case is one example carrying the whole loss, so
     * the step holds iff {@code loss(q) < 1} implies {@code q > 0}. Candidates: margins q near the threshold.
     */
    static final class S6 extends ProofStep {
        S6() {
            super("VYS-S6", "VYS", "Theorem 2.1 statement (F004 Sec. 2)",
                    "L(theta(t0)) < 1, namely y_i Phi(theta(t0); x_i) > 0 for every x_i (exponential and logistic loss)",
                    "loss in {exponential (0), logistic (1)}, margins q in [-2, 2] with loss(q) < 1");
        }

        @Override
        protected String[] names() {
            return new String[] {"q", "logistic"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int k = -2000; k <= 2000; k++) {
                double q = k / 1000.0;
                for (double loss : new double[] {0, 1}) {
                    double value = loss == 0 ? Losses.exponential(q) : Losses.logistic(q);
                    if (value < 1) {   // the premise L < 1 (one example carrying all the loss)
                        out.add(new double[] {q, loss});
                    }
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            return v[0] > 0 ? 1 : -1;
        }

        @Override
        protected double tolerance(double[] v) {
            return 0;
        }
    }
}
