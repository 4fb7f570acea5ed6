package org.reluspec.papers.myv;

import org.reluspec.train.MyvNetwork;

/**
 * The perturbation of MYV Theorem 5.1 for a network whose data subspace is {@code M} (off-manifold coordinates =
 * the last {@code ell}), evaluated at one test point {@code x0} in {@code M}:
 * <pre>
 *   y0 = sign(N(x0)),   k_- = |{i in I_- : <w_i,x0> >= 0}|,   k_+ = |{i in I_+ : <w_i,x0> >= 0}|,
 *   k_{y0} = k_- if y0 = +1, k_+ if y0 = -1,
 *   alpha  = 8 sqrt(m) d N(x0) / (k_{y0} ell),
 *   z      = y0 alpha sum_i (-sign u_i) w_hat_i .
 * </pre>
 * {@code signedN} selects the printed {@code alpha} with the signed {@code N(x0)} or the reading with {@code |N(x0)|}
 * (for {@code y0 = +1} they coincide; the proof treats only that case "w.l.o.g.").
 */
final class T5Construction {

    final double[] x0;
    final int d;
    final int ell;
    final int m;
    final double n0;
    final int y0;
    final int kMinus;
    final int kPlus;
    final double alpha;
    final double[] z;
    final double zNorm;

    /**
     * @param net the network (trained or not)
     * @param ell codimension; the last {@code ell} coordinates are off-manifold
     * @param x0 test point in {@code M}
     * @param signedN {@code alpha} with {@code N(x0)} as printed ({@code true}) or {@code |N(x0)|}
     */
    T5Construction(MyvNetwork net, int ell, double[] x0, boolean signedN) {
        this.x0 = x0;
        this.d = net.d();
        this.ell = ell;
        this.m = net.m();
        this.n0 = net.output(x0, 0);
        this.y0 = n0 > 0 ? 1 : n0 < 0 ? -1 : 0;
        int km = 0;
        int kp = 0;
        double[] u = net.u();
        for (int i = 0; i < m; i++) {
            if (net.preActivation(i, x0, 0) >= 0) {
                if (u[i] < 0) {
                    km++;
                } else {
                    kp++;
                }
            }
        }
        this.kMinus = km;
        this.kPlus = kp;
        int k = kY0();
        this.alpha = k == 0 || y0 == 0 ? Double.NaN : 8 * Math.sqrt(m) * d * (signedN ? n0 : Math.abs(n0)) / (k * ell);
        this.z = new double[d];
        double[] w = net.w();
        double s = 0;
        for (int c = d - ell; c < d; c++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += -Math.signum(u[i]) * w[i * d + c];
            }
            z[c] = y0 * alpha * sum;
            s += z[c] * z[c];
        }
        this.zNorm = Math.sqrt(s);
    }

    /** @return {@code k_{y0}} */
    int kY0() {
        return y0 > 0 ? kMinus : y0 < 0 ? kPlus : 0;
    }

    /** @return whether H3 holds: {@code N(x0) != 0} and {@code k_{y0} >= 1} */
    boolean defined() {
        return y0 != 0 && kY0() >= 1;
    }

    /**
     * @param constant {@code 8 sqrt 3} (printed) or {@code 8 sqrt 2} (proved)
     * @param signedN whether the bound uses the signed {@code N(x0)} as printed
     * @return the norm bound {@code constant N(x0) (m / k_{y0}) sqrt(d / ell)}
     */
    double normBound(double constant, boolean signedN) {
        return constant * (signedN ? n0 : Math.abs(n0)) * ((double) m / kY0()) * Math.sqrt((double) d / ell);
    }

    /**
     * @param net the network
     * @return {@code N(x0 + z)}
     */
    double perturbedOutput(MyvNetwork net) {
        double[] x = x0.clone();
        for (int c = d - ell; c < d; c++) {
            x[c] += z[c];
        }
        return net.output(x, 0);
    }

    /** @return {@code ln(m^2 d)} (the proof's {@code L}) */
    static double logM2d(double m, double d) {
        return Math.log(m * m * d);
    }

    /** @return {@code ln(m^3 d)} (the printed hypothesis) */
    static double logM3d(double m, double d) {
        return Math.log(m * m * m * d);
    }
}
