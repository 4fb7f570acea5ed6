package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void dotUsesBothOffsets() {
        double[] a = {9, 1, 2, 3};
        double[] b = {7, 7, 4, 5, 6};
        assertEquals(1 * 4 + 2 * 5 + 3 * 6, Vectors.dot(a, 1, b, 2, 3));
        assertEquals(0.0, Vectors.dot(a, 4, b, 5, 0));
    }

    @Test
    void squaredNormOfAdmissibleExtremesIsFinite() {
        double[] a = new double[1024];
        java.util.Arrays.fill(a, Vectors.MAX_ENTRY);
        double s = Vectors.squaredNorm(a);
        assertTrue(Double.isFinite(s) && s > 0);
        assertEquals(0.0, Vectors.squaredNorm(new double[] {Double.MIN_VALUE, -0.0}));
    }

    @Test
    void axpyWritesOnlyItsBlock() {
        double[] x = {1, 2, 3};
        double[] y = {-0.0, 10, 20, Double.NaN};
        Vectors.axpy(2.0, x, 1, y, 1, 2);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(y[0]), "left of block untouched");
        assertEquals(14.0, y[1]);
        assertEquals(26.0, y[2]);
        assertTrue(Double.isNaN(y[3]), "right of block untouched");
    }

    @Test
    void admissibilityRejectsNanAndInfinitiesAndAcceptsSignedZeroAndSubnormals() {
        assertTrue(Vectors.isAdmissible(new double[] {-0.0, Double.MIN_VALUE, Vectors.MAX_ENTRY, -Vectors.MAX_ENTRY}, 0, 4));
        assertFalse(Vectors.isAdmissible(new double[] {1, Double.NaN}, 0, 2));
        assertFalse(Vectors.isAdmissible(new double[] {Double.POSITIVE_INFINITY}, 0, 1));
        assertFalse(Vectors.isAdmissible(new double[] {Math.nextUp(Vectors.MAX_ENTRY)}, 0, 1));
        assertTrue(Vectors.isAdmissible(new double[] {Double.NaN, 1}, 1, 2), "only the range is inspected");
    }

    @Test
    void axpyWithZeroInputLeavesAccumulatorBitwiseWhenItStartsAtPositiveZero() {
        double[] x = {0.0, -0.0};
        double[] y = {0.0, 0.0};
        Vectors.axpy(-3.5, x, 0, y, 0, 2);
        assertArrayEquals(new long[] {0L, 0L},
                new long[] {Double.doubleToRawLongBits(y[0]), Double.doubleToRawLongBits(y[1])});
    }
}
