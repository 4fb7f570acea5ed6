package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.reluspec.data.Dataset;
import org.reluspec.kernel.TwoLayerNet;
import org.reluspec.kernel.Vectors;

/**
 * {@link TransposedProducts} (the reference products of {@link HomogeneousGd} and {@link BiasedGd}, on {@code W^T})
 * are the kernel's, bit for bit: the pre-activations are {@code dotFrom(b_j, w_j, x_i)} and the first-layer gradient
 * is, row by row, the kernel's {@code axpy} of {@code c_ij x_i} for the active {@code i} in order from {@code +0.0}.
 * Widths on both sides of the vector length, entries that overflow, vanish or are negative zero, and active
 * coefficients of {@code +-0.0}, so that an order, a dropped term or a stray zero term shows.
 */
class TransposedProductsProperties {

    private static Arbitrary<Double> entry(boolean finite) {
        Arbitrary<Double> special = finite ? Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE)
                : Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY);
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)), Tuple.of(2, special));
    }

    /** A training set of 1 to 5 examples in dimension 1 to 12, a width of 1 to 20, weights and coefficients. */
    record Case(Dataset data, int k, double[] w, double[] b, double[] c, boolean[] active) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 20)).flatAs((n, d, k) -> Combinators.combine(
                        entry(true).array(double[].class).ofSize(n * d),
                        entry(false).array(double[].class).ofSize(k * d),
                        entry(false).array(double[].class).ofSize(k),
                        Arbitraries.oneOf(Arbitraries.of(-0.0, 0.0), entry(true)).array(double[].class).ofSize(n * k),
                        Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n * k))
                .as((x, w, b, c, mask) -> {
                    double[] y = new double[n];
                    Arrays.fill(y, 1.0);
                    boolean[] active = new boolean[n * k];
                    for (int e = 0; e < active.length; e++) {
                        active[e] = mask[e] == 1;
                    }
                    return new Case(new Dataset(x, y, d), k, w, b, c, active);
                }));
    }

    @Property(tries = 2000)
    void thePreActivationsFromTheTransposeAreTheKernelsDotProducts(@ForAll("cases") Case t) {
        int d = t.data().d();
        int k = t.k();
        int n = t.data().size();
        double[] pre = new double[n * k];
        TransposedProducts.preActivations(TransposedProducts.transpose(t.w(), k, d), t.b(), t.data(), pre);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double kernel = Vectors.dotFrom(t.b()[j], t.w(), j * d, t.data().x(), i * d, d);
                assertEquals(Double.doubleToLongBits(kernel), Double.doubleToLongBits(pre[i * k + j]),
                        "example " + i + ", neuron " + j);
            }
        }
    }

    @Property(tries = 2000)
    void theTransposedGradientIsTheKernelsAxpysOfTheActiveTermsInTurn(@ForAll("cases") Case t) {
        int d = t.data().d();
        int k = t.k();
        int n = t.data().size();
        double[] coefficients = new double[n * k];
        double[] gw = new double[k * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                if (t.active()[i * k + j]) {
                    coefficients[i * k + j] = t.c()[i * k + j];
                    Vectors.axpy(t.c()[i * k + j], t.data().x(), i * d, gw, j * d, d);
                }
            }
        }
        double[] gwt = new double[d * k];
        Arrays.fill(gwt, Double.NaN);   // whatever the buffer held before
        TransposedProducts.gradient(coefficients, t.data(), k, gwt);
        double[] expected = TransposedProducts.transpose(gw, k, d);
        for (int e = 0; e < gwt.length; e++) {
            assertEquals(Double.doubleToLongBits(expected[e]), Double.doubleToLongBits(gwt[e]),
                    "coordinate " + e / k + ", neuron " + e % k);
        }
    }

    @Property(tries = 2000)
    void theOutputsFourAtATimeAreTheKernelsOutputs(@ForAll("cases") Case t, @ForAll("anyEntry") double start) {
        int k = t.k();
        int n = t.data().size() + (int) (Math.abs(t.b()[0]) % 5);   // up to nine rows: full groups of four and rests
        double[] pre = new double[n * k];
        for (int e = 0; e < pre.length; e++) {
            pre[e] = t.w()[e % t.w().length] * (e % 3 == 0 ? -1 : 1);
        }
        double[] out = new double[n];
        TransposedProducts.outputs(start, t.b(), pre, n, k, out);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToLongBits(TwoLayerNet.outputFrom(start, t.b(), pre, i * k, k)),
                    Double.doubleToLongBits(out[i]), "example " + i);
        }
    }

    @Property(tries = 2000)
    void theActiveTermsAreAddedAsIfTheInactiveNeuronsWereSkipped(@ForAll("cases") Case t,
            @ForAll("anyEntry") double scale) {
        int k = t.k();
        int n = t.data().size();
        double[] pre = new double[n * k];
        for (int e = 0; e < pre.length; e++) {
            pre[e] = t.active()[e] ? Math.abs(t.c()[e]) : -Math.abs(t.c()[e]);   // zeros and tiny ones among them
        }
        double[] gv = new double[k];
        double[] gb = new double[k];
        double[] coefficients = new double[n * k];
        Arrays.fill(coefficients, Double.NaN);   // whatever the buffer held before
        double[] skippingGv = new double[k];
        double[] skippingGb = new double[k];
        double[] skippingCoefficients = new double[n * k];
        for (int i = 0; i < n; i++) {
            TransposedProducts.addActiveTerms(scale, t.b(), pre, i, k, gv, gb, coefficients);
            for (int j = 0; j < k; j++) {
                double h = pre[i * k + j];
                if (h > 0) {
                    skippingGv[j] += scale * h;
                    skippingGb[j] += scale * t.b()[j];
                    skippingCoefficients[i * k + j] = scale * t.b()[j];
                }
            }
        }
        for (int j = 0; j < k; j++) {
            assertEquals(Double.doubleToLongBits(skippingGv[j]), Double.doubleToLongBits(gv[j]), "gv, neuron " + j);
            assertEquals(Double.doubleToLongBits(skippingGb[j]), Double.doubleToLongBits(gb[j]), "gb, neuron " + j);
        }
        for (int e = 0; e < coefficients.length; e++) {
            assertEquals(Double.doubleToRawLongBits(skippingCoefficients[e]), Double.doubleToRawLongBits(coefficients[e]),
                    "coefficient " + e);
        }
    }

    @Property(tries = 500)
    void keepIfIsTheValueOrPositiveZero(@ForAll("anyEntry") double x, @ForAll boolean keep) {
        assertEquals(Double.doubleToRawLongBits(keep ? x : 0.0),
                Double.doubleToRawLongBits(TransposedProducts.keepIf(x, keep)));
    }

    @Provide
    Arbitrary<Double> anyEntry() {
        return entry(false);
    }
}
