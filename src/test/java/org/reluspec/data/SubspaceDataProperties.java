package org.reluspec.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * {@link SubspaceData#teacherOutput} (the teacher's eight products four at a time) is the neuron-by-neuron
 * definition's value, bit for bit: each {@code g_s . c} summed left to right from {@code 0}, then
 * {@code sum_s a_s relu(.)} in neuron order. Entries that overflow, vanish, are infinite, NaN or negative zero, and
 * output signs that are not {@code +-1}, so an order that differs anywhere can show.
 */
class SubspaceDataProperties {

    private static final int WIDTH = SubspaceData.TEACHER_WIDTH;

    private static Arbitrary<double[]> entries(int size) {
        Arbitrary<Double> entry = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)),
                Tuple.of(1, Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        return entry.array(double[].class).ofSize(size);
    }

    /** @return (teacher rows, output signs, coefficients) for a dimension {@code n} of 0 to 9 */
    @Provide
    Arbitrary<Tuple3<double[], double[], double[]>> teachers() {
        Arbitrary<double[]> signs = Arbitraries.oneOf(
                Arbitraries.of(-1.0, 1.0).array(double[].class).ofSize(WIDTH), entries(WIDTH));
        return Arbitraries.integers().between(0, 9).flatMap(n -> entries(WIDTH * n).flatMap(
                t -> signs.flatMap(a -> entries(n).map(c -> Tuple.of(t, a, c)))));
    }

    @Property(tries = 3000)
    void theOutputIsTheNeuronByNeuronBits(@ForAll("teachers") Tuple3<double[], double[], double[]> t) {
        double[] teacher = t.get1();
        double[] sign = t.get2();
        double[] c = t.get3();
        int n = c.length;
        double out = 0;
        for (int s = 0; s < WIDTH; s++) {
            double pre = 0;
            for (int k = 0; k < n; k++) {
                pre += teacher[s * n + k] * c[k];
            }
            out += sign[s] * Math.max(0, pre);
        }
        assertEquals(Double.doubleToLongBits(out),
                Double.doubleToLongBits(SubspaceData.teacherOutput(teacher, sign, n, c)));
    }
}
