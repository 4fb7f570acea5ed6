package org.reluspec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

class DataSubspaceTest {

    @Test
    void haarMatrixIsOrthogonalToRounding() {
        int n = 60;
        RealMatrix q = HaarOrthogonal.sample(n, RandomSource.XO_SHI_RO_256_PP.create(1L));
        RealMatrix gram = q.transpose().multiply(q);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1 : 0, gram.getEntry(i, j), 1e-13 * n);
            }
        }
    }

    /** The sign correction makes the law Haar: E[Q_11] = 0. Without it, Hipparchus' QR gives a biased sign. */
    @Test
    void haarMatrixFirstEntryHasMeanZero() {
        var rng = RandomSource.XO_SHI_RO_256_PP.create(2L);
        double sum = 0;
        int n = 4000;
        for (int t = 0; t < n; t++) {
            sum += HaarOrthogonal.sample(3, rng).getEntry(0, 0);
        }
        // Q_11 has variance 1/3: the mean of 4000 draws is within 5 standard errors of 0.
        assertTrue(Math.abs(sum / n) < 5 * Math.sqrt(1.0 / 3 / n), "mean " + sum / n);
    }

    @Test
    void rotationMapsPOntoM() {
        int d = 40;
        int ell = 15;
        DataSubspace p = DataSubspace.random(d, ell, RandomSource.XO_SHI_RO_256_PP.create(3L));
        double[] c = new double[d - ell];
        for (int k = 0; k < c.length; k++) {
            c[k] = Math.sin(k + 1.0);
        }
        double[] x = new double[d];
        p.pointInP(c, x);
        double[] rx = p.rotate(x);
        for (int k = d - ell; k < d; k++) {
            assertEquals(0, rx[k], 1e-14 * d);
        }
        for (int k = 0; k < d - ell; k++) {
            assertEquals(c[k], rx[k], 1e-13);
        }
        assertEquals(0, p.perpNorm(x), 1e-13);
    }

    @Test
    void coordinateSubspaceHasExactZerosOffM() {
        DataSubspace m = DataSubspace.coordinate(5, 2);
        double[] x = new double[5];
        m.pointInP(new double[] {-1.5, 2, -0.0}, x);
        assertEquals(0L, Double.doubleToRawLongBits(x[3]));
        assertEquals(0L, Double.doubleToRawLongBits(x[4]));
        double[] perp = new double[2];
        m.perpCoordinates(new double[] {1, 2, 3, 4, 5}, 0, perp);
        assertEquals(4, perp[0]);
        assertEquals(5, perp[1]);
    }

    @Test
    void codimensionMustBeBelowTheDimension() {
        ReluSpecArgumentException e = assertThrows(ReluSpecArgumentException.class,
                () -> DataSubspace.coordinate(3, 3));
        assertEquals(Violation.PARAMETER_RELATION, e.getViolation());
        assertThrows(ReluSpecArgumentException.class, () -> DataSubspace.coordinate(3, 0));
    }
}
