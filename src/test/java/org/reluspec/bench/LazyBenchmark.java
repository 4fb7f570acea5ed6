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
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;
import org.reluspec.linalg.DenseProducts;

/**
 * WUMA's two hot paths, compared in {@code ci/bench.sh} with {@code src/test/python/lazy_numpy.py} doing the same
 * computation: {@code flipStep} = the exact smallest flipping gradient step at one input ({@code f}, gradient,
 * pre-activations and slopes, sorted breakpoints, the walk) on a network with {@code m = 1000};
 * {@code lazyTraining} = one network trained by lazy SGD (logistic loss, batch 8, learning rate 0.1, 200 steps,
 * {@code C0} large enough that the ball is never left) on 512 unit-norm points with teacher labels, initialization
 * included; {@code flipStepBlas} = {@code flipStep} through BLAS, one input at a time (a set of one);
 * {@code flipStepsBlas} = the flip steps of all 64 inputs at once through BLAS ({@link FlipStep#minimalAll}), against
 * NumPy's flips of the same set at once; {@code lazyTrainingBlas} = lazy training with the batch products through
 * BLAS (run with {@code OPENBLAS_NUM_THREADS=1}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LazyBenchmark {

    @Param({"196", "784"})
    public int d;

    private LazyNetwork net;
    private double[][] inputs;
    private Dataset inputSet;
    private Dataset[] singles;
    private Dataset data;
    private UniformRandomProvider rng;
    private int next;

    @Setup
    public void setUp() {
        rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
        net = LazyNetwork.initialize(d, 1000, rng);
        inputs = SphereData.sampleUnit(d, 64, rng);
        double[] labels = new double[inputs.length];
        java.util.Arrays.fill(labels, 1);
        inputSet = Dataset.ofRows(inputs, labels);
        singles = new Dataset[inputs.length];
        for (int j = 0; j < inputs.length; j++) {
            singles[j] = Dataset.ofRows(new double[][] {inputs[j]}, new double[] {1});
        }
        data = SphereData.teacherLabelledUnit(d, 512, rng);
    }

    /** @return the step (returned so the JIT cannot drop the work) */
    @Benchmark
    public double flipStep() {
        next = (next + 1) % inputs.length;
        return FlipStep.minimal(net, inputs[next]).eta();
    }

    /** @return the step at one input through BLAS (a set of one: matrix-vector products), as NumPy computes it */
    @Benchmark
    public double flipStepBlas() {
        next = (next + 1) % inputs.length;
        return FlipStep.minimalAll(net, singles[next], DenseProducts.BLAS)[0].eta();
    }

    /** @return the last step of the 64 inputs' flip steps through BLAS (flips/s = 64 x ops/s) */
    @Benchmark
    public double flipStepsBlas() {
        FlipStep[] steps = FlipStep.minimalAll(net, inputSet, DenseProducts.BLAS);
        return steps[steps.length - 1].eta();
    }

    /** @return a weight of the trained network */
    @Benchmark
    public double lazyTraining() {
        LazyNetwork init = LazyNetwork.initialize(d, 1000, rng);
        return new LazySgd(0.1, 8, 200, 1e6, LazySgd.Mode.STOP_ON_EXIT, 0, 0).train(init, data, rng).net()
                .firstLayer()[0];
    }

    /** @return a weight of the network trained as in {@link #lazyTraining}, with the batch products through BLAS */
    @Benchmark
    public double lazyTrainingBlas() {
        LazyNetwork init = LazyNetwork.initialize(d, 1000, rng);
        return new LazySgd(0.1, 8, 200, 1e6, LazySgd.Mode.STOP_ON_EXIT, 0, 0).with(DenseProducts.BLAS)
                .train(init, data, rng).net().firstLayer()[0];
    }
}
