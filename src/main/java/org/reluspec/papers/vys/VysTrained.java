package org.reluspec.papers.vys;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.reluspec.data.Dataset;
import org.reluspec.data.SphereData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.kernel.Vectors;
import org.reluspec.kkt.KktPoints;
import org.reluspec.kkt.KktVerifier;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.HomogeneousGd;

/**
 * Trained near-KKT networks for the VYS Theorem 4.1 family (T4.1, C4.1, Lemmas C.1-C.8, Eqs. (5)-(6)): a dataset that
 * satisfies Theorem 4.1's H1-H3, a width-{@code k} network with PyTorch's default initialization (output bias 0:
 * 2-homogeneous), section 6's training (exponential loss, learning rate 1e-5 x 1.1 every 100 steps, until the loss is
 * below 1e-30 or the step budget), and the KKT verifier's multipliers at the normalized point. Cached per
 * (master seed, setting, instance) so that every claim of the family checks the same networks.
 *
 * <p>Data kinds: {@code orthogonal} = {@code sqrt(d)} times rows of a Haar orthogonal matrix ({@code p} at rounding
 * level), {@code sphere} = uniform on {@code sqrt(d) S^{d-1}} redrawn until {@code c' <= 1/3}. Labels alternate, so
 * both classes are present ({@code c = floor(m/2)/m}).
 */
final class VysTrained {

    /** The step budget of one training run. */
    static final int MAX_STEPS = 100000;

    /**
     * One trained instance and the data quantities of Theorem 4.1.
     *
     * @param data the dataset
     * @param run the training run ({@code null} for a constructed point)
     * @param kkt the verifier's report (its {@code normalized} network has smallest margin 1)
     * @param p {@code max_{i != j} |<x_i,x_j>|} over the margin set {@code I}
     * @param c {@code min(|I+|, |I-|)/m} over the margin set
     * @param cPrime {@code m (p+1)/(d+1)}
     * @param eta1 {@code (p+1)/(d - m p)}
     * @param eta2 {@code 2 (c c' + 1)(d+1)/(m c (d - m p))}
     * @param u {@code sum_{l in I} y_l x_l}
     */
    record Instance(Dataset data, HomogeneousGd.Result run, KktVerifier.Report kkt, double p, double c, double cPrime,
                    double eta1, double eta2, double[] u) {

        /** @return {@code z = (eta1 + eta2) u} */
        double[] z() {
            double[] z = u.clone();
            for (int t = 0; t < z.length; t++) {
                z[t] *= eta1 + eta2;
            }
            return z;
        }

        /**
         * The tolerance for an inequality of the proof evaluated at the near-KKT point: a stationarity residual
         * {@code r} (relative size {@code eps}) moves a pre-activation {@code w_j.x + b_j} by at most
         * {@code ||r_j|| (||x|| + 1)} and {@code N} by {@code sum_j |v_j| ||r_j|| (||x|| + 1) <= eps ||theta|| ||v||
         * (||x|| + 1)}; at the normalized point, with {@code ||x|| <= sqrt(d) + ||z||}.
         *
         * @return {@code eps ||theta|| max(1, ||v||) (sqrt(d) + ||z|| + 1)}
         */
        double tolerance() {
            BiasedNetwork n = kkt.normalized();
            double theta = 0;
            double v = 0;
            for (double w : n.firstLayer()) {
                theta += w * w;
            }
            for (double b : n.biases()) {
                theta += b * b;
            }
            for (double o : n.outputWeights()) {
                theta += o * o;
                v += o * o;
            }
            double zNorm = (eta1 + eta2) * Math.sqrt(Vectors.squaredNorm(u));
            return kkt.relativeResidual() * Math.sqrt(theta) * Math.max(1, Math.sqrt(v))
                    * (Math.sqrt(data.d()) + zNorm + 1);
        }
    }

    /** Trained instances kept for reuse across the claims of one point (T4.1, C.1-C.8 read the same networks). */
    static final int CACHE_SIZE = 64;

    /**
     * A bounded least-recently-used cache: an instance is a pure function of its key, so an evicted one is rebuilt
     * bit-identically, and memory stays bounded however many points a run or a search visits.
     */
    private static final Map<String, Instance> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instance> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Builds under way, by key (guarded by {@code CACHE}). */
    private static final Map<String, java.util.concurrent.FutureTask<Instance>> BUILDING = new java.util.HashMap<>();

    private VysTrained() {
    }

    /**
     * @param seed master seed
     * @param kind {@code "orthogonal"} or {@code "sphere"}
     * @param d input dimension
     * @param m examples
     * @param k width
     * @param index instance index
     * @return the trained instance (cached)
     */
    static Instance get(long seed, String kind, int d, int m, int k, int index) {
        String key = seed + "/" + kind + "/" + d + "/" + m + "/" + k + "/" + index;
        java.util.concurrent.FutureTask<Instance> task;
        boolean mine = false;
        synchronized (CACHE) {
            Instance cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            // one build per key: a point that needs an instance another thread is training waits for it
            task = BUILDING.get(key);
            if (task == null) {
                task = new java.util.concurrent.FutureTask<>(() -> build(seed, kind, d, m, k, index));
                BUILDING.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();   // outside the lock: builds of other keys run meanwhile
        }
        try {
            Instance built = org.reluspec.util.SideBySide.get(task);
            synchronized (CACHE) {
                return CACHE.computeIfAbsent(key, x -> built);   // in the cache before the build is forgotten
            }
        } finally {
            if (mine) {
                synchronized (CACHE) {
                    BUILDING.remove(key);
                }
            }
        }
    }

    private static Instance build(long seed, String kind, int d, int m, int k, int index) {
        UniformRandomProvider rng = new TrialStreams(seed, "VYS/trained/" + kind + "/" + d + "/" + m + "/" + k, 0)
                .forTrial(index);
        double[][] x = kind.equals("orthogonal") ? SphereData.orthogonal(d, m, rng) : sphere(d, m, rng);
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        Dataset data = Dataset.ofRows(x, y);
        BiasedNetwork init = BiasedNetwork.pytorchDefault(d, k, 1, rng);
        BiasedNetwork net = BiasedNetwork.of(init.firstLayer(), init.biases(), init.outputWeights(), 0);
        HomogeneousGd.Result run = HomogeneousGd.paperSchedule(HomogeneousGd.Loss.EXPONENTIAL, MAX_STEPS, 1000)
                .train(net, data);
        return of(data, net, run, new KktVerifier.Settings(0.1, 1e-9, 1e-3));
    }

    /**
     * An exact KKT point ({@link KktPoints#orthogonalBalancedKkt}) on {@code m} orthogonal examples (first half
     * positive), plus {@code offMargin} examples {@code 2 x_i} of the first examples' labels, which lie strictly
     * outside the margin (Corollary 4.1's setting; their multipliers are 0).
     *
     * @param seed master seed
     * @param d input dimension
     * @param m margin examples (even)
     * @param offMargin extra examples off the margin
     * @param index instance index
     * @return the instance
     */
    static Instance constructed(long seed, int d, int m, int offMargin, int index) {
        UniformRandomProvider rng = new TrialStreams(seed, "VYS/constructed/" + d + "/" + m + "/" + offMargin, 0)
                .forTrial(index);
        double[][] x = SphereData.orthogonal(d, m, rng);
        BiasedNetwork net = KktPoints.orthogonalBalancedKkt(x, new double[] {1 + rng.nextDouble(), rng.nextDouble()},
                new double[] {1 + rng.nextDouble()});
        double[][] all = new double[m + offMargin][];
        double[] y = new double[m + offMargin];
        for (int i = 0; i < m + offMargin; i++) {
            all[i] = x[i % m].clone();
            if (i >= m) {
                for (int t = 0; t < d; t++) {
                    all[i][t] *= 2;
                }
            }
            y[i] = i % m < m / 2 ? 1 : -1;
        }
        return of(Dataset.ofRows(all, y), net, null, KktVerifier.Settings.exact());
    }

    /** The verifier's report and Theorem 4.1's data quantities over the margin set. */
    static Instance of(Dataset data, BiasedNetwork net, HomogeneousGd.Result run, KktVerifier.Settings settings) {
        KktVerifier.Report kkt = KktVerifier.verify(net, data, settings);
        int d = data.d();
        int[] set = kkt.marginSet();
        int m = set.length;
        double[][] x = new double[m][];
        int plus = 0;
        double[] u = new double[d];
        for (int a = 0; a < m; a++) {
            x[a] = data.example(set[a]);
            double y = data.y()[set[a]];
            plus += y > 0 ? 1 : 0;
            for (int t = 0; t < d; t++) {
                u[t] += y * x[a][t];
            }
        }
        double p = SphereData.maxAbsInnerProduct(x);
        double c = Math.min(plus, m - plus) / (double) m;
        double cPrime = m * (p + 1) / (d + 1);
        double eta1 = (p + 1) / (d - m * p);
        double eta2 = 2 * (c * cPrime + 1) * (d + 1) / (m * c * (d - m * p));
        return new Instance(data, run, kkt, p, c, cPrime, eta1, eta2, u);
    }

    private static double[][] sphere(int d, int m, UniformRandomProvider rng) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double[][] x = SphereData.sample(d, m, rng);
            if (m * (SphereData.maxAbsInnerProduct(x) + 1) / (d + 1.0) <= 1.0 / 3) {
                return x;
            }
        }
        throw new IllegalArgumentException("no sphere dataset with c' <= 1/3 in 1000 draws at d = " + d + ", m = " + m);
    }

}
