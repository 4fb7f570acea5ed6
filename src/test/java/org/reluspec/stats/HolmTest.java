package org.reluspec.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void stepDownRejectsWhileTheSortedPValuesStayUnderAlphaOverRemaining() {
        // alpha = 0.05, K = 4: thresholds 0.0125, 0.0167, 0.025, 0.05
        double[] p = {0.04, 0.001, 0.016, 0.03};
        assertArrayEquals(new boolean[] {false, true, true, false}, Holm.reject(p, 0.05));
    }

    @Test
    void stopsAtTheFirstNonRejectionEvenIfALaterPValueIsSmallEnoughAlone() {
        double[] p = {0.02, 0.02};
        assertArrayEquals(new boolean[] {false, false}, Holm.reject(p, 0.03));
    }

    @Test
    void exceedancePValueIsTheBinomialUpperTail() {
        // P(Bin(10, 0.1) >= 3) = 1 - P(<= 2) = 0.07019... (scipy.stats.binom.sf(2, 10, 0.1) = 0.07019082639999998)
        assertEquals(0.07019082639999998, Holm.exceedancePValue(3, 10, 0.1), 1e-14);
        assertEquals(1.0, Holm.exceedancePValue(0, 10, 0.1), 0.0);
        assertEquals(1.0, Holm.exceedancePValue(10, 10, 1.0), 0.0);
    }
}
