package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.kernel.CoordinateProjections;
import org.reluspec.linalg.DataSubspace;

/**
 * Rotation invariance in the case that is exact in floating point (MYV Theorem A.1): flipping the signs of some
 * coordinates of the data and of the first-layer weights together (the kernel's {@code flipSigns}) leaves every
 * product {@code w_k x_k} bit for bit, so the kernel's training from the flipped start ends at the flipped weights of
 * the unflipped run, with the same margin, and off-manifold coordinates stay frozen on both.
 */
class SignFlipEquivarianceProperties {

    @Property(tries = 40)
    void trainingCommutesWithSignFlipsBitForBit(@ForAll @IntRange(min = 2, max = 40) int d,
                                               @ForAll @IntRange(min = 1, max = 6) int m,
                                               @ForAll @IntRange(min = 1, max = 10) int r, @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int ell = 1 + rng.nextInt(d - 1);
        Dataset data = SubspaceData.sample(DataSubspace.coordinate(d, ell), r, SubspaceData.Labels.RANDOM, rng);
        MyvNetwork net = MyvNetwork.initialize(d, m, 1 / Math.sqrt(d), rng);
        boolean[] negate = new boolean[d];
        for (int k = 0; k < d; k++) {
            negate[k] = rng.nextBoolean();
        }
        double[] fx = new double[data.x().length];
        flipRows(data.x(), r, d, negate, fx);
        Dataset flippedData = new Dataset(fx, data.y().clone(), d);
        double[] fw = new double[net.w().length];
        flipRows(net.w(), m, d, negate, fw);
        MyvNetwork flipped = new MyvNetwork(d, m, fw, net.u().clone());
        double[] start = net.w().clone();

        LogisticGd gd = LogisticGd.fullBatch(0.7, 30);
        LogisticGd.Result a = gd.train(net, data, null, null);
        LogisticGd.Result b = gd.train(flipped, flippedData, null, null);

        assertEquals(Double.doubleToRawLongBits(a.margin()), Double.doubleToRawLongBits(b.margin()));
        double[] expected = new double[net.w().length];
        flipRows(net.w(), m, d, negate, expected);
        for (int k = 0; k < expected.length; k++) {
            assertTrue(expected[k] == flipped.w()[k], "weight " + k + ": " + expected[k] + " vs " + flipped.w()[k]);
        }
        for (int k = 0; k < d; k++) {   // a coordinate on which every example is zero is frozen in both runs
            boolean frozen = true;
            for (int j = 0; j < r; j++) {
                frozen &= data.x()[j * d + k] == 0.0;
            }
            for (int s = 0; s < m && frozen; s++) {
                assertEquals(Double.doubleToRawLongBits(start[s * d + k]),
                        Double.doubleToRawLongBits(net.w()[s * d + k]));
                assertTrue(flipped.w()[s * d + k] == (negate[k] ? 0.0 - start[s * d + k] : start[s * d + k]));
            }
        }
    }

    private static void flipRows(double[] rows, int n, int d, boolean[] negate, double[] out) {
        double[] row = new double[d];
        double[] flipped = new double[d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows, i * d, row, 0, d);
            CoordinateProjections.flipSigns(row, negate, flipped);
            System.arraycopy(flipped, 0, out, i * d, d);
        }
    }
}
