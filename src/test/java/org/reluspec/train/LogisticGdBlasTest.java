package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.linalg.DenseProducts;

/** MYV training through BLAS against the verified kernel's step: same trajectory, frozen coordinates bit for bit. */
class LogisticGdBlasTest {

    @Test
    void blasAndReferenceStepsFollowTheSameTrajectory() {
        for (int batch : new int[] {0, 7}) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
            Dataset data = SubspaceData.sample(DataSubspace.coordinate(300, 120), 25, SubspaceData.Labels.TEACHER,
                    rng);
            MyvNetwork start = MyvNetwork.initialize(300, 16, 1 / Math.sqrt(300), rng);
            LogisticGd gd = new LogisticGd(0.5, 0, 400, Double.POSITIVE_INFINITY, batch);
            MyvNetwork ref = start.copy();
            MyvNetwork blas = start.copy();
            LogisticGd.Result a = gd.train(ref, data, RandomSource.XO_SHI_RO_256_PP.create(5L), null);
            LogisticGd.Result b = gd.train(blas, data, RandomSource.XO_SHI_RO_256_PP.create(5L), null,
                    DenseProducts.BLAS);
            assertEquals(a.steps(), b.steps());
            assertEquals(a.margin(), b.margin(), 1e-9 * Math.max(1, Math.abs(a.margin())), "batch " + batch);
            double worst = 0;
            for (int k = 0; k < ref.w().length; k++) {
                worst = Math.max(worst, Math.abs(ref.w()[k] - blas.w()[k]));
            }
            assertTrue(worst < 1e-9, "largest weight difference " + worst + " (batch " + batch + ")");
        }
    }

    @Property(tries = 30)
    void coordinatesOnWhichEveryExampleIsZeroStayBitForBitThroughBlas(
            @ForAll @IntRange(min = 2, max = 60) int d, @ForAll @IntRange(min = 1, max = 8) int m,
            @ForAll @IntRange(min = 1, max = 12) int r, @ForAll long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int ell = 1 + rng.nextInt(d - 1);
        Dataset data = SubspaceData.sample(DataSubspace.coordinate(d, ell), r, SubspaceData.Labels.RANDOM, rng);
        MyvNetwork net = MyvNetwork.initialize(d, m, 1 / Math.sqrt(d), rng);
        double[] before = net.w().clone();
        new LogisticGd(1.0, 0, 25, Double.POSITIVE_INFINITY, 0).train(net, data, null, null, DenseProducts.BLAS);
        for (int k = 0; k < d; k++) {
            boolean frozen = true;
            for (int j = 0; j < r; j++) {
                frozen &= Double.doubleToRawLongBits(data.x()[j * d + k]) == 0L;
            }
            for (int s = 0; s < m && frozen; s++) {
                assertEquals(Double.doubleToRawLongBits(before[s * d + k]),
                        Double.doubleToRawLongBits(net.w()[s * d + k]), "neuron " + s + ", coordinate " + k);
            }
        }
    }
}
