package org.reluspec.papers.wuma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reluspec.harness.TrialStreams;

/**
 * Independent confirmation of the closed-form membership in {@code S'_w} behind the WUMA-B.4 finding: every neuron the
 * formula counts gets an explicit witness (a delta with {@code ||delta|| <= R} and a {@code w} with
 * {@code ||w - w0|| <= V} whose activation at {@code x + delta} differs from {@code w0}'s), checked in plain
 * arithmetic; every neuron it rejects survives a random search for such a witness.
 */
class NeuronCountsWitnessTest {

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Membership by the formula of {@link NeuronCounts#countSupOverDelta}, for an explicit w0 and x = e_1. */
    static boolean memberByFormula(double[] w0, double v, double r) {
        double a = Math.abs(w0[0]);
        double b = Math.sqrt(Math.max(0, dot(w0, w0) - w0[0] * w0[0]));
        double phi = Math.atan2(a, b);
        double asinR = w0.length > 1 ? Math.asin(r) : 0;
        return Math.hypot(a, b) * Math.sin(Math.max(0, phi - asinR)) < v;
    }

    /**
     * Witness: rotate x = e_1 toward the hyperplane w0^perp by alpha = min(phi, asin R) inside span(e_1, n), take
     * c = cos(alpha) c_dir (so ||c - x|| = sin(alpha) <= R), and w = w0 - sign(w0.c) V c/||c||.
     *
     * @return whether the witness is valid (norm constraints and a flip of the activation indicator)
     */
    static boolean witnessFlips(double[] w0, double v, double r) {
        int d = w0.length;
        double[] n = w0.clone();
        double nn = norm(n);
        for (int i = 0; i < d; i++) {
            n[i] /= nn;
        }
        double[] x = new double[d];
        x[0] = 1;
        double xn = dot(x, n);
        double[] p = new double[d];
        for (int i = 0; i < d; i++) {
            p[i] = x[i] - xn * n[i];
        }
        double pn = norm(p);
        double phi = Math.asin(Math.min(1, Math.abs(xn)));
        double alpha = d > 1 ? Math.min(phi, Math.asin(r)) : 0;
        double[] c = new double[d];
        for (int i = 0; i < d; i++) {
            double pi = pn > 0 ? p[i] / pn : 0;
            double dir = Math.cos(phi - alpha) * pi + Math.sin(phi - alpha) * Math.signum(xn) * n[i];
            c[i] = (d > 1 ? Math.cos(alpha) : 1) * dir;
        }
        double[] delta = new double[d];
        for (int i = 0; i < d; i++) {
            delta[i] = c[i] - x[i];
        }
        double cNorm = norm(c);
        double[] w = w0.clone();
        double s = dot(w0, c) >= 0 ? 1 : -1;
        for (int i = 0; i < d; i++) {
            w[i] -= s * v * c[i] / cNorm;
        }
        double[] diff = w.clone();
        for (int i = 0; i < d; i++) {
            diff[i] -= w0[i];
        }
        boolean flip = (dot(w, c) >= 0) != (dot(w0, c) >= 0);
        return norm(delta) <= r * (1 + 1e-12) && norm(diff) <= v * (1 + 1e-12) && flip;
    }

    /** Random search for a witness: 20,000 (delta, w) pairs on the constraint boundaries. */
    static boolean randomSearchFindsFlip(double[] w0, double v, double r, SplittableRandom rnd) {
        int d = w0.length;
        for (int t = 0; t < 20_000; t++) {
            double[] delta = new double[d];
            double[] dw = new double[d];
            for (int i = 0; i < d; i++) {
                delta[i] = rnd.nextGaussian();
                dw[i] = rnd.nextGaussian();
            }
            double dn = norm(delta);
            double wn = norm(dw);
            double[] c = new double[d];
            double[] w = new double[d];
            for (int i = 0; i < d; i++) {
                c[i] = (i == 0 ? 1 : 0) + r * rnd.nextDouble() * delta[i] / dn;
                w[i] = w0[i] + v * dw[i] / wn;
            }
            if ((dot(w, c) >= 0) != (dot(w0, c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "d={0} V={1} R={2}")
    @CsvSource({"1, 0.1, 0.3", "2, 0.1, 0.5", "3, 0.3, 0.5", "10, 0.1, 0.5", "100, 0.316, 0.1", "784, 0.1, 0.5"})
    void everyCountedNeuronHasAnExplicitWitnessAndTheFormulaMatchesTheSampler(int d, double v, double r) {
        UniformRandomProvider rng = new TrialStreams(1, "witness", d).forTrial(0);
        SplittableRandom rnd = new SplittableRandom(d);
        int members = 0;
        for (int s = 0; s < 300; s++) {
            double[] w0 = new double[d];
            for (int i = 0; i < d; i++) {
                w0[i] = rnd.nextGaussian();
            }
            if (memberByFormula(w0, v, r)) {
                members++;
                assertTrue(witnessFlips(w0, v, r), "member without a valid witness");
            } else if (d <= 10) {
                assertFalse(randomSearchFindsFlip(w0, v, r, rnd), "non-member with a flip found by search");
            }
        }
        if (d >= 10) {
            assertTrue(members > 0.8 * 300, "in high dimension almost every neuron is in S'_w: " + members);
        }
        int sampled = NeuronCounts.countSupOverDelta(rng, 2000, d, v, r);
        assertTrue(sampled >= 0 && sampled <= 2000);
        assertEquals(true, d < 10 || sampled > 0.8 * 2000, "sampler agrees with the explicit draws: " + sampled);
    }
}
