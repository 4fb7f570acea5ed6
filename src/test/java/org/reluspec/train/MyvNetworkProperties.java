package org.reluspec.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.reluspec.kernel.Activations;
import org.reluspec.kernel.TwoLayerNet;

/**
 * {@link MyvNetwork#output} sums four neurons' pre-activations at a time and still gives the bits of the kernel's
 * {@code sum_i u_i relu(TwoLayerNet.preActivation(w, 0, d, i, x))}, neuron after neuron: for widths with and without a
 * remainder of four, inputs at an offset, and entries that overflow, vanish, are infinite, NaN or negative zero (a
 * pre-activation of {@code -0.0} is where "bias last" and "sum from zero" could part).
 */
class MyvNetworkProperties {

    record Case(int d, int m, double[] w, double[] u, double[] x, int off) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> entry = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)),
                Tuple.of(1, Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 11),
                        Arbitraries.integers().between(0, 3))
                .flatAs((d, m, off) -> Combinators.combine(entry.array(double[].class).ofSize(m * d),
                                entry.array(double[].class).ofSize(m), entry.array(double[].class).ofSize(off + d))
                        .as((w, u, x) -> new Case(d, m, w, u, x, off)));
    }

    @Property(tries = 3000)
    void theOutputHasTheKernelsBits(@ForAll("cases") Case c) {
        Statistics.label("m mod 4").collect(c.m() % 4);
        double expected = 0.0;
        double[] zero = new double[c.m()];
        for (int i = 0; i < c.m(); i++) {
            expected += c.u()[i] * Activations.relu(TwoLayerNet.preActivation(c.w(), zero, c.d(), i, c.x(), c.off()));
        }
        double actual = new MyvNetwork(c.d(), c.m(), c.w(), c.u()).output(c.x(), c.off());
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual));
        Statistics.label("m mod 4").coverage(k -> k.check(0).count(n -> n > 0));
    }
}
