package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TwoLayerNetTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(42);

    private static double[] gaussian(int n, double scale) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = scale * (RANDOM.nextDouble() * 2 - 1);
        }
        return a;
    }

    @Test
    void forwardMatchesTheFormulaOnAHandExample() {
        // N(x) = 2 relu(1*1 + 2*(-1) + 0.5) - 1 relu(3*1 + 0*(-1) - 1) = 2*0 - 2 = -2
        double[] w = {1, 2, 3, 0};
        double[] b = {0.5, -1};
        double[] v = {2, -1};
        assertEquals(-2.0, TwoLayerNet.forward(w, b, v, 2, 2, new double[] {1, -1}), 0.0);
        double[] grad = new double[2];
        TwoLayerNet.inputGradient(w, b, v, 2, 2, new double[] {1, -1}, grad);
        assertEquals(-3.0, grad[0], 0.0);
        assertEquals(0.0, grad[1], 0.0);
    }

    /**
     * Away from kinks the network is linear in x and in w along short segments, so central differences agree with
     * the analytic gradients up to rounding. Tolerance: 1e-7 relative to the gradient scale (h = 1e-6, no kink
     * within h of any pre-activation, checked).
     */
    @RepeatedTest(20)
    void analyticGradientsAgreeWithCentralDifferences() {
        int d = 1 + RANDOM.nextInt(7);
        int m = 1 + RANDOM.nextInt(6);
        double[] w = gaussian(m * d, 1);
        double[] b = gaussian(m, 1);
        double[] v = gaussian(m, 1);
        double[] x = gaussian(d, 1);
        double h = 1e-6;
        for (int j = 0; j < m; j++) {
            if (Math.abs(TwoLayerNet.preActivation(w, b, d, j, x, 0)) < 1e-3) {
                return; // too close to a kink for finite differences; the next repetition draws anew
            }
        }
        double[] gx = new double[d];
        TwoLayerNet.inputGradient(w, b, v, d, m, x, gx);
        for (int k = 0; k < d; k++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[k] += h;
            xm[k] -= h;
            double fd = (TwoLayerNet.forward(w, b, v, d, m, xp) - TwoLayerNet.forward(w, b, v, d, m, xm)) / (2 * h);
            assertEquals(fd, gx[k], 1e-7 * (1 + Math.abs(fd)), "dN/dx_" + k);
        }
        double[] gw = new double[m * d];
        double[] gb = new double[m];
        double[] gc = new double[m];
        TwoLayerNet.accumulateFirstLayerGradient(w, b, v, d, m, x, 0, 1.0, gw, gb, gc);
        for (int i = 0; i < m * d; i++) {
            double[] wp = w.clone();
            double[] wm = w.clone();
            wp[i] += h;
            wm[i] -= h;
            double fd = (TwoLayerNet.forward(wp, b, v, d, m, x) - TwoLayerNet.forward(wm, b, v, d, m, x)) / (2 * h);
            assertEquals(fd, gw[i], 1e-7 * (1 + Math.abs(fd)), "dN/dw_" + i);
        }
        for (int j = 0; j < m; j++) {
            double[] bp = b.clone();
            double[] bm = b.clone();
            bp[j] += h;
            bm[j] -= h;
            double fd = (TwoLayerNet.forward(w, bp, v, d, m, x) - TwoLayerNet.forward(w, bm, v, d, m, x)) / (2 * h);
            assertEquals(fd, gb[j], 1e-7 * (1 + Math.abs(fd)), "dN/db_" + j);
        }
    }

    @Test
    void biasFreeFormWithZeroBiasesIsTheMyvNetwork() {
        int d = 5;
        int m = 4;
        double[] w = gaussian(m * d, 1);
        double[] x = gaussian(d, 1);
        double[] u = {0.5, -0.5, 0.5, -0.5}; // +-1/sqrt(m) with m = 4
        double expected = 0;
        for (int i = 0; i < m; i++) {
            double pre = 0;
            for (int k = 0; k < d; k++) {
                pre += w[i * d + k] * x[k];
            }
            expected += u[i] * Math.max(pre, 0);
        }
        assertEquals(expected, TwoLayerNet.forward(w, new double[m], u, d, m, x), 1e-15);
    }

    @Test
    void extremeAdmissibleInputsGiveFiniteValues() {
        int d = 3;
        int m = 2;
        double big = TwoLayerNet.MAX_PARAMETER;
        double[] w = {big, big, big, -big, -big, -big};
        double[] v = {big, -big};
        double[] x = {big, big, big};
        double n = TwoLayerNet.forward(w, new double[] {big, -big}, v, d, m, x);
        assertEquals(true, Double.isFinite(n), "N = " + n);
    }
}
