package org.reluspec.papers.wuma;

import org.reluspec.stats.Medians;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.reluspec.data.Dataset;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;
import org.reluspec.plots.Plots;

/**
 * WUMA section 5.1, Figure 3: the lazy radius {@code C0 in {10, 20, 30, 40}} at fixed {@code d = 196} ({@code 14 x 14}
 * Fashion-MNIST, as {@link WumaFig2}) and {@code m = 1000} (the paper's width is lost in the OCR). The paper: "as C0
 * grows, the gradient norm and the minimal step grow, so the needed perturbation grows". Checked on the medians over
 * seeds: each of {@code ||grad f||}, {@code |eta*|} and {@code ||delta*||} is larger at {@code C0 = 40} than at
 * {@code C0 = 10}.
 */
public final class WumaFig3 implements Experiment {

    static final double[] C0S = {10, 20, 30, 40};
    static final int SIDE = 14;
    static final int WIDTH = 1000;

    @Override
    public String id() {
        return "WUMA-Fig3";
    }

    @Override
    public String title() {
        return "lazy SGD on Fashion-MNIST (d = 196): flipping perturbation, gradient norm and step vs C0";
    }

    @Override
    public String source() {
        return "F003 Sec. 5.1, Fig. 3 (catalogue 6.2)";
    }

    @Override
    public List<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>();
        for (double c0 : C0S) {
            out.add(new Configuration("C0=" + (int) c0, "d = 196, m = " + WIDTH + ", SGD 0.1 until the ball is left",
                    WumaExperimentHypotheses.lazy(SIDE * SIDE, WIDTH, true, true)));
        }
        return out;
    }

    @Override
    public ExperimentResult run(long seed, int seeds, Path plotDir) {
        long start = System.nanoTime();
        int d = SIDE * SIDE;
        Dataset train = LazyExperiments.data(false, SIDE);
        Dataset test = LazyExperiments.data(true, SIDE);
        double[][][] med = new double[C0S.length][5][seeds];
        double[][] steps = new double[C0S.length][seeds];
        for (int c = 0; c < C0S.length; c++) {
            for (int s = 0; s < seeds; s++) {
                // the same initialization for every C0 of a seed: the configurations differ only in the radius
                UniformRandomProvider init = new TrialStreams(seed, id() + "/init", 0).forTrial(s);
                UniformRandomProvider batches = new TrialStreams(seed, id(), c).forTrial(s);
                LazySgd.Result r = new LazySgd(0.1, LazyExperiments.BATCH, 4000, C0S[c], LazySgd.Mode.STOP_ON_EXIT, 0, 0)
                        .train(LazyNetwork.initialize(d, WIDTH, init), train, batches);
                steps[c][s] = r.steps();
                double[] m = LazyExperiments.flipMedians(r.net(), test);
                for (int q = 0; q < 5; q++) {
                    med[c][q][s] = m[q];
                }
            }
        }
        String[] names = {"median ||delta*||", "median ||grad f||", "median |eta*|", "test error",
            "fraction of test points without a flip"};
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        for (int c = 0; c < C0S.length; c++) {
            for (int q = 0; q < 5; q++) {
                rows.add(new ExperimentResult.Measurement("C0=" + (int) C0S[c], names[q], med[c][q],
                        Medians.median(med[c][q])));
            }
            rows.add(new ExperimentResult.Measurement("C0=" + (int) C0S[c], "SGD steps (cap 4000) before leaving the "
                    + "ball", steps[c], Medians.median(steps[c])));
        }
        int last = C0S.length - 1;
        List<ExperimentResult.Check> checks = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            double lo = Medians.median(med[0][q]);
            double hi = Medians.median(med[last][q]);
            checks.add(new ExperimentResult.Check(names[q] + " at C0 = 40 > at C0 = 10", hi, lo, hi > lo));
        }
        return new ExperimentResult(id(), seed, seeds, rows, checks, List.of(plot(med, plotDir)),
                (System.nanoTime() - start) * 1e-9);
    }

    private String plot(double[][][] med, Path dir) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": medians vs C0 (d = 196)")
                .xAxisTitle("C0").yAxisTitle("median over test points, relative to C0 = 10").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        String[] names = {"||delta*||", "||grad f||", "|eta*|"};
        for (int q = 0; q < 3; q++) {
            double[] y = new double[C0S.length];
            double base = Medians.median(med[0][q]);
            for (int c = 0; c < C0S.length; c++) {
                y[c] = Medians.median(med[c][q]) / base;
            }
            chart.addSeries(names[q], C0S, y);
        }
        return Plots.savePng(chart, dir, id() + "-c0.png");
    }
}
