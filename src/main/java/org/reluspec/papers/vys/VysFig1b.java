package org.reluspec.papers.vys;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.reluspec.harness.TrialStreams;

/**
 * VYS section 6, Figure 1(b): {@code m = d} random points, widths varied, the same training and measurement as
 * {@link VysFig1a}. Scaled: {@code d = 30}, widths {@code {10, 30, 100}} (paper: 100-8000). The paper: the minimal
 * perturbation is almost independent of the width; checked (this suite's reading) as the largest median over widths
 * being at most 1.5 times the smallest.
 */
public final class VysFig1b implements Experiment {

    static final int D = 30;
    static final int[] WIDTHS = {10, 30, 100};

    @Override
    public String id() {
        return "VYS-Fig1b";
    }

    @Override
    public String title() {
        return "KKT-trained networks on random data (m = d): minimal universal perturbation vs width";
    }

    @Override
    public String source() {
        return "F004 Sec. 6, Fig. 1(b) (catalogue 6.3)";
    }

    @Override
    public List<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>();
        for (int k : WIDTHS) {
            out.add(new Configuration("width=" + k, "d = m = " + D + ", exponential loss, paper schedule",
                    VysExperiments.hypotheses(D, D, 2 * Math.sqrt(D * Math.log(D)))));
        }
        return out;
    }

    @Override
    public ExperimentResult run(long seed, int seeds, Path plotDir) {
        long start = System.nanoTime();
        double[][] rel = new double[WIDTHS.length][seeds];
        double[][] diverged = new double[WIDTHS.length][seeds];
        for (int w = 0; w < WIDTHS.length; w++) {
            for (int s = 0; s < seeds; s++) {
                UniformRandomProvider rng = new TrialStreams(seed, id(), w).forTrial(s);
                VysExperiments.Run r = VysExperiments.train(D, D, WIDTHS[w], rng);
                rel[w][s] = r.perturbation() / Math.sqrt(D);
                diverged[w][s] = r.diverged() ? 1 : 0;
            }
        }
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int w = 0; w < WIDTHS.length; w++) {
            double med = VysExperiments.median(rel[w]);
            rows.add(new ExperimentResult.Measurement("width=" + WIDTHS[w], "minimal perturbation / sqrt(d)", rel[w],
                    med));
            rows.add(new ExperimentResult.Measurement("width=" + WIDTHS[w], "diverged (1 = yes; left out of the "
                    + "medians)", diverged[w], VysExperiments.median(diverged[w])));
            lo = Math.min(lo, med);
            hi = Math.max(hi, med);
        }
        List<ExperimentResult.Check> checks = List.of(new ExperimentResult.Check("largest median over widths <= 1.5 x "
                + "smallest (\"almost independent of the width\")", 1.5 * lo, hi, hi <= 1.5 * lo));
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": minimal perturbation vs width")
                .xAxisTitle("width").yAxisTitle("minimal c / sqrt(d) (median over seeds)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        double[] x = new double[WIDTHS.length];
        double[] y = new double[WIDTHS.length];
        for (int w = 0; w < WIDTHS.length; w++) {
            x[w] = WIDTHS[w];
            y[w] = VysExperiments.median(rel[w]);
        }
        chart.addSeries("d = m = " + D, x, y);
        return new ExperimentResult(id(), seed, seeds, rows, checks,
                List.of(org.reluspec.plots.Plots.savePng(chart, plotDir, id() + "-width.png")),
                (System.nanoTime() - start) * 1e-9);
    }
}
