package org.reluspec.linalg;

import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.linear.RealMatrix;
import org.reluspec.util.Checks;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

/**
 * The data subspace {@code P} of MYV section 3, of dimension {@code d - ell}, with an orthonormal basis of {@code R^d}
 * whose first {@code d - ell} columns span {@code P} and whose last {@code ell} columns span {@code P-perp}. The
 * rotation {@code R = Q^T} maps {@code P} onto the coordinate subspace {@code M = span(e_1..e_{d-ell})} (Theorem A.1).
 *
 * <p>{@link #random} draws {@code Q} Haar-distributed, so {@code P} is uniform on the Grassmannian and {@code R} is a
 * Haar-random rotation with {@code R P = M}; {@link #coordinate} is {@code P = M} itself with {@code Q = I}, where the
 * off-manifold coordinates are exactly the last {@code ell} (Theorem A.2 then holds bit for bit).
 */
public final class DataSubspace {

    private final int d;
    private final int ell;
    private final double[][] basis; // basis[c] = c-th column of Q, length d; null for the coordinate subspace
    private final boolean coordinate;

    private DataSubspace(int d, int ell, double[][] basis, boolean coordinate) {
        this.d = d;
        this.ell = ell;
        this.basis = basis;
        this.coordinate = coordinate;
    }

    private static void validate(int d, int ell) {
        Checks.requireAtLeast(ell, 1, "ell");
        if (d <= ell) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_RELATION, "d > ell", "d = " + d + ", ell = " + ell,
                    "MYV-SET");
        }
    }

    /**
     * @param d ambient dimension
     * @param ell codimension, {@code 1 <= ell < d}
     * @param rng draws {@code d*d} normals (see {@link HaarOrthogonal})
     * @return a uniformly random subspace of dimension {@code d - ell} with a Haar-random frame
     */
    public static DataSubspace random(int d, int ell, UniformRandomProvider rng) {
        validate(d, ell);
        RealMatrix q = HaarOrthogonal.sample(d, rng);
        double[][] cols = new double[d][];
        for (int c = 0; c < d; c++) {
            cols[c] = q.getColumn(c);
        }
        return new DataSubspace(d, ell, cols, false);
    }

    /**
     * @param d ambient dimension
     * @param ell codimension, {@code 1 <= ell < d}
     * @return {@code M = span(e_1..e_{d-ell})} with the standard basis
     */
    public static DataSubspace coordinate(int d, int ell) {
        validate(d, ell);
        return new DataSubspace(d, ell, null, true);   // every method has a coordinate fast path; no d x d basis
    }

    /** @return the ambient dimension {@code d} */
    public int d() {
        return d;
    }

    /** @return the codimension {@code ell = dim P-perp} */
    public int ell() {
        return ell;
    }

    /** @return whether this is the coordinate subspace {@code M} */
    public boolean isCoordinate() {
        return coordinate;
    }

    /**
     * @param coefficients {@code d - ell} coordinates in the basis of {@code P}
     * @param out receives {@code sum_c coefficients[c] q_c}, length {@code d}
     */
    public void pointInP(double[] coefficients, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        if (coordinate) {   // exact zeros off M, which Theorem A.2's bitwise check relies on
            System.arraycopy(coefficients, 0, out, 0, d - ell);
            return;
        }
        for (int c = 0; c < d - ell; c++) {
            double a = coefficients[c];
            double[] q = basis[c];
            for (int k = 0; k < d; k++) {
                out[k] += a * q[k];
            }
        }
    }

    /**
     * The coordinates of {@code Pi_{P-perp}(x)} in the basis of {@code P-perp}: {@code w_bar = (q_c . x)_{c >= d-ell}}.
     *
     * @param x a vector of length {@code d} at offset {@code off}
     * @param off offset
     * @param out receives {@code ell} coordinates
     */
    public void perpCoordinates(double[] x, int off, double[] out) {
        if (coordinate) {
            System.arraycopy(x, off + d - ell, out, 0, ell);
            return;
        }
        for (int c = 0; c < ell; c++) {
            double[] q = basis[d - ell + c];
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += q[k] * x[off + k];
            }
            out[c] = s;
        }
    }

    /**
     * @param x a vector of length {@code d}
     * @return {@code ||Pi_{P-perp}(x)||}
     */
    public double perpNorm(double[] x) {
        double[] c = new double[ell];
        perpCoordinates(x, 0, c);
        double s = 0;
        for (double v : c) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * @param perpCoordinates {@code ell} coordinates in the basis of {@code P-perp}
     * @param out receives the vector of {@code R^d}, length {@code d}
     */
    public void fromPerpCoordinates(double[] perpCoordinates, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        if (coordinate) {
            System.arraycopy(perpCoordinates, 0, out, d - ell, ell);
            return;
        }
        for (int c = 0; c < ell; c++) {
            double a = perpCoordinates[c];
            double[] q = basis[d - ell + c];
            for (int k = 0; k < d; k++) {
                out[k] += a * q[k];
            }
        }
    }

    /**
     * Applies the rotation {@code R = Q^T} (which maps {@code P} onto {@code M}) to every length-{@code d} block of
     * {@code flat}.
     *
     * @param flat row-major blocks of length {@code d}
     * @return a new array with {@code R} applied to each block
     */
    public double[] rotate(double[] flat) {
        if (coordinate) {
            return flat.clone();
        }
        double[] out = new double[flat.length];
        for (int off = 0; off < flat.length; off += d) {
            for (int c = 0; c < d; c++) {
                double[] q = basis[c];
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += q[k] * flat[off + k];
                }
                out[off + c] = s;
            }
        }
        return out;
    }
}
