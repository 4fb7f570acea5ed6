package org.reluspec.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link SphereData#maxAbsInnerProduct} (VYS's {@code p}, four products under way at once) is the definition's value,
 * bit for bit: the maximum over pairs {@code i < j} of {@code |<x_i, x_j>|} with each product summed left to right, one
 * pair after the other. Point counts with and without a remainder of four, and entries that overflow, vanish, are
 * infinite, NaN or negative zero.
 */
class SphereDataProperties {

    @Provide
    Arbitrary<double[][]> points() {
        Arbitrary<Double> entry = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)),
                Tuple.of(1, Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 9))
                .flatAs((n, d) -> entry.array(double[].class).ofSize(d).array(double[][].class).ofSize(n));
    }

    @Property(tries = 3000)
    void theMaximumIsTheDefinitionsBits(@ForAll("points") double[][] x) {
        Statistics.label("pairs after i, mod 4").collect(Math.max(0, x.length - 1) % 4);
        double p = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double s = 0;
                for (int k = 0; k < x[i].length; k++) {
                    s += x[i][k] * x[j][k];
                }
                p = Math.max(p, Math.abs(s));
            }
        }
        assertEquals(Double.doubleToLongBits(p), Double.doubleToLongBits(SphereData.maxAbsInnerProduct(x)));
    }
}
