package org.reluspec.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.reluspec.linalg.DenseProducts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.LogisticGd;
import org.reluspec.train.MyvNetwork;

/**
 * Networks trained per second, as in one trial of the MYV trained-network claims: data in M with teacher labels,
 * initialization {@code N(0, (1/d) I)}, {@code T} full-batch GD steps on the logistic loss through the kernel's step
 * (margin evaluated after every step, as the trainer does). Settings: {@code t5} = (d 2000, m 3, r 10, T 30), the
 * Theorem 5.1 grid; {@code small} = (d 100, m 20, r 20, T 100). Run by {@code ci/bench.sh}; compared there with
 * {@code src/test/python/train_numpy.py} doing the same computation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MyvTrainingBenchmark {

    @Param({"t5", "small"})
    public String setting;

    /** The verified kernel's step, or the two matrix products of a step through OpenBLAS. */
    @Param({"REFERENCE", "BLAS"})
    public String products;

    private int d;
    private int ell;
    private int m;
    private int r;
    private int steps;
    private UniformRandomProvider rng;

    @Setup
    public void setUp() {
        boolean t5 = setting.equals("t5");
        d = t5 ? 2000 : 100;
        ell = t5 ? 1000 : 50;
        m = t5 ? 3 : 20;
        r = t5 ? 10 : 20;
        steps = t5 ? 30 : 100;
        rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
    }

    /** @return the final margin (returned so the JIT cannot drop the work) */
    @Benchmark
    public double trainOneNetwork() {
        Dataset data = SubspaceData.sample(DataSubspace.coordinate(d, ell), r, SubspaceData.Labels.TEACHER, rng);
        MyvNetwork net = MyvNetwork.initialize(d, m, 1 / Math.sqrt(d), rng);
        return LogisticGd.fullBatch(1, steps).train(net, data, null, null, DenseProducts.valueOf(products)).margin();
    }
}
