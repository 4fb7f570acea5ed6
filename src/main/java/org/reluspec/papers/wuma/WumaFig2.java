package org.reluspec.papers.wuma;

import org.reluspec.stats.Medians;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.reluspec.data.Dataset;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;
import org.reluspec.plots.Plots;
import org.reluspec.stats.PowerLawFit;

/**
 * WUMA section 5.1, Figure 2 (with the appendix's normalized inputs and no biases, Figs. 5-6, which follow the theory's
 * setting): train in the lazy regime by SGD that stops as soon as a neuron leaves {@code B(w_{s,0}, C0/sqrt m)},
 * {@code C0 = 10}, learning rate 0.1 (batch 8, at most 3000 steps), width {@code m = 1000} (the paper also uses
 * {@code 1e4}, {@code 1e5}), on Fashion-MNIST T-shirt vs Trouser downsampled to {@code d in {25, 49, 100, 196, 400,
 * 784}} (2000 training, 300 test points). For every test point: the exact smallest step {@code eta} with
 * {@code delta = eta grad f(x)} flipping the sign. The paper's readings: {@code ||grad f|| = Theta(sqrt d)}, smallest
 * step {@code O(1/d)}, smallest perturbation {@code O(1/sqrt d)}. Checked as consistency of exponents fitted to the
 * per-(d, seed) medians (99% intervals, {@link PowerLawFit}).
 */
public final class WumaFig2 implements Experiment {

    static final int[] SIDES = {5, 7, 10, 14, 20, 28};
    static final int WIDTH = 1000;
    static final double C0 = 10;

    @Override
    public String id() {
        return "WUMA-Fig2";
    }

    @Override
    public String title() {
        return "lazy SGD on Fashion-MNIST: smallest flipping perturbation, gradient norm and step vs d";
    }

    @Override
    public String source() {
        return "F003 Sec. 5.1, Fig. 2 and App. A Figs. 5-6 (catalogue 6.2)";
    }

    @Override
    public List<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>();
        for (int s : SIDES) {
            out.add(new Configuration("d=" + s * s, "m = " + WIDTH + ", C0 = " + C0 + ", SGD 0.1 until the ball is "
                    + "left", WumaExperimentHypotheses.lazy(s * s, WIDTH, true, true)));
        }
        return out;
    }

    @Override
    public ExperimentResult run(long seed, int seeds, Path plotDir) {
        long start = System.nanoTime();
        double[][][] med = new double[SIDES.length][5][seeds];
        int[][] steps = new int[SIDES.length][seeds];
        for (int k = 0; k < SIDES.length; k++) {
            int d = SIDES[k] * SIDES[k];
            Dataset train = LazyExperiments.data(false, SIDES[k]);
            Dataset test = LazyExperiments.data(true, SIDES[k]);
            for (int s = 0; s < seeds; s++) {
                UniformRandomProvider rng = new TrialStreams(seed, id(), k).forTrial(s);
                LazySgd.Result r = new LazySgd(0.1, LazyExperiments.BATCH, 3000, C0, LazySgd.Mode.STOP_ON_EXIT, 0, 0)
                        .train(LazyNetwork.initialize(d, WIDTH, rng), train, rng);
                steps[k][s] = r.steps();
                double[] m = LazyExperiments.flipMedians(r.net(), test);
                for (int q = 0; q < 5; q++) {
                    med[k][q][s] = m[q];
                }
            }
        }
        String[] names = {"median ||delta*||", "median ||grad f||", "median |eta*|", "test error",
            "fraction of test points without a flip"};
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        for (int k = 0; k < SIDES.length; k++) {
            for (int q = 0; q < 5; q++) {
                rows.add(new ExperimentResult.Measurement("d=" + SIDES[k] * SIDES[k], names[q], med[k][q],
                        Medians.median(med[k][q])));
            }
            double[] st = java.util.Arrays.stream(steps[k]).asDoubleStream().toArray();
            rows.add(new ExperimentResult.Measurement("d=" + SIDES[k] * SIDES[k], "SGD steps before leaving the ball",
                    st, Medians.median(st)));
        }
        PowerLawFit delta = fit(med, 0, seeds);
        PowerLawFit grad = fit(med, 1, seeds);
        PowerLawFit eta = fit(med, 2, seeds);
        List<ExperimentResult.Check> checks = List.of(
                new ExperimentResult.Check(String.format(Locale.ROOT, "||grad f|| = Theta(sqrt d): exponent %.3f, "
                        + "interval [%.3f, %.3f] contains 0.5", grad.exponent(), grad.lower(), grad.upper()),
                        grad.exponent(), 0.5, grad.contains(0.5)),
                new ExperimentResult.Check(String.format(Locale.ROOT, "|eta*| = O(1/d): exponent %.3f, interval "
                        + "lower end %.3f <= -1", eta.exponent(), eta.lower()), eta.lower(), -1, eta.lower() <= -1),
                new ExperimentResult.Check(String.format(Locale.ROOT, "||delta*|| = O(1/sqrt d): exponent %.3f, "
                        + "interval lower end %.3f <= -0.5", delta.exponent(), delta.lower()), delta.lower(), -0.5,
                        delta.lower() <= -0.5));
        List<String> plots = List.of(plot(med, 0, "smallest flipping ||delta||", -0.5, plotDir, "delta"),
                plot(med, 1, "||grad f(x)||", 0.5, plotDir, "gradient"),
                plot(med, 2, "smallest flipping |eta|", -1, plotDir, "step"));
        return new ExperimentResult(id(), seed, seeds, rows, checks, plots, (System.nanoTime() - start) * 1e-9);
    }

    private static PowerLawFit fit(double[][][] med, int q, int seeds) {
        List<Double> sizes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < SIDES.length; k++) {
            for (int s = 0; s < seeds; s++) {
                if (med[k][q][s] > 0 && med[k][q][s] < Double.POSITIVE_INFINITY) {
                    sizes.add((double) SIDES[k] * SIDES[k]);
                    values.add(med[k][q][s]);
                }
            }
        }
        return PowerLawFit.of(sizes.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), 0.01);
    }

    private String plot(double[][][] med, int q, String quantity, double exponent, Path dir, String name) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": " + quantity + " vs d")
                .xAxisTitle("d").yAxisTitle(quantity + " (median over test points)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        double[] x = new double[SIDES.length];
        double[] y = new double[SIDES.length];
        double[] ref = new double[SIDES.length];
        for (int k = 0; k < SIDES.length; k++) {
            x[k] = SIDES[k] * SIDES[k];
            y[k] = Medians.median(med[k][q]);
        }
        for (int k = 0; k < SIDES.length; k++) {
            ref[k] = y[0] * Math.pow(x[k] / x[0], exponent);
        }
        chart.addSeries("m = " + WIDTH + ", C0 = " + (int) C0, x, y);
        chart.addSeries("d^" + exponent + " (claimed order)", x, ref);
        return Plots.savePng(chart, dir, id() + "-" + name + ".png");
    }
}
