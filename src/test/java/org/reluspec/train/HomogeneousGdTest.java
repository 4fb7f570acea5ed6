package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;

/** VYS section 6's training: log-domain loss, the schedule, and its stopping rule. */
class HomogeneousGdTest {

    private static Dataset orthogonal(int d, int m) {
        double[] x = new double[m * d];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i * d + i] = Math.sqrt(d);
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        return new Dataset(x, y, d);
    }

    @Test
    void reachesTheLossTargetWithTheLogDomainLossMatchingADirectSum() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(31L);
        Dataset data = orthogonal(8, 4);
        BiasedNetwork init = BiasedNetwork.pytorchDefault(8, 10, 1, rng);
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
        HomogeneousGd.Result r = HomogeneousGd.paperSchedule(HomogeneousGd.Loss.EXPONENTIAL, 200000, 5000)
                .train(net, data);
        assertTrue(r.reachedTarget(), "ln L = " + r.logLoss() + " after " + r.steps());
        double direct = 0;
        for (int i = 0; i < data.size(); i++) {
            direct += Math.exp(-data.y()[i] * net.output(data.x(), i * 8));
        }
        assertEquals(Math.log(direct), r.logLoss(), 1e-9);
        assertTrue(r.logLoss() < Math.log(1e-30));
        List<HomogeneousGd.Checkpoint> cps = r.checkpoints();
        for (int t = 1; t < cps.size(); t++) {
            assertTrue(cps.get(t).logLoss() < cps.get(t - 1).logLoss(), "the loss decreases between checkpoints");
        }
        assertEquals(0, net.outputBias());
    }

    @Test
    void theLogisticLossTrainsTooAndAnOutputBiasIsRefused() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(32L);
        Dataset data = orthogonal(6, 2);
        BiasedNetwork init = BiasedNetwork.pytorchDefault(6, 20, 1, rng);   // wide enough that some neuron is alive
        assertThrows(IllegalArgumentException.class, () -> new HomogeneousGd(HomogeneousGd.Loss.LOGISTIC, 1e-3, 1.1,
                100, 1e-30, 10, 0).train(BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0.5),
                data));
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
        HomogeneousGd.Result r = new HomogeneousGd(HomogeneousGd.Loss.LOGISTIC, 1e-2, 1.1, 100, 1e-6, 100000, 0)
                .train(net, data);
        assertTrue(r.reachedTarget(), "ln L = " + r.logLoss());
        double direct = 0;
        for (int i = 0; i < data.size(); i++) {
            direct += Math.log1p(Math.exp(-data.y()[i] * net.output(data.x(), i * 6)));
        }
        assertEquals(Math.log(direct), r.logLoss(), 1e-9);
    }

    @Test
    void blasAndReferenceProductsGiveTheSameTrajectoryToRounding() {
        UniformRandomProvider data = RandomSource.XO_SHI_RO_256_PP.create(8L);
        int d = 30;
        int m = 12;
        double[] x = new double[m * d];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double sq = 0;
            for (int t = 0; t < d; t++) {
                x[i * d + t] = data.nextDouble() - 0.5;
                sq += x[i * d + t] * x[i * d + t];
            }
            for (int t = 0; t < d; t++) {
                x[i * d + t] *= Math.sqrt(d / sq);
            }
            y[i] = i % 3 == 0 ? 1 : -1;
        }
        Dataset set = new Dataset(x, y, d);
        BiasedNetwork[] nets = new BiasedNetwork[2];
        HomogeneousGd.Result[] runs = new HomogeneousGd.Result[2];
        for (org.reluspec.linalg.DenseProducts how : org.reluspec.linalg.DenseProducts.values()) {
            BiasedNetwork init = BiasedNetwork.pytorchDefault(d, 40, 1, RandomSource.XO_SHI_RO_256_PP.create(9L));
            BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
            runs[how.ordinal()] = new HomogeneousGd(HomogeneousGd.Loss.EXPONENTIAL, 1e-2, 1.1, 100, 1e-30, 1500, 0)
                    .with(how).train(net, set);
            nets[how.ordinal()] = net;
        }
        assertEquals(runs[0].steps(), runs[1].steps());
        assertEquals(runs[0].logLoss(), runs[1].logLoss(), 1e-9 * Math.abs(runs[0].logLoss()));
        double[] a = nets[0].firstLayer();
        double[] b = nets[1].firstLayer();
        for (int t = 0; t < a.length; t++) {
            assertEquals(a[t], b[t], 1e-9 * (1 + Math.abs(a[t])), "weight " + t);
        }
        assertTrue(runs[0].logLoss() < 0, "the run learns: ln L = " + runs[0].logLoss());
    }
}
