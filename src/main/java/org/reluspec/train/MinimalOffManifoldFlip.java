package org.reluspec.train;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOption;
import org.hipparchus.optim.nonlinear.vector.constrained.ADMMQPOptimizer;
import org.hipparchus.optim.nonlinear.vector.constrained.LagrangeSolution;
import org.hipparchus.optim.nonlinear.vector.constrained.LinearInequalityConstraint;
import org.hipparchus.optim.nonlinear.vector.constrained.QuadraticFunction;

/**
 * The smallest perturbation {@code delta} in {@code M-perp} (the last {@code ell} coordinates) that flips the sign of
 * a MYV network at {@code x0} in {@code M}, for widths {@code m <= 12}: over every activation pattern
 * {@code s in {0,1}^m}, minimize {@code ||delta||^2} subject to
 * <pre>
 *   s_i = 1:  <w_i, x0> + <g_i, delta> >= 0,      s_i = 0:  <w_i, x0> + <g_i, delta> <= 0,
 *   -y0 sum_{s_i = 1} u_i (<w_i, x0> + <g_i, delta>) >= 0          (N(x0 + delta) has the other sign or is 0)
 * </pre>
 * with {@code g_i} the off-manifold part of {@code w_i}; the minimum over patterns is the distance to the boundary
 * within {@code M-perp}. The minimizer lies in the span of the {@code g_i} (the objective is the squared norm and every
 * constraint reads {@code delta} through some {@code g_i}), so each QP is solved in that span, of dimension at most
 * {@code m}, with Hipparchus' ADMM QP solver (tolerance 1e-10, no polishing). A flip means
 * {@code y0 N(x0 + delta) <= 0}: reaching the decision boundary counts, as in {@link BiasedNetwork#flipDistance}
 * (a perturbation can switch the last active neuron off and leave {@code N = 0} without crossing). Each candidate is
 * verified on the network itself, {@code y0 N(x0 + delta) <= 1e-8 (|N(x0)| + sum_i |u_i| |<w_i, x0 + delta>|)}
 * (the solver's tolerance, in output units); candidates that fail are discarded.
 */
public final class MinimalOffManifoldFlip {

    /** ADMM iteration cap per pattern (an infeasible pattern otherwise runs on). */
    static final int MAX_ITERATIONS = Integer.getInteger("qp.iter", 5000);

    /** Largest width handled (2^12 patterns). */
    public static final int MAX_WIDTH = 12;

    private MinimalOffManifoldFlip() {
    }

    /**
     * @param net the network (no biases)
     * @param ell codimension: the last {@code ell} coordinates are off-manifold
     * @param x0 a point of {@code M} with {@code N(x0) != 0}
     * @return the smallest flipping {@code ||delta||}, or {@code +infinity} when no pattern admits a flip
     */
    public static double distance(MyvNetwork net, int ell, double[] x0) {
        int d = net.d();
        int m = net.m();
        if (m > MAX_WIDTH) {
            throw new IllegalArgumentException("width " + m + " > " + MAX_WIDTH + " (2^m QPs)");
        }
        double n0 = net.output(x0, 0);
        if (n0 == 0) {
            return 0;
        }
        double y0 = Math.signum(n0);
        double[] pre = new double[m];
        double[][] g = new double[ell][m];
        for (int i = 0; i < m; i++) {
            pre[i] = net.preActivation(i, x0, 0);
            for (int c = 0; c < ell; c++) {
                g[c][i] = net.w()[i * d + d - ell + c];
            }
        }
        // Orthonormal basis V of a space containing span{g_i}: the first min(ell, m) columns of Q in g = QR (no rank
        // test: an unpivoted QR of a wide or rank-deficient matrix can show a tiny R_ii while the rank is full, and extra
        // basis directions only enlarge the search space, which already contains the minimizer).
        double largest = 0;
        for (double[] row : g) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        if (largest == 0) {
            return Double.POSITIVE_INFINITY;   // the off-manifold parts vanish: N is constant along M-perp
        }
        RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(g, false)).getQ();
        int rank = Math.min(ell, m);
        double[][] h = new double[m][rank];    // h_i = V^T g_i
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < rank; k++) {
                double s = 0;
                for (int c = 0; c < ell; c++) {
                    s += q.getEntry(c, k) * g[c][i];
                }
                h[i][k] = s;
            }
        }
        double best = Double.POSITIVE_INFINITY;
        double[][] identity = new double[rank][rank];
        for (int k = 0; k < rank; k++) {
            identity[k][k] = 1;
        }
        QuadraticFunction objective = new QuadraticFunction(identity, new double[rank], 0);
        ADMMQPOption option = new ADMMQPOption();
        option.setPolishing(false);   // Hipparchus 4.0.2's polishing step fails ("matrix is singular") even on x >= 1
        option.setEps(1e-10);
        for (int pattern = 0; pattern < (1 << m); pattern++) {
            double[][] a = new double[m + 1][rank];
            double[] lower = new double[m + 1];
            for (int i = 0; i < m; i++) {
                double sign = (pattern >> i & 1) == 1 ? 1 : -1;
                for (int k = 0; k < rank; k++) {
                    a[i][k] = sign * h[i][k];
                    if ((pattern >> i & 1) == 1) {
                        a[m][k] += -y0 * net.u()[i] * h[i][k];
                    }
                }
                lower[i] = -sign * pre[i];
                if ((pattern >> i & 1) == 1) {
                    lower[m] += y0 * net.u()[i] * pre[i];
                }
            }
            LagrangeSolution sol;
            try {
                sol = new ADMMQPOptimizer().optimize(new ObjectiveFunction(objective),
                        new LinearInequalityConstraint(a, lower), option, new org.hipparchus.optim.MaxIter(MAX_ITERATIONS));
            } catch (org.hipparchus.exception.MathIllegalStateException e) {
                continue;   // no convergence within MAX_ITERATIONS: the pattern's region does not meet the flip set
            }
            double[] b = sol.getX().toArray();
            double norm = 0;
            for (double v : b) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm < best && flips(net, x0, q, b, ell, n0)) {
                best = norm;
            }
        }
        return best;
    }

    private static boolean flips(MyvNetwork net, double[] x0, RealMatrix q, double[] b, int ell, double n0) {
        int d = net.d();
        double[] x = x0.clone();
        for (int c = 0; c < ell; c++) {
            double s = 0;
            for (int k = 0; k < b.length; k++) {
                s += q.getEntry(c, k) * b[k];
            }
            x[d - ell + c] += s;
        }
        double scale = Math.abs(n0);
        for (int i = 0; i < net.m(); i++) {
            scale += Math.abs(net.u()[i] * net.preActivation(i, x, 0));
        }
        return Math.signum(n0) * net.output(x, 0) <= 1e-8 * scale;
    }
}
