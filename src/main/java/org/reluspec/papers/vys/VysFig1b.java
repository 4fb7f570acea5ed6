package org.reluspec.papers.vys;

import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.Size;

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
 * being at most 1.5 times the smallest, per {@code d}. Paper size: {@code d in {100, 200, ..., 1000}} and widths
 * {@code {100, 1000, 8000}} (the paper: "from 100 to 8000", the widths in between are not printed).
 */
public final class VysFig1b implements Experiment {

    private record Scale(int[] ds, int[] widths) {
        static Scale of(Size size) {
            return size == Size.PAPER ? new Scale(java.util.stream.IntStream.rangeClosed(1, 10).map(i -> 100 * i)
                    .toArray(), new int[] {100, 1000, 8000}) : new Scale(new int[] {30}, new int[] {10, 30, 100});
        }
    }

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
    public String paperScale() {
        return "d = m = 100, 200, ..., 1000 and widths 100, 1000, 8000 instead of d = m = 30 and widths 10, 30, 100 "
                + "(5 seeds: --seeds 5)";
    }

    @Override
    public List<Configuration> configurations(Size size) {
        Scale sc = Scale.of(size);
        List<Configuration> out = new ArrayList<>();
        for (int d : sc.ds()) {
            for (int k : sc.widths()) {
                out.add(new Configuration(name(d, k, sc), "d = m = " + d + ", exponential loss, paper schedule",
                        VysExperiments.hypotheses(d, d, 2 * Math.sqrt(d * Math.log(d)))));
            }
        }
        return out;
    }

    private static String name(int d, int width, Scale sc) {
        return sc.ds().length == 1 ? "width=" + width : "d=" + d + " width=" + width;
    }

    @Override
    public List<Unit> units(Run run) {
        Scale sc = Scale.of(run.size());
        int nw = sc.widths().length;
        List<Unit> out = new ArrayList<>();
        for (int a = 0; a < sc.ds().length; a++) {
            int d = sc.ds()[a];
            for (int w = 0; w < nw; w++) {
                int stream = a * nw + w;
                int width = sc.widths()[w];
                for (int s = 0; s < run.seeds(); s++) {
                    int trial = s;
                    out.add(new Unit(address(d, width, s), () -> {
                        UniformRandomProvider rng = new TrialStreams(run.seed(), id(), stream).forTrial(trial);
                        VysExperiments.Run r = VysExperiments.train(d, d, width, rng, run.products());
                        return new double[] {r.perturbation() / Math.sqrt(d), r.diverged() ? 1 : 0};
                    }));
                }
            }
        }
        return out;
    }

    private String address(int d, int width, int s) {
        return Run.address(id(), "d=" + d + " width=" + width, s);
    }

    @Override
    public ExperimentResult run(Run run) {
        long seed = run.seed();
        int seeds = run.seeds();
        Size size = run.size();
        Path plotDir = run.plotDir();
        long start = System.nanoTime();
        Scale sc = Scale.of(size);
        int nw = sc.widths().length;
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        List<ExperimentResult.Check> checks = new ArrayList<>();
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": minimal perturbation vs width")
                .xAxisTitle("width").yAxisTitle("minimal c / sqrt(d) (median over seeds)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        java.util.Map<String, double[]> values = run.compute(id(), units(run));
        for (int a = 0; a < sc.ds().length; a++) {
            int d = sc.ds()[a];
            double[][] rel = new double[nw][seeds];
            double[][] diverged = new double[nw][seeds];
            for (int w = 0; w < nw; w++) {
                for (int s = 0; s < seeds; s++) {
                    double[] u = values.get(address(d, sc.widths()[w], s));
                    rel[w][s] = u[0];
                    diverged[w][s] = u[1];
                }
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            double[] x = new double[nw];
            double[] y = new double[nw];
            for (int w = 0; w < nw; w++) {
                String name = name(d, sc.widths()[w], sc);
                double med = VysExperiments.median(rel[w]);
                rows.add(new ExperimentResult.Measurement(name, "minimal perturbation / sqrt(d)", rel[w], med));
                rows.add(new ExperimentResult.Measurement(name, "diverged (1 = yes; left out of the medians)",
                        diverged[w], VysExperiments.median(diverged[w])));
                lo = Math.min(lo, med);
                hi = Math.max(hi, med);
                x[w] = sc.widths()[w];
                y[w] = med;
            }
            String at = sc.ds().length == 1 ? "" : "d = " + d + ": ";
            checks.add(new ExperimentResult.Check(at + "largest median over widths <= 1.5 x smallest (\"almost "
                    + "independent of the width\")", 1.5 * lo, hi, hi <= 1.5 * lo));
            chart.addSeries("d = m = " + d, x, y);
        }
        return new ExperimentResult(id(), size, seed, seeds, rows, checks,
                List.of(org.reluspec.plots.Plots.savePng(chart, plotDir, id() + "-width.png")),
                (System.nanoTime() - start) * 1e-9);
    }
}
