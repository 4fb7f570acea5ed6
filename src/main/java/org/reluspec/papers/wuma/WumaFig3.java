package org.reluspec.papers.wuma;

import org.reluspec.stats.Medians;

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
import org.reluspec.data.Dataset;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;
import org.reluspec.plots.Plots;

/**
 * WUMA section 5.1, Figure 3: the lazy radius {@code C0 in {10, 20, 30, 40}} at width {@code m = 1000} (the OCR
 * prints the width as "10°"; 1e3 is read), on the images of {@link WumaFig2}. Reduced: {@code d = 196} only; paper:
 * every {@code d} of Figure 2. The paper: "as C0 grows, the gradient norm and the minimal step grow, so the needed
 * perturbation grows". Checked per {@code d} on the medians over seeds: each of {@code ||grad f||}, {@code |eta*|}
 * and {@code ||delta*||} is larger at {@code C0 = 40} than at {@code C0 = 10}.
 */
public final class WumaFig3 implements Experiment {

    /** The paper's id; also the streams' key, so both datasets train from the same draws (a paired comparison). */
    static final String BASE = "WUMA-Fig3";

    static final double[] C0S = {10, 20, 30, 40};
    static final int WIDTH = 1000;
    private static final String[] NAMES = {"median ||delta*||", "median ||grad f||", "median |eta*|", "test error",
        "fraction of test points without a flip"};

    private static int[] sides(Size size) {
        return size == Size.PAPER ? new int[] {5, 7, 10, 14, 20, 25, 28} : new int[] {14};
    }

    private final LazyData data;

    /** The paper's dataset, MNIST 0 vs 1. */
    public WumaFig3() {
        this(LazyData.MNIST);
    }

    WumaFig3(LazyData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return data.id(BASE);
    }

    @Override
    public String title() {
        return "lazy SGD on " + data.label() + ": flipping perturbation, gradient norm and step vs C0";
    }

    @Override
    public String source() {
        return "F003 Sec. 5.1, Fig. 3 (catalogue 6.2)";
    }

    @Override
    public String paperScale() {
        return "every d of Figure 2 (25..784) instead of d = 196 (the paper reports 5 runs: --seeds 5)";
    }

    @Override
    public List<Configuration> configurations(Size size) {
        List<Configuration> out = new ArrayList<>();
        for (int side : sides(size)) {
            for (double c0 : C0S) {
                out.add(new Configuration(name(side, c0), data.label() + ", m = " + WIDTH + ", SGD 0.1 until the "
                        + "ball is left", WumaExperimentHypotheses.lazy(side * side, WIDTH, true, true)));
            }
        }
        return out;
    }

    private static String name(int side, double c0) {
        return "d=" + side * side + ", C0=" + (int) c0;
    }

    @Override
    public List<Unit> units(Run run) {
        int[] sides = sides(run.size());
        List<Unit> out = new ArrayList<>();
        for (int k = 0; k < sides.length; k++) {
            int index = k;
            int d = sides[k] * sides[k];
            int pixels = sides[k];
            for (int c = 0; c < C0S.length; c++) {
                int radius = c;
                for (int s = 0; s < run.seeds(); s++) {
                    int trial = s;
                    out.add(new Unit(Run.address(id(), name(sides[k], C0S[c]), s), () -> {
                        // the same initialization for every C0 of a seed: the configurations differ only in the radius
                        UniformRandomProvider init = new TrialStreams(run.seed(), BASE + "/init", index)
                                .forTrial(trial);
                        UniformRandomProvider batches = new TrialStreams(run.seed(), BASE, index * C0S.length + radius)
                                .forTrial(trial);
                        LazySgd.Result r = new LazySgd(0.1, LazyExperiments.BATCH, 4000, C0S[radius],
                                LazySgd.Mode.STOP_ON_EXIT, 0, 0).with(run.products())
                                .train(LazyNetwork.initialize(d, WIDTH, init), data.data(false, pixels), batches);
                        return WumaFig2.append(LazyExperiments.flipMedians(r.net(), data.data(true, pixels),
                                run.products()), r.steps());
                    }));
                }
            }
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
        int[] sides = sides(size);
        double[][][][] med = new double[sides.length][C0S.length][5][seeds];
        java.util.Map<String, double[]> values = run.compute(id(), units(run));
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        List<ExperimentResult.Check> checks = new ArrayList<>();
        for (int k = 0; k < sides.length; k++) {
            int d = sides[k] * sides[k];
            for (int c = 0; c < C0S.length; c++) {
                double[] steps = new double[seeds];
                for (int s = 0; s < seeds; s++) {
                    double[] m = values.get(Run.address(id(), name(sides[k], C0S[c]), s));
                    steps[s] = m[5];
                    for (int q = 0; q < 5; q++) {
                        med[k][c][q][s] = m[q];
                    }
                }
                for (int q = 0; q < 5; q++) {
                    rows.add(new ExperimentResult.Measurement(name(sides[k], C0S[c]), NAMES[q], med[k][c][q],
                            Medians.median(med[k][c][q])));
                }
                rows.add(new ExperimentResult.Measurement(name(sides[k], C0S[c]), "SGD steps (cap 4000) before "
                        + "leaving the ball", steps, Medians.median(steps)));
            }
            int last = C0S.length - 1;
            for (int q = 0; q < 3; q++) {
                double lo = Medians.median(med[k][0][q]);
                double hi = Medians.median(med[k][last][q]);
                checks.add(new ExperimentResult.Check("d = " + d + ": " + NAMES[q] + " at C0 = 40 > at C0 = 10", hi,
                        lo, hi > lo));
            }
        }
        return new ExperimentResult(id(), size, seed, seeds, rows, checks, List.of(plot(sides, med, plotDir)),
                (System.nanoTime() - start) * 1e-9);
    }

    private String plot(int[] sides, double[][][][] med, Path dir) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": medians vs C0")
                .xAxisTitle("C0").yAxisTitle("median over test points, relative to C0 = 10").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        String[] names = {"||delta*||", "||grad f||", "|eta*|"};
        for (int k = 0; k < sides.length; k++) {
            for (int q = 0; q < 3; q++) {
                double[] y = new double[C0S.length];
                double base = Medians.median(med[k][0][q]);
                for (int c = 0; c < C0S.length; c++) {
                    y[c] = Medians.median(med[k][c][q]) / base;
                }
                chart.addSeries(names[q] + ", d = " + sides[k] * sides[k], C0S, y);
            }
        }
        return Plots.savePng(chart, dir, id() + "-c0.png");
    }
}
