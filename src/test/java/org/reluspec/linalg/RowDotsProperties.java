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
import org.reluspec.kernel.Vectors;

/**
 * {@link RowDots} gives the kernel's bits: every row equals {@link Vectors#dotFourWay} (or {@link Vectors#dotFrom})
 * of that row, for row counts with and without a remainder of four, row lengths with and without a tail, and entries
 * that overflow, vanish, are infinite or NaN, or are negative zero (where a different summation order would show).
 * Bits as {@link Double#doubleToLongBits} has them: every NaN is one value there. Java does not specify a NaN's sign
 * or payload: one NaN sum came out {@code 0xfff8...} from the kernel's loop and {@code 0x7ff8...} from the four-row
 * loop (x86 passes on the NaN of one operand of two, and the JIT may order the operands of an addition either way).
 */
class RowDotsProperties {

    record Product(double[] w, int rows, int d, double[] x) {
    }

    @Provide
    Arbitrary<Product> products() {
        Arbitrary<Double> entry = entries();
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 13))
                .flatAs((rows, d) -> Combinators.combine(entry.array(double[].class).ofSize(rows * d),
                        entry.array(double[].class).ofSize(d)).as((w, x) -> new Product(w, rows, d, x)));
    }

    /** Mostly ordinary entries, one in ten special, so that most rows mix both. */
    private static Arbitrary<Double> entries() {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.doubles().between(-1e300, 1e300)),
                Tuple.of(4, Arbitraries.doubles().between(-1.0, 1.0)),
                Tuple.of(1, Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    }

    @Property(tries = 2000)
    void everyRowHasTheKernelsBits(@ForAll("products") Product p) {
        Statistics.label("rows mod 4").collect(p.rows() % 4);
        Statistics.label("d mod 4").collect(p.d() % 4);
        double[] out = new double[p.rows()];
        RowDots.fourWay(p.w(), p.rows(), p.d(), p.x(), out);
        for (int s = 0; s < p.rows(); s++) {
            assertEquals(Double.doubleToLongBits(Vectors.dotFourWay(p.w(), s * p.d(), p.x(), 0, p.d())),
                    Double.doubleToLongBits(out[s]), "row " + s);
        }
        Statistics.label("rows mod 4").coverage(c -> c.check(0).count(n -> n > 0));
    }

    /**
     * Both implementations behind {@link RowDots#fourWay}, whichever this JVM uses: the Vector API's four lanes and
     * the scalar loop, on a range of rows that starts anywhere. The build starts its test JVMs with the module; a JVM
     * without it cannot test the lanes and fails here rather than pass untested.
     */
    @Property(tries = 2000)
    void theLanesAndTheScalarLoopHaveTheKernelsBits(@ForAll("products") Product p, @ForAll("offsets") int from) {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "run the tests with --add-modules jdk.incubator.vector (the pom's argLine does)");
        int first = Math.min(from, p.rows());
        double[] lanes = new double[p.rows()];
        double[] scalar = new double[p.rows()];
        Lanes.fourWay(p.w(), first, p.rows(), p.d(), p.x(), lanes);
        RowDots.fourWayScalar(p.w(), first, p.rows(), p.d(), p.x(), scalar);
        for (int s = first; s < p.rows(); s++) {
            long kernel = Double.doubleToLongBits(Vectors.dotFourWay(p.w(), s * p.d(), p.x(), 0, p.d()));
            assertEquals(kernel, Double.doubleToLongBits(lanes[s]), "lanes, row " + s);
            assertEquals(kernel, Double.doubleToLongBits(scalar[s]), "scalar, row " + s);
        }
    }

    @Property(tries = 2000)
    void everyRowFromItsStartHasTheKernelsBits(@ForAll("products") Product p, @ForAll("starts") double[] start,
                                               @ForAll("offsets") int off) {
        int rows = Math.min(p.rows(), start.length);
        double[] x = new double[off + p.d()];
        System.arraycopy(p.x(), 0, x, off, p.d());
        java.util.Arrays.fill(x, 0, off, Double.NaN);   // what lies before the offset must not count
        double[] out = new double[off + rows];
        RowDots.fromStart(start, p.w(), rows, p.d(), x, off, out, off);
        for (int j = 0; j < rows; j++) {
            assertEquals(Double.doubleToLongBits(Vectors.dotFrom(start[j], p.w(), j * p.d(), x, off, p.d())),
                    Double.doubleToLongBits(out[off + j]), "row " + j);
        }
    }

    @Provide
    Arbitrary<double[]> starts() {
        return entries().array(double[].class).ofSize(11);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 3);
    }

    @Property(tries = 200)
    void typicalEntriesAtThePapersWidths(
            @ForAll("widths") int d, @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int rows = 9;
        double[] w = random.doubles(rows * d, -1, 1).toArray();
        double[] x = random.doubles(d, -1, 1).toArray();
        double[] out = new double[rows];
        RowDots.fourWay(w, rows, d, x, out);
        double[] some = new double[rows];
        RowDots.fourWay(w, 3, rows, d, x, some);   // rows 3 .. 8: one group of four and a remainder of two
        double[] from = new double[rows];
        double[] b = random.doubles(rows, -1, 1).toArray();
        RowDots.fromStart(b, w, rows, d, x, 0, from, 0);
        for (int s = 0; s < rows; s++) {
            assertEquals(Double.doubleToLongBits(Vectors.dotFourWay(w, s * d, x, 0, d)),
                    Double.doubleToLongBits(out[s]), "row " + s + " at d = " + d);
            assertEquals(s < 3 ? 0L : Double.doubleToLongBits(out[s]), Double.doubleToLongBits(some[s]),
                    "row " + s + " of rows 3 .. 8");
            assertEquals(Double.doubleToLongBits(Vectors.dotFrom(b[s], w, s * d, x, 0, d)),
                    Double.doubleToLongBits(from[s]), "row " + s + " from its start at d = " + d);
        }
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.of(25, 49, 100, 196, 400, 784, 1000);
    }
}
