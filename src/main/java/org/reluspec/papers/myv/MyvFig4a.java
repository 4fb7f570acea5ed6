package org.reluspec.papers.myv;

import org.reluspec.stats.Medians;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.Size;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.plots.Plots;
import org.reluspec.data.Dataset;
import org.reluspec.harness.TrialStreams;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.BiasedGd;
import org.reluspec.train.BiasedNetwork;

/**
 * MYV Figure 4(a) (F000 only): distance to the decision boundary against the first-layer initialization scale, for
 * random points on a low-dimensional sphere embedded in a larger space, attacked on the data subspace, off it, and
 * unprojected. Scaled to this machine and to a two-layer network: the sphere of radius {@code sqrt(k)} in a
 * Haar-random {@code k = 28}-dimensional subspace of {@code R^196} (the paper: 28 in 784), teacher labels, 100
 * training points, width 100, PyTorch default init with the first layer divided by {@code f in {1, 2, 4, 8}} (the
 * paper's factor values are unreadable), GD step 0.05 until margin 0.1 (at most 3000 steps). Attack: the exact smallest
 * flip along the input gradient projected onto {@code P}, onto {@code P-perp}, or unprojected (one exact line walk per
 * test point, a one-step version of the paper's PGD), at 50 fresh sphere points. The paper's claims, checked on the
 * medians over seeds: off-subspace and unprojected distances at {@code f = 8} are at least twice those at
 * {@code f = 1}; on-subspace distances change by less than a factor 2. Paper size: {@code R^784}, as printed.
 */
public final class MyvFig4a implements Experiment {

    static final int K = 28;
    static final int TRAIN = 100;
    static final int TEST = 50;
    static final int WIDTH = 100;
    static final double[] FACTORS = {1, 2, 4, 8};
    static final String[] ATTACKS = {"on-subspace", "off-subspace", "unprojected"};

    @Override
    public String id() {
        return "MYV-Fig4a";
    }

    @Override
    public String title() {
        return "distance to the boundary vs first-layer init scale: on-, off-subspace and unprojected attacks";
    }

    @Override
    public String source() {
        return "F000 Figure 4(a) (catalogue 6.1)";
    }

    private static int dimension(Size size) {
        return size == Size.PAPER ? 784 : 196;
    }

    @Override
    public String paperScale() {
        return "the 28-dimensional sphere in R^784 instead of R^196 (still a two-layer network; the paper's depth, "
                + "factors and PGD schedule are unreadable)";
    }

    @Override
    public List<Configuration> configurations(Size size) {
        List<Configuration> out = new ArrayList<>();
        for (double f : FACTORS) {
            List<HypothesisResult> h = MyvExperimentHypotheses.toy(true, false, false);
            out.add(new Configuration("f=" + (int) f, "first layer / " + (int) f + ", GD 0.05, margin 0.1", h));
        }
        return out;
    }

    @Override
    public List<Unit> units(Run run) {
        long seed = run.seed();
        int dim = dimension(run.size());
        List<Unit> out = new ArrayList<>();
        for (int s = 0; s < run.seeds(); s++) {
            int trial = s;
            // one unit per seed: its dataset is shared by every factor, so the factors differ only in the init scale
            out.add(new Unit(Run.address(id(), "every f", s), () -> {
                UniformRandomProvider dataRng = new TrialStreams(seed, id() + "/data", 0).forTrial(trial);
                DataSubspace p = DataSubspace.random(dim, dim - K, dataRng);
                Dataset train = sphere(p, TRAIN, dataRng);
                Dataset test = sphere(p, TEST, dataRng);
                double[] u = new double[FACTORS.length * ATTACKS.length];
                for (int f = 0; f < FACTORS.length; f++) {
                    BiasedNetwork net = BiasedNetwork.pytorchDefault(dim, WIDTH, FACTORS[f], 1,
                            new TrialStreams(seed, id(), f).forTrial(trial));
                    new BiasedGd(0.05, 0, false, 3000, 0.1).train(net, train);
                    for (int a = 0; a < ATTACKS.length; a++) {
                        u[f * ATTACKS.length + a] = medianAttack(net, p, test, a);
                    }
                }
                return u;
            }));
        }
        return out;
    }

    @Override
    public ExperimentResult run(Run run) {
        long seed = run.seed();
        int seeds = run.seeds();
        Size size = run.size();
        Path plotDir = run.plotDir();
        long start = System.nanoTime();
        double[][][] medians = new double[FACTORS.length][ATTACKS.length][seeds];
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        java.util.Map<String, double[]> values = run.compute(id(), units(run));
        for (int s = 0; s < seeds; s++) {
            double[] u = values.get(Run.address(id(), "every f", s));
            for (int f = 0; f < FACTORS.length; f++) {
                for (int a = 0; a < ATTACKS.length; a++) {
                    medians[f][a][s] = u[f * ATTACKS.length + a];
                }
            }
        }
        for (int f = 0; f < FACTORS.length; f++) {
            for (int a = 0; a < ATTACKS.length; a++) {
                rows.add(new ExperimentResult.Measurement("f=" + (int) FACTORS[f], "median " + ATTACKS[a]
                        + " flip distance", medians[f][a], Medians.median(medians[f][a])));
            }
        }
        int last = FACTORS.length - 1;
        List<ExperimentResult.Check> checks = new ArrayList<>();
        for (int a = 1; a < ATTACKS.length; a++) {
            double lo = Medians.median(medians[0][a]);
            double hi = Medians.median(medians[last][a]);
            checks.add(new ExperimentResult.Check(ATTACKS[a] + " distance f=8 >= 2 x f=1", hi, 2 * lo, hi >= 2 * lo));
        }
        double on1 = Medians.median(medians[0][0]);
        double on8 = Medians.median(medians[last][0]);
        checks.add(new ExperimentResult.Check("on-subspace distance f=8 >= f=1 / 2", on8, on1 / 2, on8 >= on1 / 2));
        checks.add(new ExperimentResult.Check("on-subspace distance f=1 >= f=8 / 2", on1, on8 / 2, on1 >= on8 / 2));
        return new ExperimentResult(id(), size, seed, seeds, rows, checks, List.of(plot(medians, plotDir)),
                (System.nanoTime() - start) * 1e-9);
    }

    /** Points of norm sqrt(K) in P, labelled by a fixed rule on their P-coordinates (balanced classes). */
    private static Dataset sphere(DataSubspace p, int n, UniformRandomProvider rng) {
        int d = p.d();
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[n * d];
        double[] y = new double[n];
        double[] c = new double[K];
        double[] row = new double[d];
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (int k = 0; k < K; k++) {
                c[k] = g.sample();
                norm += c[k] * c[k];
            }
            double scale = Math.sqrt(K / norm);
            for (int k = 0; k < K; k++) {
                c[k] *= scale;
            }
            p.pointInP(c, row);
            System.arraycopy(row, 0, x, j * d, d);
            // Teacher: the sign of a fixed quadratic form of the first two sphere coordinates gives balanced classes.
            y[j] = c[0] * c[1] + 0.5 * c[2] >= 0 ? 1 : -1;
        }
        return new Dataset(x, y, d);
    }

    private static double medianAttack(BiasedNetwork net, DataSubspace p, Dataset test, int attack) {
        int d = test.d();
        double[] dist = new double[test.size()];
        double[] grad = new double[d];
        double[] perp = new double[d - K];
        double[] perpVec = new double[d];
        for (int j = 0; j < test.size(); j++) {
            double[] x = test.example(j);
            net.inputGradient(x, grad);
            double[] dir = grad.clone();
            if (attack != 2) {
                p.perpCoordinates(grad, 0, perp);
                p.fromPerpCoordinates(perp, perpVec);
                for (int k = 0; k < d; k++) {
                    dir[k] = attack == 1 ? perpVec[k] : grad[k] - perpVec[k];
                }
            }
            double norm = 0;
            for (double v : dir) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                dist[j] = BoundaryExperiment.T_MAX;
                continue;
            }
            double sign = net.output(x, 0) > 0 ? -1 : 1;   // move against the current sign
            for (int k = 0; k < d; k++) {
                dir[k] *= sign / norm;
            }
            dist[j] = Math.min(BoundaryExperiment.T_MAX, net.flipDistance(x, dir, BoundaryExperiment.T_MAX));
        }
        return Medians.median(dist);
    }

    private String plot(double[][][] medians, Path dir) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": flip distance vs init factor")
                .xAxisTitle("first-layer init divided by f").yAxisTitle("median flip distance (over seeds)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        for (int a = 0; a < ATTACKS.length; a++) {
            double[] y = new double[FACTORS.length];
            double[] err = new double[FACTORS.length];
            for (int f = 0; f < FACTORS.length; f++) {
                double[] v = medians[f][a];
                y[f] = Medians.median(v);
                double min = java.util.Arrays.stream(v).min().orElse(y[f]);
                double max = java.util.Arrays.stream(v).max().orElse(y[f]);
                err[f] = 0.5 * (max - min);
            }
            chart.addSeries(ATTACKS[a], FACTORS, y, err);
        }
        return Plots.savePng(chart, dir, id() + "-distance.png");
    }
}
