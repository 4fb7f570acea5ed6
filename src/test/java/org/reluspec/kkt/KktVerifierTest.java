package org.reluspec.kkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.util.ReluSpecArgumentException;

class KktVerifierTest {

    @Test
    void aConstructedKktPointIsRecognizedAtRoundingLevel() {
        int d = 7;
        BiasedNetwork net = KktPoints.antipodalKkt(d, new double[] {1, 2, 3}, new double[] {1, 1}, 1);
        Dataset data = KktPoints.antipodalPair(d);
        assertEquals(1, net.output(data.x(), 0), 1e-14);
        assertEquals(-1, net.output(data.x(), d), 1e-14);
        KktVerifier.Report r = KktVerifier.verify(net, data, KktVerifier.Settings.exact());
        assertTrue(r.kkt(), "residual " + r.relativeResidual() + ", imbalance " + r.imbalance());
        assertTrue(r.relativeResidual() < 1e-12, "residual " + r.relativeResidual());
        assertTrue(r.imbalance() < 1e-12);
        assertEquals(2, r.marginSet().length);
        assertEquals(1 / Math.sqrt(d + 1.0), r.lambda()[0], 1e-12);
        assertEquals(2, r.kinks(), "the dead neuron sits at a kink on both examples");
    }

    @Test
    void scalingDoesNotMatterButAPerturbationIsRejected() {
        int d = 5;
        Dataset data = KktPoints.antipodalPair(d);
        BiasedNetwork net = KktPoints.antipodalKkt(d, new double[] {1, 1}, new double[] {2}, 0);
        double[] w = net.firstLayer().clone();
        double[] b = net.biases().clone();
        double[] v = net.outputWeights().clone();
        for (int t = 0; t < w.length; t++) {
            w[t] *= 3;
        }
        for (int j = 0; j < v.length; j++) {
            b[j] *= 3;
            v[j] *= 3;
        }
        KktVerifier.Report scaled = KktVerifier.verify(BiasedNetwork.of(w, b, v, 0), data, KktVerifier.Settings.exact());
        assertTrue(scaled.kkt(), "residual " + scaled.relativeResidual());
        assertEquals(1.0 / 3, scaled.scale(), 1e-12);

        w[1] += 1e-3;   // a first-layer weight off the stationarity equations
        KktVerifier.Report perturbed = KktVerifier.verify(BiasedNetwork.of(w, b, v, 0), data,
                KktVerifier.Settings.exact());
        assertFalse(perturbed.kkt());
        assertTrue(perturbed.relativeResidual() > 1e-5, "residual " + perturbed.relativeResidual());
    }

    /** VYS section 5.1's margin-better network N' is not a KKT point (catalogue S5.1-2): it is not balanced. */
    @Test
    void theSection51NetworkNPrimeIsNotKkt() {
        int d = 10;
        double[] x = new double[d * d];
        double[] y = new double[d];
        double[] w = new double[d * d];
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            x[i * d + i] = Math.sqrt(d);
            y[i] = i < d / 2 ? 1 : -1;
            v[i] = y[i];
            w[i * d + i] = Math.sqrt(d) / d;   // w'_j = x_j/d, b'_j = 0
        }
        Dataset data = new Dataset(x, y, d);
        KktVerifier.Report r = KktVerifier.verify(BiasedNetwork.of(w, new double[d], v, 0), data,
                KktVerifier.Settings.exact());
        assertFalse(r.kkt());
        assertTrue(r.imbalance() > 0.5, "imbalance " + r.imbalance());
    }

    @Test
    void aNetworkThatDoesNotSeparateIsRefusedWithTheReason() {
        int d = 3;
        BiasedNetwork net = KktPoints.antipodalKkt(d, new double[] {1}, new double[] {1}, 0);
        Dataset flipped = new Dataset(KktPoints.antipodalPair(d).x(), new double[] {-1, 1}, d);
        ReluSpecArgumentException e = assertThrows(ReluSpecArgumentException.class,
                () -> KktVerifier.verify(net, flipped, KktVerifier.Settings.exact()));
        assertTrue(e.getMessage().contains("does not separate"), e.getMessage());
    }
}
