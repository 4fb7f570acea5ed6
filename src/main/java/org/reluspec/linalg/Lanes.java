package org.reluspec.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.reluspec.kernel.Vectors;

/**
 * Two of this package's loops on the JDK's Vector API, with the scalar loops' bits: each lane is multiplied and then
 * added, as the scalar loop does it (no fused multiply-add), in the scalar loop's order.
 * <ul>
 *   <li>{@link RowDots#fourWay}: the kernel's {@link Vectors#dotFourWay} keeps four partial sums, sum {@code r}
 *       taking the entries {@code i = r (mod 4)} in order; those are the four lanes of a 256-bit vector added to chunk
 *       after chunk. The tail goes to the first sum and the four are combined as the kernel combines them.</li>
 *   <li>{@link Axpys#inTurn}: every entry of {@code y} receives its terms in turn, entries side by side.</li>
 * </ul>
 * {@code RowDotsProperties} and {@code AxpysProperties} check both against the scalar loops and the kernel. Loaded
 * only when the module {@code jdk.incubator.vector} is in the boot layer ({@link RowDots#lanes()}).
 */
final class Lanes {

    private static final VectorSpecies<Double> FOUR = DoubleVector.SPECIES_256;

    /** Elementwise loops take the widest vectors the CPU has. */
    private static final VectorSpecies<Double> WIDE = DoubleVector.SPECIES_PREFERRED;

    private Lanes() {
    }

    /** @return whether the CPU adds four doubles at once (otherwise the Vector API would emulate, slowly) */
    static boolean accelerated() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= FOUR.vectorBitSize();
    }

    /**
     * @param w the matrix, row-major: row {@code s} is {@code w[s d .. s d + d)}
     * @param from first row
     * @param to one past the last row
     * @param d row length
     * @param x the vector, at least {@code d} long
     * @param out receives {@code Vectors.dotFourWay(w, s d, x, 0, d)} at {@code s}, for {@code from <= s < to}
     */
    static void fourWay(double[] w, int from, int to, int d, double[] x, double[] out) {
        int whole = d & ~3;
        int s = from;
        for (; s + 3 < to; s += 4) {   // four rows share each chunk of x
            int p = s * d;
            int q = p + d;
            int r = q + d;
            int t = r + d;
            DoubleVector sp = DoubleVector.zero(FOUR);
            DoubleVector sq = sp;
            DoubleVector sr = sp;
            DoubleVector st = sp;
            for (int i = 0; i < whole; i += 4) {
                DoubleVector xi = DoubleVector.fromArray(FOUR, x, i);
                sp = sp.add(DoubleVector.fromArray(FOUR, w, p + i).mul(xi));
                sq = sq.add(DoubleVector.fromArray(FOUR, w, q + i).mul(xi));
                sr = sr.add(DoubleVector.fromArray(FOUR, w, r + i).mul(xi));
                st = st.add(DoubleVector.fromArray(FOUR, w, t + i).mul(xi));
            }
            out[s] = combine(sp, w, p, x, whole, d);
            out[s + 1] = combine(sq, w, q, x, whole, d);
            out[s + 2] = combine(sr, w, r, x, whole, d);
            out[s + 3] = combine(st, w, t, x, whole, d);
        }
        for (; s < to; s++) {
            int p = s * d;
            DoubleVector sp = DoubleVector.zero(FOUR);
            for (int i = 0; i < whole; i += 4) {
                sp = sp.add(DoubleVector.fromArray(FOUR, w, p + i).mul(DoubleVector.fromArray(FOUR, x, i)));
            }
            out[s] = combine(sp, w, p, x, whole, d);
        }
    }

    /** The tail into the first sum, then {@code (s0 + s1) + (s2 + s3)}, as {@link Vectors#dotFourWay} ends. */
    private static double combine(DoubleVector sums, double[] w, int p, double[] x, int whole, int d) {
        double s0 = sums.lane(0);
        for (int i = whole; i < d; i++) {
            s0 += w[p + i] * x[i];
        }
        return (s0 + sums.lane(1)) + (sums.lane(2) + sums.lane(3));
    }

    /**
     * {@link Axpys#inTurn}'s update on the entries that fill whole vectors, four terms per pass over {@code y}, then
     * the rest one per pass, each entry's terms in order; the caller adds the terms to the entries after them.
     *
     * @param alpha the coefficients
     * @param xOffsets where each term's vector starts in {@code x}
     * @param terms number of terms
     * @param x the vectors
     * @param y the vector added to
     * @param yOffset where it starts
     * @param n its length
     * @return the number of leading entries updated (a multiple of the vector length)
     */
    static int inTurn(double[] alpha, int[] xOffsets, int terms, double[] x, double[] y, int yOffset, int n) {
        int whole = WIDE.loopBound(n);
        int j = 0;
        for (; j + 3 < terms; j += 4) {
            double a0 = alpha[j];
            double a1 = alpha[j + 1];
            double a2 = alpha[j + 2];
            double a3 = alpha[j + 3];
            for (int k = 0; k < whole; k += WIDE.length()) {
                DoubleVector v = DoubleVector.fromArray(WIDE, y, yOffset + k);
                v = v.add(DoubleVector.fromArray(WIDE, x, xOffsets[j] + k).mul(a0));
                v = v.add(DoubleVector.fromArray(WIDE, x, xOffsets[j + 1] + k).mul(a1));
                v = v.add(DoubleVector.fromArray(WIDE, x, xOffsets[j + 2] + k).mul(a2));
                v = v.add(DoubleVector.fromArray(WIDE, x, xOffsets[j + 3] + k).mul(a3));
                v.intoArray(y, yOffset + k);
            }
        }
        for (; j < terms; j++) {
            for (int k = 0; k < whole; k += WIDE.length()) {
                DoubleVector.fromArray(WIDE, y, yOffset + k)
                        .add(DoubleVector.fromArray(WIDE, x, xOffsets[j] + k).mul(alpha[j])).intoArray(y, yOffset + k);
            }
        }
        return whole;
    }
}
