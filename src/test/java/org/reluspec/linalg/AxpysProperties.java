package org.reluspec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;

/**
 * {@link Axpys#inTurn} gives the bits of one {@link Vectors#axpy} per term in turn, for term counts with every
 * remainder of four, offsets into a shared array (the batch), and entries that overflow, cancel, vanish, are infinite
 * or NaN, or are signed zeros ({@code -0.0 + 0.0} is {@code +0.0}, so a skipped or reordered term would show). Bits as
 * {@link Double#doubleToLongBits} has them: every NaN is one value there (see {@code RowDotsProperties}).
 */
class AxpysProperties {

    record Terms(double[] alpha, int[] offsets, int terms, double[] x, double[] y, int yOffset, int n) {
    }

    @Provide
    Arbitrary<Terms> terms() {
        Arbitrary<Double> entry = entries();
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 3))
                .flatAs((terms, n, yOffset) -> Combinators.combine(
                        entry.array(double[].class).ofSize(terms),
                        Arbitraries.integers().between(0, 10).array(int[].class).ofSize(terms),
                        entry.array(double[].class).ofSize(10 + n),
                        entry.array(double[].class).ofSize(yOffset + n + 2))
                        .as((alpha, offsets, x, y) -> new Terms(alpha, offsets, terms, x, y, yOffset, n)));
    }

    /** Mostly ordinary entries, one in five special. */
    private static Arbitrary<Double> entries() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)),
                Tuple.of(2, Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    }

    /**
     * Both implementations behind {@link Axpys#inTurn}, whichever this JVM uses: the Vector API's lanes (lengths up
     * to 40, so with and without a tail after whole vectors of up to eight lanes) and the scalar loop. A JVM without
     * the module cannot test the lanes and fails here rather than pass untested.
     */
    @Property(tries = 3000)
    void theLanesAndTheScalarLoopHaveTheBitsOfOneKernelCallPerTerm(@ForAll("terms") Terms t) {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "run the tests with --add-modules jdk.incubator.vector (the pom's argLine does)");
        double[] expected = t.y().clone();
        for (int j = 0; j < t.terms(); j++) {
            Vectors.axpy(t.alpha()[j], t.x(), t.offsets()[j], expected, t.yOffset(), t.n());
        }
        double[] lanes = t.y().clone();
        Axpys.inTurn(t.alpha(), t.offsets(), t.terms(), t.x(), lanes, t.yOffset(), t.n(), true);
        double[] scalar = t.y().clone();
        Axpys.inTurn(t.alpha(), t.offsets(), t.terms(), t.x(), scalar, t.yOffset(), t.n(), false);
        for (int k = 0; k < lanes.length; k++) {
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(lanes[k]), "lanes, entry " + k);
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(scalar[k]),
                    "scalar, entry " + k);
        }
    }

    @Property(tries = 3000)
    void everyEntryHasTheBitsOfOneKernelCallPerTerm(@ForAll("terms") Terms t) {
        Statistics.label("terms mod 4").collect(t.terms() % 4);
        double[] expected = t.y().clone();
        for (int j = 0; j < t.terms(); j++) {
            Vectors.axpy(t.alpha()[j], t.x(), t.offsets()[j], expected, t.yOffset(), t.n());
        }
        double[] actual = t.y().clone();
        Axpys.inTurn(t.alpha(), t.offsets(), t.terms(), t.x(), actual, t.yOffset(), t.n());
        for (int k = 0; k < actual.length; k++) {   // the entries outside y's range too: untouched
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(actual[k]), "entry " + k);
        }
        Statistics.label("terms mod 4").coverage(c -> {
            c.check(0).count(k -> k > 0);
            c.check(1).count(k -> k > 0);
            c.check(2).count(k -> k > 0);
            c.check(3).count(k -> k > 0);
        });
    }

    /**
     * The input gradient two ways, both against the kernel's: {@link Axpys#inputGradientAt} from given
     * pre-activations, and {@link RowDots#fourWayAndGradient} from the pre-activations it computes (which must be
     * {@link RowDots#fourWay}'s). Pre-activations at {@code +-0.0} sit on the mask's edge ({@code -0.0 >= 0} holds).
     */
    @Property(tries = 2000)
    void theInputGradientHasTheKernelsBits(@ForAll("networks") Network net) {
        int d = net.d();
        int m = net.m();
        double[] expected = new double[d];
        TwoLayerNet.inputGradientAt(net.w(), net.v(), d, m, net.h(), 0, expected);
        double[] actual = new double[d];
        java.util.Arrays.fill(actual, Double.NaN);   // whatever was there must not count
        Axpys.inputGradientAt(net.w(), net.v(), d, m, net.h(), 0, actual);
        assertBits(expected, actual, "from given pre-activations");

        double[] h = new double[m];
        RowDots.fourWay(net.w(), m, d, net.x(), h);
        TwoLayerNet.inputGradientAt(net.w(), net.v(), d, m, h, 0, expected);
        double[] fusedH = new double[m];
        java.util.Arrays.fill(actual, Double.NaN);
        RowDots.fourWayAndGradient(net.w(), m, d, net.x(), net.v(), fusedH, actual);
        assertBits(h, fusedH, "pre-activations of the fused pass");
        assertBits(expected, actual, "gradient of the fused pass");
    }

    record Network(double[] w, double[] v, double[] h, double[] x, int d, int m) {
    }

    @Provide
    Arbitrary<Network> networks() {
        Arbitrary<Double> entry = entries();
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 11))
                .flatAs((d, m) -> Combinators.combine(entry.array(double[].class).ofSize(m * d),
                        entry.array(double[].class).ofSize(m), entry.array(double[].class).ofSize(m),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.doubles().between(-1.0, 1.0)),
                                Tuple.of(1, Arbitraries.of(0.0, -0.0))).array(double[].class).ofSize(d))
                        .as((w, v, h, x) -> new Network(w, v, h, x, d, m)));
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(actual[k]),
                    what + ", entry " + k);
        }
    }

    @Property(tries = 200)
    void typicalBatchesAtThePapersWidths(@ForAll("widths") int d, @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int batch = 8;
        double[] x = random.doubles(batch * d, -1, 1).toArray();
        double[] y = random.doubles(3 * d, -1, 1).toArray();
        int terms = random.nextInt(batch + 1);
        double[] alpha = random.doubles(terms, -1e-3, 1e-3).toArray();
        int[] offsets = random.ints(terms, 0, batch).map(b -> b * d).toArray();
        double[] expected = y.clone();
        for (int j = 0; j < terms; j++) {
            Vectors.axpy(alpha[j], x, offsets[j], expected, d, d);
        }
        Axpys.inTurn(alpha, offsets, terms, x, y, d, d);
        for (int k = 0; k < y.length; k++) {
            assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(y[k]),
                    "entry " + k + " at d = " + d + ", " + terms + " terms");
        }
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(25, 49, 100, 196, 400, 784, 1000);
    }
}
