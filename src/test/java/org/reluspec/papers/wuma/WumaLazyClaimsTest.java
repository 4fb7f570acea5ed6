package org.reluspec.papers.wuma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.SphereData;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ProbabilisticCheck;
import org.reluspec.engine.Verdict;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.train.BiasedNetwork;

/** The closed-form pieces of the WUMA lazy-regime claims against brute force. */
class WumaLazyClaimsTest {

    @Test
    void aPrintedGammaWhoseBoundReachesOneReadsVacuousInsteadOfBeingRefused() {
        WumaC3_2 claim = WumaC3_2.asPrinted();
        ParameterPoint p = ParameterPoint.of(claim, "d", 2, "cR", 0.05, "gamma", 0.2);
        ClaimResult r = ProbabilisticCheck.check(claim, p, 0,
                CheckSettings.of(7, 50, 1, 0.01, CheckSettings.SimulationPolicy.ALWAYS), 0.01);
        assertEquals(Verdict.VACUOUS, r.verdict(), r.toString());
    }

    @Test
    void theWedgeMaximumOfLemmaB8MatchesDiscSampling() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        int nonEmpty = 0;
        for (int trial = 0; trial < 400; trial++) {
            double g = 2 * rng.nextDouble() - 1;
            double h = 2 * rng.nextDouble() - 1;
            double v = 0.05 + 0.5 * rng.nextDouble();
            double r = 0.05 + 0.9 * rng.nextDouble();
            double exact = WumaB_8.maxAbsW2(g, h, v, r);
            // a linear maximum over disc and wedge lies on the circle or on a ray: sample both densely
            double sampled = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 200000; i++) {
                double phi = 2 * Math.PI * i / 200000.0;
                double w1 = g + v * Math.cos(phi);
                double w2 = h + v * Math.sin(phi);
                if (w1 >= 0 && w1 + r * w2 <= 0) {
                    sampled = Math.max(sampled, -w2);
                }
            }
            for (int i = 0; i <= 200000; i++) {
                double t = 3.0 * i / 200000.0;
                double[][] rays = {{0, -t}, {t * r / Math.sqrt(1 + r * r), -t / Math.sqrt(1 + r * r)}};
                for (double[] p : rays) {
                    if ((p[0] - g) * (p[0] - g) + (p[1] - h) * (p[1] - h) <= v * v) {
                        sampled = Math.max(sampled, -p[1]);
                    }
                }
            }
            if (sampled > Double.NEGATIVE_INFINITY) {
                nonEmpty++;
                assertTrue(sampled <= exact + 1e-12, "sampled " + sampled + " > exact " + exact);
                assertTrue(exact - sampled < 1e-4 * v, "exact " + exact + " not approached: " + sampled);
            }
        }
        assertTrue(nonEmpty > 50, "the wedge was hit " + nonEmpty + " times");
    }

    @Test
    void certifiedRobustPointsResistEveryAttackDirection() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(6L);
        int certified = 0;
        for (int trial = 0; trial < 100; trial++) {
            int d = 2 + trial % 6;
            LazyNetwork net = LazyNetwork.initialize(d, 30, rng);
            double[] x = SphereData.sampleUnit(d, 1, rng)[0];
            double y = Math.signum(net.value(x));
            double r = 0.02 + 0.01 * (trial % 5);
            if (!WumaC3_2.certifiedRobust(net, x, y, r)) {
                continue;
            }
            certified++;
            double[] v = new double[30];
            for (int s = 0; s < 30; s++) {
                v[s] = net.signs()[s] / Math.sqrt(30);
            }
            BiasedNetwork same = BiasedNetwork.of(net.firstLayer(), new double[30], v, 0);
            for (double[] u : SphereData.sampleUnit(d, 200, rng)) {
                assertTrue(same.flipDistance(x, u, 10) > r, "a certified point flips within r");
            }
            assertTrue(FlipStep.minimal(net, x).perturbationNorm() > r);
        }
        assertTrue(certified > 10, certified + " certified points");
    }

    @Test
    void lemmaB5sSupremumReductionMatchesTheFullBall() {
        // the same signs and pre-activations drawn through the full network give the same supremum
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        LazyNetwork net = LazyNetwork.initialize(3, 50, rng);
        double[] x = {1, 0, 0};
        org.reluspec.lazy.LazyBall ball = org.reluspec.lazy.LazyBall.lazyRegime(net, 2);
        double v = ball.radius();
        double sup = 0;
        double inf = 0;
        for (int s = 0; s < 50; s++) {
            double g = net.preActivation(s, x);
            boolean plus = net.signs()[s] > 0;
            sup += plus ? Math.max(0, g + v) : -Math.max(0, g - v);
            inf += plus ? Math.max(0, g - v) : -Math.max(0, g + v);
        }
        assertEquals(ball.supAbsValue(x), Math.max(sup, -inf) / Math.sqrt(50), 1e-13);
    }

    @Test
    void lemmaB8sPerNeuronExtremesMatchDenseSamplingOfTheDisc() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(8L);
        double[] out = new double[2];
        for (int trial = 0; trial < 300; trial++) {
            boolean plus = rng.nextBoolean();
            double g = 0.6 * (2 * rng.nextDouble() - 1);
            double h = 2 * (2 * rng.nextDouble() - 1);
            double v = 0.05 + 0.4 * rng.nextDouble();
            double r = 0.05 + 0.6 * rng.nextDouble();
            WumaB_8.neuronExtremes(plus, g, h, v, r, out);
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            // the term is piecewise linear on the disc: its extremes lie on the circle, on the wedge's rays, or at 0
            for (int i = 0; i < 400000; i++) {
                double w1;
                double w2;
                if (i < 200000) {
                    double phi = 2 * Math.PI * i / 200000.0;
                    w1 = g + v * Math.cos(phi);
                    w2 = h + v * Math.sin(phi);
                } else {
                    double rho = v * Math.sqrt(rng.nextDouble());
                    double phi = 2 * Math.PI * rng.nextDouble();
                    w1 = g + rho * Math.cos(phi);
                    w2 = h + rho * Math.sin(phi);
                }
                double t = (plus ? 1 : -1) * w2 * ((w1 >= 0 ? 1 : 0) - (w1 + r * w2 >= 0 ? 1 : 0));
                max = Math.max(max, t);
                min = Math.min(min, t);
            }
            assertTrue(max <= out[0] + 1e-12 && min >= out[1] - 1e-12, "sampled [" + min + ", " + max
                    + "] outside the exact [" + out[1] + ", " + out[0] + "] (trial " + trial + ")");
            assertTrue(out[0] - max < 1e-3 * (1 + Math.abs(h)) && min - out[1] < 1e-3 * (1 + Math.abs(h)),
                    "exact extremes not approached (trial " + trial + ")");
        }
    }

    @Test
    void lemmaB7sCertificateIsBelowEveryGradientInTheBall() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(9L);
        for (int trial = 0; trial < 40; trial++) {
            int d = 3 + trial % 4;
            int m = 40;
            double c0 = trial % 2 == 0 ? 0.1 : 0.6;
            org.reluspec.lazy.LazyNetwork net = org.reluspec.lazy.LazyNetwork.initialize(d, m, rng);
            double[] x = new double[d];
            x[0] = 1;
            double v = c0 / Math.sqrt(m);
            double[] g = new double[m];
            double[][] pw = new double[m][d - 1];
            for (int s = 0; s < m; s++) {
                g[s] = net.firstLayer()[s * d];
                System.arraycopy(net.firstLayer(), s * d + 1, pw[s], 0, d - 1);
            }
            double certificate = WumaB_7.certificateOf(net.signs(), g, pw, c0, v);
            org.reluspec.lazy.LazyBall ball = new org.reluspec.lazy.LazyBall(net, v);
            double smallest = org.reluspec.lazy.BallSearch.smallestGradientNorm(ball, x);
            for (int i = 0; i < 300; i++) {
                double[] w = net.firstLayer().clone();
                double[][] u = SphereData.sampleUnit(d, m, rng);
                for (int s = 0; s < m; s++) {
                    for (int k = 0; k < d; k++) {
                        w[s * d + k] += v * u[s][k];
                    }
                }
                ball.project(w);
                double[] grad = net.withFirstLayer(w).gradient(x);
                double sq = 0;
                for (double z : grad) {
                    sq += z * z;
                }
                smallest = Math.min(smallest, Math.sqrt(sq));
            }
            assertTrue(certificate <= smallest + 1e-12, "certificate " + certificate + " above a gradient "
                    + smallest + " (trial " + trial + ")");
        }
    }

    @Test
    void lemmaB7sReducedSamplerHasTheFullNetworksDistribution() {
        // the sampler aggregates the fixed active neurons into one Gaussian vector: compare the means
        int d = 6;
        int m = 50;
        double c0 = 0.3;
        double v = c0 / Math.sqrt(m);
        UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(10L);
        UniformRandomProvider b = RandomSource.XO_SHI_RO_256_PP.create(11L);
        int n = 4000;
        double sumReduced = 0;
        double sqReduced = 0;
        double sumFull = 0;
        double sqFull = 0;
        for (int i = 0; i < n; i++) {
            double r = WumaB_7.certificate(a, d, m, c0, v);
            sumReduced += r;
            sqReduced += r * r;
            org.reluspec.lazy.LazyNetwork net = org.reluspec.lazy.LazyNetwork.initialize(d, m, b);
            double[] g = new double[m];
            double[][] pw = new double[m][d - 1];
            for (int s = 0; s < m; s++) {
                g[s] = net.firstLayer()[s * d];
                System.arraycopy(net.firstLayer(), s * d + 1, pw[s], 0, d - 1);
            }
            double f = WumaB_7.certificateOf(net.signs(), g, pw, c0, v);
            sumFull += f;
            sqFull += f * f;
        }
        double meanR = sumReduced / n;
        double meanF = sumFull / n;
        double se = Math.sqrt((sqReduced / n - meanR * meanR) / n + (sqFull / n - meanF * meanF) / n);
        assertTrue(Math.abs(meanR - meanF) < 5 * se, "means " + meanR + " vs " + meanF + " (se " + se + ")");
    }
}
