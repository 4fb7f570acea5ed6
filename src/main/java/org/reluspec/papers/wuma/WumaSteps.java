package org.reluspec.papers.wuma;

import org.reluspec.engine.ProofStep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.special.Erf;

/** The explicit arithmetic steps of WUMA (catalogue section 8, WUMA-S1 to WUMA-S7), each a claim of its own. */
public final class WumaSteps {

    private WumaSteps() {
    }

    /** @return every WUMA step */
    public static List<ProofStep> all() {
        return List.of(new S1(), new S2(), new S3(), new S4(), new S5(), new S6(), new S7());
    }

    private static List<double[]> logUniform(double lo, double hi, int grid, UniformRandomProvider rng, int random) {
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k <= grid; k++) {
            out.add(new double[] {lo * Math.pow(hi / lo, k / (double) grid)});
        }
        for (int k = 0; k < random; k++) {
            out.add(new double[] {lo * Math.pow(hi / lo, rng.nextDouble())});
        }
        return out;
    }

    /** Lemma B.4 proof, first part: {@code P(|N(0,1)| <= V) <= 2V/sqrt(2 pi) <= V}. */
    static final class S1 extends ProofStep {
        S1() {
            super("WUMA-S1", "WUMA", "Lemma B.4 proof, first part (F003 App. B)",
                    "P(abs(N(0,1)) <= V) <= 2V/sqrt(2 pi) <= V", "V > 0 (1e-12 to 1e6)");
        }

        @Override
        protected String[] names() {
            return new String[] {"V"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            return logUniform(1e-12, 1e6, 2000, rng, random);
        }

        @Override
        protected double margin(double[] v) {
            double p = Erf.erf(v[0] / Math.sqrt(2));
            double mid = 2 * v[0] / Math.sqrt(2 * Math.PI);
            return Math.min(mid - p, v[0] - mid) / v[0];
        }
    }

    /** Lemma B.4 proof, second part, with {@code ||x + delta||} anywhere in {@code [1 - R, 1 + R]}. */
    static final class S2 extends ProofStep {
        S2() {
            super("WUMA-S2", "WUMA", "Lemma B.4 proof, second part (F003 App. B)",
                    "P(abs(<w_{s,0}, x + delta>) <= V(1+R)) <= V(1+R) for w_{s,0} ~ N(0, I), ||x|| = 1, ||delta|| <= R "
                            + "(the text: \"since <w_{s,0}, x> is a Gaussian r.v. with variance 1\"; <w, x+delta> has "
                            + "variance ||x+delta||^2)",
                    "V in (0, 1], R in (0, 0.5], ||x + delta|| in [1 - R, 1 + R]");
        }

        @Override
        protected String[] names() {
            return new String[] {"V", "R", "norm"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (double[] v : logUniform(1e-6, 1, 60, rng, random / 20)) {
                for (double r : new double[] {0.01, 0.1, 0.25, 0.5}) {
                    for (double t : new double[] {0, 0.5, 1}) {
                        out.add(new double[] {v[0], r, 1 - r + 2 * r * t});
                    }
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double bound = v[0] * (1 + v[1]);
            return (bound - Erf.erf(bound / (v[2] * Math.sqrt(2)))) / bound;
        }
    }

    /** Lemma B.7 proof: {@code d - 1 - 4 sqrt(d log(2/gamma)) >= d - 5 sqrt(d log(2/gamma))}. */
    static final class S3 extends ProofStep {
        S3() {
            super("WUMA-S3", "WUMA", "Lemma B.7 proof (F003 App. B)",
                    "d - 1 - 4 sqrt(d log(2/gamma)) >= d - 5 sqrt(d log(2/gamma))", "integers d > 1, gamma in (0, 2/e)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "gamma"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int d = 2; d <= 2000; d++) {
                for (double g : new double[] {1e-9, 1e-3, 0.1, 0.5, 2 / Math.E * (1 - 1e-12)}) {
                    out.add(new double[] {d, g});
                }
            }
            for (int k = 0; k < random; k++) {
                out.add(new double[] {Math.floor(2 + rng.nextDouble() * 1e6), rng.nextDouble() * 2 / Math.E});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double s = Math.sqrt(v[0] * Math.log(2 / v[1]));
            return ((v[0] - 1 - 4 * s) - (v[0] - 5 * s)) / v[0];
        }
    }

    /** Lemma B.8 proof: the variance step {@code 2 sqrt(R sqrt(2 ln d) + 1/d) <= 4 sqrt(R sqrt(ln d))}. */
    static final class S4 extends ProofStep {
        S4() {
            super("WUMA-S4", "WUMA", "Lemma B.8 proof (F003 App. B, line ~1059)",
                    "2 sqrt(R sqrt(2 ln d) + 1/d) <= 4 sqrt(R sqrt(ln d)) (used to set v = 4m sqrt(R sqrt(log d)))",
                    "R in (0, 0.5], integers d >= 2 (the lemma's R and d; no further restriction is printed)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "R"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (double d : ProofStep.integersThenLog(200, 1e9, rng, random / 10)) {
                if (d >= 2) {
                    for (double r : new double[] {1e-4, 1e-3, 0.01, 0.05, 0.1, 0.25, 0.5}) {
                        out.add(new double[] {d, r});
                    }
                }
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double d = v[0];
            double r = v[1];
            double lhs = 2 * Math.sqrt(r * Math.sqrt(2 * Math.log(d)) + 1 / d);
            double rhs = 4 * Math.sqrt(r * Math.sqrt(Math.log(d)));
            return (rhs - lhs) / rhs;
        }
    }

    /** Lemma B.9 proof: {@code eps^{1/8} (1 + 2 sqrt(ln(2/eps))) <= 4} on {@code (0, 1)}. */
    static final class S5 extends ProofStep {
        S5() {
            super("WUMA-S5", "WUMA", "Lemma B.9 proof (F003 App. B, line ~1223)",
                    "eps^{1/8} (1 + 2 sqrt(ln(2/eps))) <= 4", "eps in (0, 1)");
        }

        @Override
        protected String[] names() {
            return new String[] {"eps"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = logUniform(1e-300, 1 - 1e-16, 5000, rng, random);
            for (int k = 1; k < 1000; k++) {
                out.add(new double[] {k / 1000.0});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            return 4 - Math.pow(v[0], 0.125) * (1 + 2 * Math.sqrt(Math.log(2 / v[0])));
        }
    }

    /** Lemma B.9 proof: {@code m >= d^{2.4}} implies {@code sqrt(m) >= 0.33 d ln(m d)}. */
    static final class S6 extends ProofStep {
        S6() {
            super("WUMA-S6", "WUMA", "Lemma B.9 proof (F003 App. B)",
                    "m >= d^{2.4} implies sqrt(m) >= 0.33 d ln(m d)",
                    "the width range of Theorem 3.1: integers d >= 1, m from d^2.4 (also 10 d^2.4 and d^3)");
        }

        @Override
        protected String[] names() {
            return new String[] {"d", "m"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (double d : ProofStep.integersThenLog(1000, 1e12, rng, random)) {
                double m0 = Math.ceil(Math.pow(d, 2.4));
                out.add(new double[] {d, m0});
                out.add(new double[] {d, 10 * m0});
                out.add(new double[] {d, Math.pow(d, 3)});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double rhs = 0.33 * v[0] * Math.log(v[1] * v[0]);
            return (Math.sqrt(v[1]) - rhs) / Math.max(1e-300, Math.sqrt(v[1]));
        }
    }

    /** Lemma B.9 proof: with {@code eps = (md)^{-4/7}}, {@code 2 d ln(10/eps) <= 2.3 d ln(md)} given {@code m >= 58}. */
    static final class S7 extends ProofStep {
        S7() {
            super("WUMA-S7", "WUMA", "Lemma B.9 proof (F003 App. B)",
                    "with eps = (md)^{-4/7}: 2 d ln(10/eps) <= 2.3 d ln(md), given m >= 58", "integers m >= 58, d >= 1");
        }

        @Override
        protected String[] names() {
            return new String[] {"m", "d"};
        }

        @Override
        protected List<double[]> candidates(UniformRandomProvider rng, int random) {
            List<double[]> out = new ArrayList<>();
            for (int m = 58; m <= 300; m++) {
                for (int d = 1; d <= 50; d++) {
                    out.add(new double[] {m, d});
                }
            }
            for (int k = 0; k < random; k++) {
                out.add(new double[] {Math.floor(58 * Math.exp(rng.nextDouble() * 20)),
                    Math.floor(Math.exp(rng.nextDouble() * 20))});
            }
            return out;
        }

        @Override
        protected double margin(double[] v) {
            double md = v[0] * v[1];
            double eps = Math.pow(md, -4.0 / 7);
            return (2.3 * Math.log(md) - 2 * Math.log(10 / eps)) / Math.log(md);
        }
    }
}
