package org.reluspec.papers.wuma;

import org.reluspec.stats.Medians;


import org.reluspec.data.Dataset;
import org.reluspec.lazy.FlipStep;
import org.reluspec.lazy.L2Pgd;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.linalg.DenseProducts;

/**
 * What the WUMA section 5 experiments share: the per-test-point measurements of the smallest sign-flipping gradient
 * step and the robustness test (the datasets are {@link LazyData}).
 */
final class LazyExperiments {

    /** SGD batch size (the paper does not give it). */
    static final int BATCH = 8;

    private LazyExperiments() {
    }

    /**
     * Medians over the test points of the smallest flipping step (points without any flip along the gradient count
     * as infinitely far, so the median is robust to a few of them).
     *
     * @return {@code {median ||delta*||, median ||grad f||, median |eta*|, test error, fraction without a flip}}
     */
    static double[] flipMedians(LazyNetwork net, Dataset test, DenseProducts products) {
        int n = test.size();
        double[] delta = new double[n];
        double[] grad = new double[n];
        double[] eta = new double[n];
        int errors = 0;
        int noFlip = 0;
        FlipStep[] steps = FlipStep.minimalAll(net, test, products);
        for (int j = 0; j < n; j++) {
            FlipStep step = steps[j];
            delta[j] = step.perturbationNorm();
            grad[j] = step.gradientNorm();
            eta[j] = Math.abs(step.eta());
            errors += test.y()[j] * step.value() > 0 ? 0 : 1;
            noFlip += step.flips() ? 0 : 1;
        }
        return new double[] {Medians.median(delta), Medians.median(grad), Medians.median(eta), (double) errors / n,
            (double) noFlip / n};
    }

    static double testError(LazyNetwork net, Dataset test) {
        int errors = 0;
        for (int j = 0; j < test.size(); j++) {
            errors += test.y()[j] * net.value(test.example(j)) > 0 ? 0 : 1;
        }
        return (double) errors / test.size();
    }

    /** L2 PGD on the loss within {@code ||x' - x|| <= r}, then whether {@code x'} is still classified correctly. */
    static boolean robust(LazyNetwork net, double[] x, double y, double r, int steps) {
        double[] z = x.clone();
        if (L2Pgd.attack(net, z, y, r, steps, true)) {
            return false;
        }
        // the exact flip along the final gradient completes the attack
        FlipStep step = FlipStep.minimal(net, z);
        double used = Math.sqrt(distanceSquared(z, x));
        return !(step.flips() && step.perturbationNorm() + used <= r);
    }

    private static double distanceSquared(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return s;
    }
}
