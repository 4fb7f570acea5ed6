package org.reluspec.kkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.train.BiasedNetwork;

/** The exact KKT points on balanced orthogonal data, through the verifier. */
class OrthogonalKktTest {

    private static Dataset data(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = i < x.length / 2 ? 1 : -1;
        }
        return Dataset.ofRows(x, y);
    }

    @Test
    void theConstructionIsAKktPointWithEveryExampleOnTheMargin() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(21L);
        for (int[] dm : new int[][] {{2, 2}, {5, 2}, {12, 4}, {60, 20}, {101, 34}}) {
            double[][] x = SphereData.orthogonal(dm[0], dm[1], rng);
            BiasedNetwork net = KktPoints.orthogonalBalancedKkt(x, new double[] {1, 2}, new double[] {0.5});
            KktVerifier.Report r = KktVerifier.verify(net, data(x), KktVerifier.Settings.exact());
            assertTrue(r.kkt(), "d = " + dm[0] + ": residual " + r.relativeResidual() + ", imbalance " + r.imbalance());
            assertTrue(r.relativeResidual() < 1e-12);
            assertEquals(dm[1], r.marginSet().length);
            assertEquals(1, r.scale(), 1e-12);
            assertTrue(r.kinks() > 0, "the construction puts the other class on the kinks");
        }
    }

    @Test
    void aPerturbedConstructionIsRejected() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(22L);
        double[][] x = SphereData.orthogonal(30, 10, rng);
        BiasedNetwork net = KktPoints.orthogonalBalancedKkt(x, new double[] {1}, new double[] {1});
        double[] w = net.firstLayer().clone();
        w[3] += 1e-3;
        KktVerifier.Report r = KktVerifier.verify(BiasedNetwork.of(w, net.biases().clone(), net.outputWeights().clone(),
                0), data(x), KktVerifier.Settings.exact());
        assertFalse(r.kkt(), "residual " + r.relativeResidual());
    }
}
