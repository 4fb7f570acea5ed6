package org.reluspec.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.HomogeneousGd;

/**
 * VYS section 6's schedule (ci/bench.sh, next to {@code src/test/python/vys_numpy.py}): one operation is
 * {@value #STEPS} full-batch GD steps on the exponential loss over every parameter of a width-1000 network, on
 * {@code m = d = 100} points of {@code sqrt(d) S^{d-1}} with random labels (the log-domain loss after every step, as
 * the training does), on the reference products or through BLAS. Steps per second = {@value #STEPS} x ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VysBenchmark {

    /** GD steps per operation. */
    static final int STEPS = 20;

    @Param({"REFERENCE", "BLAS"})
    public DenseProducts products;

    private Dataset data;
    private BiasedNetwork init;

    @Setup
    public void setUp() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(13L);
        int d = 100;
        double[][] x = SphereData.sample(d, d, rng);
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        data = Dataset.ofRows(x, y);
        BiasedNetwork net = BiasedNetwork.pytorchDefault(d, 1000, 1, rng);
        init = BiasedNetwork.of(net.firstLayer(), net.biases(), net.outputWeights(), 0);
    }

    /** @return the final log-loss */
    @Benchmark
    public double schedule() {
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer().clone(), init.biases().clone(),
                init.outputWeights().clone(), 0);
        return new HomogeneousGd(HomogeneousGd.Loss.EXPONENTIAL, 1e-5, 1.1, 100, 1e-300, STEPS, 0).with(products)
                .train(net, data).logLoss();
    }
}
