package org.reluspec.linalg;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Haar-distributed orthogonal matrices: {@code Q} from the QR decomposition {@code G = QR} of a matrix {@code G} of
 * iid standard normals, with the columns of {@code Q} multiplied by {@code sign(R_jj)}. Without the sign correction the
 * law of {@code Q} depends on the QR algorithm's sign convention and is not Haar (Mezzadri, "How to generate random
 * matrices from the classical compact groups", Notices AMS 54, 2007).
 */
public final class HaarOrthogonal {

    private HaarOrthogonal() {
    }

    /**
     * Draws {@code n*n} normals from {@code rng}, row by row, then decomposes.
     *
     * @param n size, at least 1
     * @param rng the stream
     * @return a Haar-random {@code n x n} orthogonal matrix
     */
    public static RealMatrix sample(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = g.sample();
            }
        }
        QRDecomposition qr = new QRDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(a, false));
        RealMatrix q = qr.getQ().copy();
        RealMatrix r = qr.getR();
        for (int j = 0; j < n; j++) {
            if (r.getEntry(j, j) < 0) {
                for (int i = 0; i < n; i++) {
                    q.setEntry(i, j, -q.getEntry(i, j));
                }
            }
        }
        return q;
    }
}
