package org.reluspec.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActivationsAndLossesTest {

    /** KeY 2.12.3's {@code java.lang.Math.max(double, double)} stub (JavaRedux), which its proofs read. */
    private static double keyStubMax(double a, double b) {
        if (a != a) {
            return a;
        }
        return (a >= b) ? a : b;
    }

    @Test
    void maxOfZeroIsTheSameFunctionInKeyAndTheJdk() {
        // TwoLayerNet.outputFrom calls Math.max(0.0, t): its proof is sound only if the stub and the JDK agree there
        java.util.List<Double> ts = new java.util.ArrayList<>(java.util.List.of(Double.NaN, 0.0, -0.0,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 1.0, -1.0,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.longBitsToDouble(0x7ff8000000000001L), Double.longBitsToDouble(0xfff0000000000001L)));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            ts.add(Double.longBitsToDouble(rng.nextLong()));   // every exponent and sign, NaN payloads included
        }
        for (double t : ts) {
            assertEquals(Double.doubleToLongBits(keyStubMax(0.0, t)), Double.doubleToLongBits(Math.max(0.0, t)),
                    "t = " + t);
        }
        assertTrue(Double.doubleToRawLongBits(keyStubMax(-0.0, 0.0)) != Double.doubleToRawLongBits(Math.max(-0.0, 0.0)),
                "the stub is not the JDK in general: max(-0.0, 0.0) differs, so only the +0.0-first form is allowed");
    }

    @Test
    void reluCutsNegativesKeepsNonnegativesAndPropagatesNan() {
        assertEquals(0.0, Activations.relu(-3));
        assertEquals(2.5, Activations.relu(2.5));
        assertEquals(Double.POSITIVE_INFINITY, Activations.relu(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Activations.relu(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Activations.relu(Double.NaN)), "JDK Math.max semantics, not KeY's stub");
        assertEquals(0.0, Activations.relu(-0.0), 0.0);
    }

    @Test
    void stepPutsTheKinkOnTheActiveSide() {
        assertEquals(1.0, Activations.step(0.0));
        assertEquals(1.0, Activations.step(-0.0));
        assertEquals(1.0, Activations.step(Double.MIN_VALUE));
        assertEquals(0.0, Activations.step(-Double.MIN_VALUE));
        assertEquals(0.0, Activations.step(Double.NaN));
    }

    /**
     * Reference values: src/test/python/reference_values.py, block "LossesTest"
     * (numpy.logaddexp(0, -q) and -scipy.special.expit(-q), scipy 1.17.1).
     */
    static Object[][] logisticReference() {
        return new Object[][] {
            {-800.0, 800.0, -1.0},
            {-50.0, 50.0, -1.0},
            {-1.0, 1.3132616875182228, -0.7310585786300049},
            {0.0, 0.6931471805599453, -0.5},
            {1e-08, 0.6931471755599453, -0.4999999975},
            {1.0, 0.31326168751822286, -0.2689414213699951},
            {37.0, 8.533047625744066e-17, -8.533047625744066e-17},
            {50.0, 1.9287498479639178e-22, -1.928749847963918e-22},
            {800.0, 0.0, -0.0},
        };
    }

    @ParameterizedTest
    @MethodSource("logisticReference")
    void logisticLossAndDerivativeMatchScipyToFourUlps(double q, double loss, double derivative) {
        assertEquals(loss, Losses.logistic(q), 4 * Math.ulp(loss));
        assertEquals(derivative, Losses.logisticDerivative(q), 4 * Math.ulp(derivative));
    }

    @Test
    void logisticDerivativeStaysInMinusOneZeroAtTheExtremes() {
        for (double q : new double[] {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -745.2, 709.8,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE}) {
            double g = Losses.logisticDerivative(q);
            assertTrue(-1.0 <= g && g <= 0.0, "L'(" + q + ") = " + g);
            assertTrue(Losses.logistic(q) >= 0.0);
        }
        assertTrue(Double.isNaN(Losses.logisticDerivative(Double.NaN)));
    }

    @Test
    void exponentialLossOverflowsWhereTheLogDomainStaysExact() {
        assertEquals(Double.POSITIVE_INFINITY, Losses.exponential(-710));
        assertEquals(Double.NEGATIVE_INFINITY, Losses.exponentialDerivative(-710));
        assertEquals(710.0, Losses.logExponential(-710));
        assertEquals(Math.exp(-69.0776), Losses.exponential(69.0776), 0.0);
        assertTrue(Losses.exponential(69.0776) < 1e-30, "the VYS stopping threshold is reachable");
    }
}
