package org.reluspec.papers.myv;

import org.reluspec.stats.Medians;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.Size;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.plots.Plots;
import org.reluspec.data.Dataset;
import org.reluspec.data.SubspaceData;
import org.reluspec.harness.TrialStreams;
import org.reluspec.linalg.DataSubspace;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.LogisticGd;
import org.reluspec.train.MinimalOffManifoldFlip;
import org.reluspec.train.MyvNetwork;

/**
 * Beyond Theorem 5.1: how tight is its perturbation? For trained networks inside the hypothesis regime
 * ({@code d = 2000, ell = 1000, m = 3}) and outside it ({@code d = 200, ell = 100, m = 6}), at test points of both
 * signs: the exact smallest flipping perturbation along two directions in {@code P-perp}, by an exact walk over the
 * ReLU breakpoints ({@link BiasedNetwork#flipDistance}), along the theorem's {@code z} (as proved, with
 * {@code |N(x0)|}) and along the projected input gradient {@code -sign(N(x0)) Pi_{P-perp} grad N(x0)}; and the exact
 * smallest flipping perturbation over all of {@code P-perp} (one convex QP per activation pattern,
 * {@link MinimalOffManifoldFlip}) for the first {@value #QP_POINTS} test points of each seed. Reported: {@code ||z||},
 * the theorem's bound {@code 8 sqrt(2) |N(x0)| (m/k) sqrt(d/ell)}, and the tightness ratios
 * {@code distance / bound}. Checks: along {@code z} the flip happens within {@code ||z||} in the regime (the theorem),
 * and the QP minimum is at most both directional distances (a self-check of the two exact tools).
 */
public final class MyvT5Tightness implements Experiment {

    record Regime(String name, int d, int ell, int m, int r, int steps) {
    }

    static final List<Regime> REGIMES = List.of(new Regime("in regime", 2000, 1000, 3, 10, 30),
            new Regime("outside (H2 fails)", 200, 100, 6, 20, 50));

    static final int POINTS = 20;

    /** Test points per seed that also get the exact QP minimum (2^m QPs each). */
    static final int QP_POINTS = 5;

    @Override
    public String id() {
        return "MYV-T5-tightness";
    }

    @Override
    public String title() {
        return "Theorem 5.1's perturbation vs the exact smallest flip along z and along the projected gradient";
    }

    @Override
    public String source() {
        return "MYV Theorem 5.1 (F000 lines 274-288); suite's own measurement";
    }

    @Override
    public String paperScale() {
        return "the same: not a paper experiment (the regimes are the suite's own)";
    }

    @Override
    public List<Configuration> configurations(Size size) {
        List<Configuration> out = new ArrayList<>();
        for (Regime g : REGIMES) {
            out.add(new Configuration(g.name(), "d=" + g.d() + " ell=" + g.ell() + " m=" + g.m() + " r=" + g.r()
                    + " GD " + g.steps() + " steps, eta 1, teacher labels",
                    List.of(MyvTheorems.T5_1.qualified("H2'", java.util.Map.of("d", (double) g.d(), "ell",
                            (double) g.ell(), "m", (double) g.m())))));
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
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        List<ExperimentResult.Check> checks = new ArrayList<>();
        double[][] ratioZ = new double[REGIMES.size()][];
        double[][] ratioG = new double[REGIMES.size()][];
        double[][] ratioE = new double[REGIMES.size()][];
        for (int g = 0; g < REGIMES.size(); g++) {
            Regime reg = REGIMES.get(g);
            double[] zNorm = new double[seeds];
            double[] flipZ = new double[seeds];
            double[] flipG = new double[seeds];
            double[] bound = new double[seeds];
            double[] exactMin = new double[seeds];
            double[] ratioQp = new double[seeds];
            ratioE[g] = ratioQp;
            int qpAboveDirectional = 0;
            ratioZ[g] = new double[seeds];
            ratioG[g] = new double[seeds];
            int beyond = 0;
            for (int s = 0; s < seeds; s++) {
                UniformRandomProvider rng = new TrialStreams(seed, id(), g).forTrial(s);
                DataSubspace p = DataSubspace.coordinate(reg.d(), reg.ell());
                double[] zs = new double[POINTS];
                double[] fz = new double[POINTS];
                double[] fg = new double[POINTS];
                double[] bs = new double[POINTS];
                double[] qp = new double[QP_POINTS];
                int n = 0;
                // A network whose u_i all have one sign has test points of one sign only (k = 0 for the other): keep
                // training fresh instances until POINTS test points with k_{y0} >= 1 are collected.
                for (int attempt = 0; attempt < 100 && n < POINTS; attempt++) {
                Dataset data = SubspaceData.sample(p, reg.r(), SubspaceData.Labels.TEACHER, rng);
                MyvNetwork net = MyvNetwork.initialize(reg.d(), reg.m(), 1 / Math.sqrt(reg.d()), rng);
                LogisticGd.fullBatch(1, reg.steps()).train(net, data, null, null, run.products());
                BiasedNetwork exact = net.asBiased();
                for (int t = 0; t < 4 * POINTS && n < POINTS; t++) {
                    double[] x0 = SubspaceData.testPoint(p, rng);
                    double out = net.output(x0, 0);
                    int y0 = out > 0 ? 1 : -1;
                    int k = 0;
                    for (int i = 0; i < reg.m(); i++) {
                        if (net.preActivation(i, x0, 0) >= 0 && Math.signum(net.u()[i]) == -y0) {
                            k++;
                        }
                    }
                    if (out == 0 || k == 0) {
                        continue;
                    }
                    double alpha = 8 * Math.sqrt(reg.m()) * reg.d() * Math.abs(out) / (k * (double) reg.ell());
                    double[] z = new double[reg.d()];
                    double zz = 0;
                    for (int c = reg.d() - reg.ell(); c < reg.d(); c++) {
                        double sum = 0;
                        for (int i = 0; i < reg.m(); i++) {
                            sum += -Math.signum(net.u()[i]) * net.w()[i * reg.d() + c];
                        }
                        z[c] = y0 * alpha * sum;
                        zz += z[c] * z[c];
                    }
                    double norm = Math.sqrt(zz);
                    double[] unitZ = scale(z, 1 / norm);
                    double[] grad = new double[reg.d()];
                    net.inputGradient(x0, grad);
                    double[] g2 = new double[reg.d()];
                    double gg = 0;
                    for (int c = reg.d() - reg.ell(); c < reg.d(); c++) {
                        g2[c] = -y0 * grad[c];
                        gg += g2[c] * g2[c];
                    }
                    zs[n] = norm;
                    fz[n] = exact.flipDistance(x0, unitZ, 10 * norm);
                    fg[n] = gg == 0 ? Double.POSITIVE_INFINITY : exact.flipDistance(x0, scale(g2, 1 / Math.sqrt(gg)),
                            1e3 * norm);
                    bs[n] = 8 * Math.sqrt(2) * Math.abs(out) * ((double) reg.m() / k)
                            * Math.sqrt((double) reg.d() / reg.ell());
                    if (fz[n] > norm) {
                        beyond++;
                    }
                    if (n < QP_POINTS) {
                        qp[n] = MinimalOffManifoldFlip.distance(net, reg.ell(), x0);
                        if (qp[n] > Math.min(fz[n], fg[n]) * (1 + 1e-6)) {
                            qpAboveDirectional++;
                        }
                    }
                    n++;
                }
                }
                if (n == 0) {
                    throw new IllegalStateException("no test point with k_{y0} >= 1 in 100 trained networks");
                }
                zNorm[s] = Medians.median(java.util.Arrays.copyOf(zs, n));
                flipZ[s] = Medians.median(java.util.Arrays.copyOf(fz, n));
                flipG[s] = Medians.median(java.util.Arrays.copyOf(fg, n));
                bound[s] = Medians.median(java.util.Arrays.copyOf(bs, n));
                exactMin[s] = Medians.median(java.util.Arrays.copyOf(qp, Math.min(n, QP_POINTS)));
                ratioQp[s] = exactMin[s] / bound[s];
                ratioZ[g][s] = flipZ[s] / bound[s];
                ratioG[g][s] = flipG[s] / bound[s];
            }
            String name = reg.name();
            rows.add(new ExperimentResult.Measurement(name, "median ||z||", zNorm, Medians.median(zNorm)));
            rows.add(new ExperimentResult.Measurement(name, "median bound 8 sqrt2 |N|(m/k) sqrt(d/ell)", bound,
                    Medians.median(bound)));
            rows.add(new ExperimentResult.Measurement(name, "median exact flip along z", flipZ,
                    Medians.median(flipZ)));
            rows.add(new ExperimentResult.Measurement(name, "median exact flip along projected gradient", flipG,
                    Medians.median(flipG)));
            rows.add(new ExperimentResult.Measurement(name, "median exact minimum over P-perp (QP, first "
                    + QP_POINTS + " points)", exactMin, Medians.median(exactMin)));
            rows.add(new ExperimentResult.Measurement(name, "tightness: exact minimum / bound", ratioQp,
                    Medians.median(ratioQp)));
            rows.add(new ExperimentResult.Measurement(name, "tightness: flip along z / bound", ratioZ[g],
                    Medians.median(ratioZ[g])));
            rows.add(new ExperimentResult.Measurement(name, "tightness: flip along gradient / bound", ratioG[g],
                    Medians.median(ratioG[g])));
            checks.add(new ExperimentResult.Check(name + ": test points whose flip along z needs more than ||z|| "
                    + "(must be 0 in regime; lhs = -count)", g == 0 ? -beyond : 0, 0, g != 0 || beyond == 0));
            checks.add(new ExperimentResult.Check(name + ": QP minimum above a directional flip distance (self-check; "
                    + "lhs = -count)", -qpAboveDirectional, 0, qpAboveDirectional == 0));
        }
        return new ExperimentResult(id(), size, seed, seeds, rows, checks, List.of(plot(ratioZ, ratioG, ratioE, plotDir)),
                (System.nanoTime() - start) * 1e-9);
    }

    private static double[] scale(double[] a, double f) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] * f;
        }
        return out;
    }

    private String plot(double[][] ratioZ, double[][] ratioG, double[][] ratioE, Path dir) {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(480)
                .title(id() + ": exact flip distance / Theorem 5.1 bound (median over seeds)")
                .xAxisTitle("regime").yAxisTitle("ratio").build();
        List<String> names = REGIMES.stream().map(Regime::name).toList();
        List<Double> z = new ArrayList<>();
        List<Double> g = new ArrayList<>();
        List<Double> ex = new ArrayList<>();
        for (int r = 0; r < REGIMES.size(); r++) {
            z.add(Medians.median(ratioZ[r]));
            g.add(Medians.median(ratioG[r]));
            ex.add(Medians.median(ratioE[r]));
        }
        chart.addSeries("along z", names, z);
        chart.addSeries("along projected gradient", names, g);
        chart.addSeries("exact minimum over P-perp (QP)", names, ex);
        return Plots.savePng(chart, dir, id() + ".png");
    }
}
