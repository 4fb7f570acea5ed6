package org.reluspec.papers.vys;

import org.reluspec.stats.Medians;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.kkt.KktVerifier;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.HomogeneousGd;

/**
 * What the VYS section 6 experiments share: random data on {@code sqrt(d) S^{d-1}} with independent uniform labels
 * (both classes present), section 6's training ({@link HomogeneousGd#paperSchedule}, exponential loss, until the loss
 * is below 1e-30), the margin set ("on the margin": {@code y_i N(x_i) <= 1.1 min_l y_l N(x_l)}), and the paper's
 * measurement: the smallest {@code c > 0} such that {@code y_i N(x_i - y_i c z/||z||) < 0} for every {@code i} on the
 * margin, {@code z = sum_{i in I} y_i x_i} (one direction for all; exact per example by the ray walk, then the
 * maximum over examples).
 */
final class VysExperiments {

    /** Step budget of one training run (the schedule needs about 72,000 steps to reach 1e-30). */
    static final int MAX_STEPS = 120000;

    private VysExperiments() {
    }

    /** @return the median of the non-NaN values (NaN when there are none) */
    static double median(double[] values) {
        double[] kept = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        return kept.length == 0 ? Double.NaN : Medians.median(kept);
    }

    /**
     * One trained run.
     *
     * @param data the data
     * @param net the trained network
     * @param run the training run
     * @param margin indices on the margin
     * @param perturbation the paper's minimal {@code c}
     * @param p {@code max_{i != j} |<x_i,x_j>|} over all examples
     * @param diverged whether the schedule's growing learning rate made the weights overflow (then the other fields
     *                 are {@code null} or NaN)
     */
    record Run(Dataset data, BiasedNetwork net, HomogeneousGd.Result run, int[] margin, double perturbation, double p,
               boolean diverged) {
    }

    static Run train(int d, int m, int width, UniformRandomProvider rng, DenseProducts products) {
        double[][] x = SphereData.sample(d, m, rng);
        double[] y = new double[m];
        boolean both;
        do {
            int plus = 0;
            for (int i = 0; i < m; i++) {
                y[i] = rng.nextBoolean() ? 1 : -1;
                plus += y[i] > 0 ? 1 : 0;
            }
            both = plus > 0 && plus < m;
        } while (!both);
        Dataset data = Dataset.ofRows(x, y);
        double[] flat = data.x();
        BiasedNetwork init = BiasedNetwork.pytorchDefault(d, width, 1, rng);
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
        HomogeneousGd.Result run;
        try {
            run = HomogeneousGd.paperSchedule(HomogeneousGd.Loss.EXPONENTIAL, MAX_STEPS, 0).with(products)
                    .train(net, data);
        } catch (ArithmeticException e) {
            // the schedule multiplies the learning rate without bound: a run whose loss has not fallen enough by then
            // overflows; the paper does not say what it did with such runs, so they are counted, not hidden
            return new Run(data, null, null, new int[0], Double.NaN, SphereData.maxAbsInnerProduct(x), true);
        }
        double min = Double.POSITIVE_INFINITY;
        double[] q = new double[m];
        for (int i = 0; i < m; i++) {
            q[i] = y[i] * net.output(flat, i * d);
            min = Math.min(min, q[i]);
        }
        List<Integer> margin = new ArrayList<>();
        double[] z = new double[d];
        for (int i = 0; i < m; i++) {
            if (q[i] <= 1.1 * min) {
                margin.add(i);
                for (int t = 0; t < d; t++) {
                    z[t] += y[i] * x[i][t];
                }
            }
        }
        double zn = 0;
        for (double v : z) {
            zn += v * v;
        }
        zn = Math.sqrt(zn);
        double worst = 0;
        double[] dir = new double[d];
        for (int i : margin) {
            for (int t = 0; t < d; t++) {
                dir[t] = -y[i] * z[t] / zn;
            }
            // strictly past the boundary: the walk's distance, which counts reaching N = 0
            worst = Math.max(worst, net.flipDistance(x[i], dir, 1e6));
        }
        return new Run(data, net, run, margin.stream().mapToInt(Integer::intValue).toArray(), worst,
                SphereData.maxAbsInnerProduct(x), false);
    }

    /**
     * Theorem 4.1's hypotheses for a configuration. {@code p} of random sphere data concentrates near
     * {@code 2 sqrt(d ln m)}; H3 fails by a wide margin at every configuration, so the typical value decides it. H4
     * (a KKT point) is measured per run: the relative residual is among the measurements.
     */
    static List<HypothesisResult> hypotheses(int d, int m, double typicalP) {
        List<HypothesisResult> h = new ArrayList<>();
        h.add(HypothesisResult.byConstruction("VYS-T4.1 H1", "||x_i||^2 = d"));
        h.add(VysTheorems.T4_1.qualified("H3", Map.of("d", (double) d, "m", (double) m, "p", typicalP))
                .annotated("also Lemma C.1's; p ~ 2 sqrt(d ln m), typical"));
        return h;
    }

    static double residual(Run r) {
        if (r.diverged()) {
            return Double.NaN;
        }
        return KktVerifier.verify(r.net(), r.data(), new KktVerifier.Settings(0.1, 1e-9, 1e-3)).relativeResidual();
    }
}
