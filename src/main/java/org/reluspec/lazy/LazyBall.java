package org.reluspec.lazy;

import org.reluspec.kernel.RowBall;
import org.reluspec.kernel.Vectors;

/**
 * The lazy ball {@code B_{2,inf}(W0, V) = {W : max_s ||w_s - w_{s,0}|| <= V}} (WUMA Definition 2.1 takes
 * {@code V = C0 / sqrt m}). Each row moves independently, which makes the extremes of {@code f(x)} over the ball
 * separable: {@code w_s . x} ranges exactly over {@code [g_s - V||x||, g_s + V||x||]} with {@code g_s = w_{s,0} . x}.
 */
public final class LazyBall {

    private final LazyNetwork center;
    private final double radius;

    /**
     * @param center the initialization {@code (a, W0)}
     * @param radius {@code V >= 0}
     */
    public LazyBall(LazyNetwork center, double radius) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("lazy radius V must be finite and >= 0, got " + radius);
        }
        this.center = center;
        this.radius = radius;
    }

    /**
     * @param center the initialization
     * @param c0 the constant {@code C0 >= 0}
     * @return {@code B_{2,inf}(W0, C0 / sqrt m)}
     */
    public static LazyBall lazyRegime(LazyNetwork center, double c0) {
        return new LazyBall(center, c0 / Math.sqrt(center.m()));
    }

    /** @return the initialization */
    public LazyNetwork center() {
        return center;
    }

    /** @return {@code V} */
    public double radius() {
        return radius;
    }

    /**
     * @param w a first layer of the center's shape
     * @return {@code max_s ||w_s - w_{s,0}||}
     */
    public double distance(double[] w) {
        double max = 0;
        for (int s = 0; s < center.m(); s++) {
            max = Math.max(max, rowDistance(w, s));
        }
        return max;
    }

    /**
     * {@link #distance}, each row's distance recorded in {@code reach}.
     *
     * @param w a first layer of the center's shape
     * @param reach the training's row bounds
     * @return {@code max_s ||w_s - w_{s,0}||}
     */
    double measure(double[] w, RowReach reach) {
        double max = 0;
        for (int s = 0; s < center.m(); s++) {
            double distance = rowDistance(w, s);
            reach.measured(s, distance);
            max = Math.max(max, distance);
        }
        return max;
    }

    /**
     * @param w a first layer
     * @return whether it lies in the ball
     */
    public boolean contains(double[] w) {
        return distance(w) <= radius;
    }

    /**
     * The Euclidean projection onto the ball, row by row (the ball is a product of balls): a row farther than
     * {@code V} from its initialization is pulled radially back to distance {@code V}.
     *
     * @param w a first layer, overwritten by its projection
     */
    public void project(double[] w) {
        for (int s = 0; s < center.m(); s++) {
            projectRow(w, s);
        }
    }

    /**
     * Row {@code s} of {@link #project} (rows are projected independently).
     *
     * @param w a first layer, row {@code s} overwritten by its projection
     * @param s the row
     * @return the row's computed distance to its initialization afterwards ({@code <= V}, or NaN or infinity when
     *         the row is not finite)
     */
    double projectRow(double[] w, int s) {
        double[] w0 = center.firstLayer();
        int d = center.d();
        double norm = rowDistance(w, s);
        if (norm > radius) {
            RowBall.shrinkRow(w, w0, s * d, d, radius / norm);
        }
        // Rounding can leave a row a few ulps outside: pull it in until membership holds exactly.
        double pull = 1e-15;
        for (int attempt = 0; attempt < 40 && rowDistance(w, s) > radius; attempt++, pull *= 2) {
            RowBall.shrinkRow(w, w0, s * d, d, 1 - pull);
        }
        return rowDistance(w, s);
    }

    private double rowDistance(double[] w, int s) {
        double[] w0 = center.firstLayer();
        int d = center.d();
        return Math.sqrt(Vectors.squaredDistance(w, s * d, w0, s * d, d));
    }

    /**
     * {@code max_{W in ball} f(x; a, W) = (1/sqrt m) [sum_{a_s = +1} relu(g_s + V||x||) - sum_{a_s = -1} relu(g_s -
     * V||x||)]}: each term is monotone in {@code w_s . x}, which reaches {@code g_s +- V||x||} at
     * {@code w_s = w_{s,0} +- V x/||x||}.
     *
     * @param x input
     * @return the exact maximum of {@code f(x)} over the ball
     */
    public double supValue(double[] x) {
        return extreme(x, 1);
    }

    /**
     * @param x input
     * @return the exact minimum of {@code f(x)} over the ball (the mirror of {@link #supValue})
     */
    public double infValue(double[] x) {
        return extreme(x, -1);
    }

    /**
     * @param x input
     * @return {@code max_{W in ball} |f(x; a, W)| = max(sup f, -inf f)}
     */
    public double supAbsValue(double[] x) {
        return Math.max(supValue(x), -infValue(x));
    }

    private double extreme(double[] x, double direction) {
        double reach = radius * Math.sqrt(Vectors.squaredNorm(x));
        double[] a = center.signs();
        double sum = 0;
        for (int s = 0; s < center.m(); s++) {
            double g = center.preActivation(s, x);
            double push = a[s] * direction > 0 ? reach : -reach;
            sum += a[s] * Math.max(0, g + push);
        }
        return sum / Math.sqrt(center.m());
    }

    /**
     * The extreme point attaining {@link #supValue} ({@code direction = +1}) or {@link #infValue} ({@code -1}).
     *
     * @param x input
     * @param direction {@code +1} or {@code -1}
     * @return the first layer {@code w_s = w_{s,0} + direction a_s V x / ||x||}
     */
    public double[] extremePoint(double[] x, double direction) {
        double norm = Math.sqrt(Vectors.squaredNorm(x));
        double[] w0 = center.firstLayer();
        double[] a = center.signs();
        int d = center.d();
        double[] w = w0.clone();
        for (int s = 0; s < center.m(); s++) {
            double step = direction * a[s] * radius / norm;
            for (int k = 0; k < d; k++) {
                w[s * d + k] += step * x[k];
            }
        }
        project(w);
        return w;
    }
}
