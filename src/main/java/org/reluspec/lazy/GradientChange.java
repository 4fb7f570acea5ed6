package org.reluspec.lazy;

import org.reluspec.kernel.Vectors;
import org.reluspec.train.RayWalk;

/**
 * The largest change of the input gradient along a segment, {@code max_{t in [0,1]} ||grad f(x + t delta) - grad
 * f(x)||}, exactly: {@code grad f} is piecewise constant along the segment and changes by {@code +-a_s w_s / sqrt m}
 * when neuron {@code s} crosses its kink, so one walk over the sorted breakpoints visits every value it takes.
 * This is the quantity WUMA's key inequality (PF3.1) and Lemma B.9 bound.
 */
public final class GradientChange {

    private GradientChange() {
    }

    /**
     * @param net the network
     * @param x segment start
     * @param delta segment direction and length
     * @return {@code max_{t in [0,1]} ||grad f(x + t delta) - grad f(x)||}
     */
    public static double maxOnSegment(LazyNetwork net, double[] x, double[] delta) {
        int d = net.d();
        double[] h = net.preActivations(x);
        double[] slope = net.preActivations(delta);
        // relu'(0) = 1: at t = 0 the gradient counts h_s >= 0; just after 0 the walk's active set (h_s > 0, or
        // h_s = 0 moving up) applies. Neurons at exactly 0 moving down leave at t = 0+.
        double[] diff = new double[d];
        double[] w = net.firstLayer();
        double[] a = net.signs();
        double scale = 1 / Math.sqrt(net.m());
        RayWalk walk = new RayWalk(h, slope, 1);
        for (int s = 0; s < net.m(); s++) {
            boolean atZero = h[s] >= 0;
            boolean after = walk.activeAtStart(s);
            if (atZero != after) {
                Vectors.axpy((after ? 1 : -1) * scale * a[s], w, s * d, diff, 0, d);
            }
        }
        double max = Vectors.squaredNorm(diff);
        // At a breakpoint itself relu'(0) = 1 keeps a leaving neuron active and makes an entering one active; the walk
        // orders entering before leaving at equal t, so evaluating after every toggle visits that value too.
        for (int k = 0; k < walk.breakpoints(); k++) {
            int s = walk.neuronAt(k);
            Vectors.axpy((slope[s] > 0 ? 1 : -1) * scale * a[s], w, s * d, diff, 0, d);
            max = Math.max(max, Vectors.squaredNorm(diff));
        }
        return Math.sqrt(max);
    }
}
