package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The exponent fit behind the order claims and the WUMA experiments. */
class PowerLawFitTest {

    @Test
    void recoversAnExactPowerLaw() {
        double[] d = {9, 16, 25, 36, 49};
        double[] v = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            v[i] = 3 * Math.pow(d[i], -0.5) * (1 + 1e-3 * (i % 2 == 0 ? 1 : -1));
        }
        PowerLawFit fit = PowerLawFit.of(d, v, 0.01);
        assertEquals(-0.5, fit.exponent(), 1e-2);
        assertTrue(fit.contains(-0.5));
        assertFalse(fit.contains(0));
    }

    @Test
    void theIntervalCoversTheTrueExponentAtItsLevel() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(9L);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        int covered = 0;
        int runs = 2000;
        for (int r = 0; r < runs; r++) {
            double[] d = new double[30];
            double[] v = new double[30];
            for (int i = 0; i < 30; i++) {
                d[i] = 10 + 10 * (i % 5);
                v[i] = Math.pow(d[i], 0.7) * Math.exp(0.3 * g.sample());
            }
            covered += PowerLawFit.of(d, v, 0.1).contains(0.7) ? 1 : 0;
        }
        // 90% intervals under the model's own assumptions: coverage 0.9, binomial sd 0.0067
        assertEquals(0.9, (double) covered / runs, 0.03);
    }

    @Test
    void refusesNonPositiveValues() {
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(new double[] {1, 2, 3},
                new double[] {1, 0, 2}, 0.01));
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(new double[] {1, 2},
                new double[] {1, 2}, 0.01));
    }
}
