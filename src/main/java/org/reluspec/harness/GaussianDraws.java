package org.reluspec.harness;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The Gaussian building blocks of the trials, each drawing only from the generator it is given. Call order is part
 * of reproducibility: every method documents what it draws.
 */
public final class GaussianDraws {

    private GaussianDraws() {
    }

    /**
     * Draws {@code n} standard normals.
     *
     * @param g the sampler
     * @param n how many
     * @return their sum of squares, distributed as {@code chi2_n}
     */
    public static double squaredNorm(ZigguratSampler.NormalizedGaussian g, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double v = g.sample();
            s += v * v;
        }
        return s;
    }

    /**
     * Draws {@code m} vectors of {@code n} standard normals (vector by vector), each multiplied by its coefficient,
     * and returns the squared norm of their sum.
     *
     * @param g the sampler
     * @param coefficients one coefficient per vector ({@code m = coefficients.length})
     * @param n dimension
     * @param scratch work array of length at least {@code n}
     * @return {@code ||sum_i c_i g_i||^2}
     */
    public static double squaredNormOfCombination(ZigguratSampler.NormalizedGaussian g, double[] coefficients, int n,
                                                  double[] scratch) {
        java.util.Arrays.fill(scratch, 0, n, 0.0);
        for (double c : coefficients) {
            for (int k = 0; k < n; k++) {
                scratch[k] += c * g.sample();
            }
        }
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += scratch[k] * scratch[k];
        }
        return s;
    }

    /**
     * Draws {@code m} vectors of {@code n} standard normals, scales each by {@code sigma}, and returns the squared
     * norm of their sum (distributed as {@code m sigma^2 chi2_n}).
     *
     * @param g the sampler
     * @param m number of summands
     * @param n dimension
     * @param sigma standard deviation of every coordinate
     * @param scratch work array of length at least {@code n}
     * @return {@code ||sum_i sigma g_i||^2}
     */
    public static double squaredNormOfIidSum(ZigguratSampler.NormalizedGaussian g, int m, int n, double sigma,
                                             double[] scratch) {
        java.util.Arrays.fill(scratch, 0, n, 0.0);
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < n; k++) {
                scratch[k] += sigma * g.sample();
            }
        }
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += scratch[k] * scratch[k];
        }
        return s;
    }

    /**
     * Draws {@code n} uniforms ({@code nextDouble}) and counts those below {@code p}: one {@code Bin(n, p)} variate
     * built from its Bernoulli summands.
     *
     * @param rng the generator
     * @param n number of Bernoulli trials
     * @param p success probability
     * @return the number of successes
     */
    public static int bernoulliSum(UniformRandomProvider rng, int n, double p) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                count++;
            }
        }
        return count;
    }

    /**
     * Draws {@code coefficients.length} uniform random signs, one {@code nextBoolean} each, into {@code out} as
     * {@code +-scale}.
     *
     * @param rng the generator
     * @param scale magnitude
     * @param out receives the signed values
     */
    public static void randomSigns(UniformRandomProvider rng, double scale, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextBoolean() ? scale : -scale;
        }
    }
}
