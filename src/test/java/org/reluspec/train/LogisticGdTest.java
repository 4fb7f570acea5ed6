package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.data.ToyDatasets;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.util.ReluSpecArgumentException;

class LogisticGdTest {

    @Test
    void overparametrizedGdReachesTheTargetMarginOnRandomLabels() {
        var rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
        DataSubspace p = DataSubspace.coordinate(30, 10);
        Dataset data = SubspaceData.sample(p, 6, SubspaceData.Labels.RANDOM, rng);
        MyvNetwork net = MyvNetwork.initialize(30, 200, 1 / Math.sqrt(30), rng);
        LogisticGd.Result r = new LogisticGd(1, 0, 5000, 0.5, 0).train(net, data, null, null);
        assertTrue(r.reachedTarget(), "margin " + r.margin() + " after " + r.steps());
        assertEquals(r.margin(), net.margin(data));
    }

    @Test
    void trainingIsDeterministicAndSgdUsesOnlyItsStream() {
        var rng = RandomSource.XO_SHI_RO_256_PP.create(12L);
        Dataset data = SubspaceData.sample(DataSubspace.coordinate(8, 3), 10, SubspaceData.Labels.TEACHER, rng);
        MyvNetwork a = MyvNetwork.initialize(8, 5, 0.3, rng);
        MyvNetwork b = a.copy();
        LogisticGd sgd = new LogisticGd(0.5, 0.01, 100, Double.POSITIVE_INFINITY, 3);
        sgd.train(a, data, RandomSource.XO_SHI_RO_256_PP.create(5L), null);
        sgd.train(b, data, RandomSource.XO_SHI_RO_256_PP.create(5L), null);
        assertArrayEquals(a.w(), b.w());
    }

    /** E.3's affine plane z = 0.5 is outside Theorem A.2: the off-plane weights do move (E.4's z = 0 plane: not). */
    @Test
    void offManifoldWeightsMoveForAnAffinePlaneAndStayForALinearOne() {
        for (double z : new double[] {0.5, 0}) {
            Dataset grid = ToyDatasets.grid5x5(z);
            MyvNetwork net = MyvNetwork.initialize(3, 16, 1 / Math.sqrt(3), RandomSource.XO_SHI_RO_256_PP.create(13L));
            double[] before = net.w().clone();
            LogisticGd.fullBatch(0.5, 50).train(net, grid, null, null);
            int moved = 0;
            for (int i = 0; i < 16; i++) {
                moved += Double.doubleToRawLongBits(net.w()[3 * i + 2]) != Double.doubleToRawLongBits(before[3 * i + 2])
                        ? 1 : 0;
            }
            assertTrue(z == 0 ? moved == 0 : moved > 0, "z = " + z + ": " + moved + " off-plane weights moved");
        }
    }

    @Test
    void badHyperparametersAreRefusedWithTheirName() {
        assertThrows(ReluSpecArgumentException.class, () -> new LogisticGd(0, 0, 1, 1, 0));
        assertThrows(ReluSpecArgumentException.class, () -> new LogisticGd(1, -1, 1, 1, 0));
        assertThrows(ReluSpecArgumentException.class, () -> new LogisticGd(1, 0, -1, 1, 0));
        assertThrows(ReluSpecArgumentException.class, () -> new LogisticGd(1, 0, 1, Double.NaN, 0));
        assertThrows(ReluSpecArgumentException.class,
                () -> new Dataset(new double[] {1, 2}, new double[] {0.5}, 2));
    }
}
