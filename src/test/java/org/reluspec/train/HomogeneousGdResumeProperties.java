package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.util.LoopState;

/**
 * VYS training killed part-way and resumed from its last kept state ends with the bits of the uninterrupted run, on
 * both products: the step depends on nothing but {@code (w, b, v)} and its index.
 */
class HomogeneousGdResumeProperties {

    /** What a kill does to the loop: it stops right after a state was kept. */
    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed", null, false, false);
        }
    }

    /** Keeps the last state in memory and kills the unit after its {@code killAfter}-th kept state. */
    private static final class Memory implements LoopState.Keeper {
        LoopState.Saved last;
        int saves;
        final int killAfter;

        Memory(int killAfter) {
            this.killAfter = killAfter;
        }

        @Override
        public Optional<LoopState.Saved> load() {
            return Optional.ofNullable(last);
        }

        @Override
        public void save(LoopState.Saved state) {
            double[][] copy = new double[state.arrays().length][];
            for (int a = 0; a < copy.length; a++) {
                copy[a] = state.arrays()[a].clone();
            }
            last = new LoopState.Saved(state.ordinal(), state.label(), state.step(), copy);
            if (++saves == killAfter) {
                throw new Killed();
            }
        }
    }

    /** The run's result, or how it diverged ({@code result} then {@code null}), and the network it left. */
    private record Trained(HomogeneousGd.Result result, String diverged, BiasedNetwork net) {
    }

    private static Trained train(long seed, int d, int m, int width, DenseProducts products, int steps) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[][] x = SphereData.sample(d, m, rng);
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        BiasedNetwork init = BiasedNetwork.pytorchDefault(d, width, 1, rng);
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
        // a fast schedule, so that a few hundred steps see the learning rate grow and the loss fall by decades
        HomogeneousGd gd = new HomogeneousGd(HomogeneousGd.Loss.EXPONENTIAL, 1e-2, 1.1, 10, 1e-30, steps, 0)
                .with(products);
        try {
            return new Trained(gd.train(net, Dataset.ofRows(x, y)), null, net);
        } catch (ArithmeticException e) {   // the growing learning rate overtook the loss: resumed, it must too
            return new Trained(null, e.getMessage(), net);
        }
    }

    @Property(tries = 40)
    void aRunKilledAfterAnyKeptStateResumesToTheSameBits(@ForAll @IntRange(min = 0, max = 1000) int seed,
            @ForAll @IntRange(min = 2, max = 12) int d, @ForAll @IntRange(min = 2, max = 9) int m,
            @ForAll @IntRange(min = 1, max = 17) int width, @ForAll boolean blas,
            @ForAll @IntRange(min = 1, max = 300) int killAfter) {
        DenseProducts products = blas ? DenseProducts.BLAS : DenseProducts.REFERENCE;
        int steps = 300;
        Trained whole = train(seed, d, m, width, products, steps);
        Memory memory = new Memory(killAfter);
        boolean killed;
        try {
            LoopState.keeping(memory, 0, () -> train(seed, d, m, width, products, steps));
            killed = false;
        } catch (Killed k) {
            killed = true;
        }
        // a run that stops before its killAfter-th step is never killed; then the kept state is its last step's
        assertTrue(killed || memory.saves < killAfter, "killed after " + memory.saves + " states");
        Memory resume = new Memory(-1);
        resume.last = memory.last;
        Trained resumed = LoopState.keeping(resume, 0, () -> train(seed, d, m, width, products, steps));
        assertEquals(whole.diverged(), resumed.diverged());
        if (whole.result() != null) {
            assertEquals(whole.result().steps(), resumed.result().steps());
            assertEquals(Double.doubleToRawLongBits(whole.result().logLoss()),
                    Double.doubleToRawLongBits(resumed.result().logLoss()));
            assertBits(whole.result().checkpoints().get(0).theta(), resumed.result().checkpoints().get(0).theta());
        }
        assertBits(whole.net().firstLayer(), resumed.net().firstLayer());
        assertBits(whole.net().biases(), resumed.net().biases());
        assertBits(whole.net().outputWeights(), resumed.net().outputWeights());
    }

    @Property(tries = 10)
    void aStateOfAnotherLoopOrAnotherShapeIsNotTaken(@ForAll @IntRange(min = 0, max = 1000) int seed,
            @ForAll boolean blas) {
        DenseProducts products = blas ? DenseProducts.BLAS : DenseProducts.REFERENCE;
        Trained whole = train(seed, 5, 4, 6, products, 120);
        Memory wrongShape = new Memory(-1);
        LoopState.keeping(wrongShape, 0, () -> train(seed, 5, 4, 7, products, 120));
        Trained fresh = LoopState.keeping(wrongShape, 0, () -> train(seed, 5, 4, 6, products, 120));
        assertBits(whole.net().firstLayer(), fresh.net().firstLayer());
        Memory tampered = new Memory(-1);
        LoopState.keeping(tampered, 0, () -> train(seed, 5, 4, 6, products, 120));
        double[][] arrays = tampered.last.arrays();
        tampered.last = new LoopState.Saved(0, tampered.last.label(), tampered.last.step(),
                new double[][] {arrays[0], arrays[1], new double[1]});
        assertThrows(IllegalArgumentException.class,
                () -> LoopState.keeping(tampered, 0, () -> train(seed, 5, 4, 6, products, 120)));
    }

    private static void assertBits(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        long[] e = new long[expected.length];
        long[] a = new long[actual.length];
        for (int t = 0; t < e.length; t++) {
            e[t] = Double.doubleToRawLongBits(expected[t]);
            a[t] = Double.doubleToRawLongBits(actual[t]);
        }
        assertArrayEquals(e, a);
    }
}
