package org.reluspec.papers.wuma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.reluspec.data.Dataset;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.experiments.Size;
import org.reluspec.harness.TrialStreams;
import org.reluspec.lazy.LazyNetwork;
import org.reluspec.lazy.LazySgd;
import org.reluspec.plots.Plots;
import org.reluspec.stats.Medians;
import org.reluspec.stats.PowerLawFit;

/**
 * WUMA section 5.1, Figure 2 (with the appendix's normalized inputs and no biases, Figs. 5-6, which follow the theory's
 * setting): train in the lazy regime by SGD that stops as soon as a neuron leaves {@code B(w_{s,0}, C0/sqrt m)},
 * {@code C0 = 10}, learning rate 0.1 (batch 8, at most 3000 steps), on two classes of 28 x 28 images downsampled to
 * {@code s x s}. Reduced: {@code m = 1000}, {@code d in {25, 49, 100, 196, 400, 784}}; paper: {@code m in {1e3, 1e4,
 * 1e5}}, {@code d in {25, 49, 100, 196, 400, 625, 784}}. For every test point: the exact smallest step {@code eta}
 * with {@code delta = eta grad f(x)} flipping the sign. The paper's readings: {@code ||grad f|| = Theta(sqrt d)},
 * smallest step {@code O(1/d)}, smallest perturbation {@code O(1/sqrt d)}. Checked per width as consistency of
 * exponents fitted to the per-(d, seed) medians (99% intervals, {@link PowerLawFit}).
 */
public final class WumaFig2 implements Experiment {

    /** The paper's id; also the streams' key, so both datasets train from the same draws (a paired comparison). */
    static final String BASE = "WUMA-Fig2";

    static final double C0 = 10;
    private static final String[] NAMES = {"median ||delta*||", "median ||grad f||", "median |eta*|", "test error",
        "fraction of test points without a flip"};

    private record Scale(int[] sides, int[] widths) {
        static Scale of(Size size) {
            return size == Size.PAPER
                    ? new Scale(new int[] {5, 7, 10, 14, 20, 25, 28}, new int[] {1000, 10_000, 100_000})
                    : new Scale(new int[] {5, 7, 10, 14, 20, 28}, new int[] {1000});
        }
    }

    private final LazyData data;

    /** The paper's dataset, MNIST 0 vs 1. */
    public WumaFig2() {
        this(LazyData.MNIST);
    }

    WumaFig2(LazyData data) {
        this.data = data;
    }

    @Override
    public String id() {
        return data.id(BASE);
    }

    @Override
    public String title() {
        return "lazy SGD on " + data.label() + ": smallest flipping perturbation, gradient norm and step vs d";
    }

    @Override
    public String source() {
        return "F003 Sec. 5.1, Fig. 2 and App. A Figs. 5-6 (catalogue 6.2)";
    }

    @Override
    public String paperScale() {
        return "widths 1e3, 1e4, 1e5 instead of 1e3 and d = 625 added (the paper reports 5 runs: --seeds 5)";
    }

    @Override
    public List<Configuration> configurations(Size size) {
        Scale sc = Scale.of(size);
        List<Configuration> out = new ArrayList<>();
        for (int m : sc.widths()) {
            for (int s : sc.sides()) {
                out.add(new Configuration(name(s, m), data.label() + ", C0 = " + C0 + ", SGD 0.1 until the ball is "
                        + "left", WumaExperimentHypotheses.lazy(s * s, m, true, true)));
            }
        }
        return out;
    }

    private static String name(int side, int m) {
        return "d=" + side * side + ", m=" + m;
    }

    @Override
    public List<Unit> units(Run run) {
        Scale sc = Scale.of(run.size());
        int ns = sc.sides().length;
        List<Unit> out = new ArrayList<>();
        for (int w = 0; w < sc.widths().length; w++) {
            int m = sc.widths()[w];
            for (int k = 0; k < ns; k++) {
                int side = sc.sides()[k];
                int stream = w * ns + k;
                for (int s = 0; s < run.seeds(); s++) {
                    int trial = s;
                    out.add(new Unit(Run.address(id(), name(side, m), s), () -> {
                        UniformRandomProvider rng = new TrialStreams(run.seed(), BASE, stream).forTrial(trial);
                        LazySgd.Result r = new LazySgd(0.1, LazyExperiments.BATCH, 3000, C0,
                                LazySgd.Mode.STOP_ON_EXIT, 0, 0).with(run.products())
                                .train(LazyNetwork.initialize(side * side, m, rng), data.data(false, side), rng);
                        return append(LazyExperiments.flipMedians(r.net(), data.data(true, side), run.products()),
                                r.steps());
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
        Scale sc = Scale.of(size);
        int ns = sc.sides().length;
        double[][][][] med = new double[sc.widths().length][ns][5][seeds];
        java.util.Map<String, double[]> values = run.compute(id(), units(run));
        List<ExperimentResult.Measurement> rows = new ArrayList<>();
        List<ExperimentResult.Check> checks = new ArrayList<>();
        for (int w = 0; w < sc.widths().length; w++) {
            int m = sc.widths()[w];
            for (int k = 0; k < ns; k++) {
                int side = sc.sides()[k];
                double[] steps = new double[seeds];
                for (int s = 0; s < seeds; s++) {
                    double[] q = values.get(Run.address(id(), name(side, m), s));
                    steps[s] = q[5];
                    for (int i = 0; i < 5; i++) {
                        med[w][k][i][s] = q[i];
                    }
                }
                for (int i = 0; i < 5; i++) {
                    rows.add(new ExperimentResult.Measurement(name(side, m), NAMES[i], med[w][k][i],
                            Medians.median(med[w][k][i])));
                }
                rows.add(new ExperimentResult.Measurement(name(side, m), "SGD steps before leaving the ball", steps,
                        Medians.median(steps)));
            }
            checks.addAll(checks(m, sc.sides(), med[w]));
        }
        List<String> plots = List.of(plot(sc, med, 0, "smallest flipping ||delta||", -0.5, plotDir, "delta"),
                plot(sc, med, 1, "||grad f(x)||", 0.5, plotDir, "gradient"),
                plot(sc, med, 2, "smallest flipping |eta|", -1, plotDir, "step"));
        return new ExperimentResult(id(), size, seed, seeds, rows, checks, plots, (System.nanoTime() - start) * 1e-9);
    }

    static double[] append(double[] values, double last) {
        double[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    private static List<ExperimentResult.Check> checks(int m, int[] sides, double[][][] med) {
        PowerLawFit delta = fit(sides, med, 0);
        PowerLawFit grad = fit(sides, med, 1);
        PowerLawFit eta = fit(sides, med, 2);
        String w = "m = " + m + ": ";
        return List.of(
                new ExperimentResult.Check(String.format(Locale.ROOT, "%s||grad f|| = Theta(sqrt d): exponent %.3f, "
                        + "interval [%.3f, %.3f] contains 0.5", w, grad.exponent(), grad.lower(), grad.upper()),
                        grad.exponent(), 0.5, grad.contains(0.5)),
                new ExperimentResult.Check(String.format(Locale.ROOT, "%s|eta*| = O(1/d): exponent %.3f, interval "
                        + "lower end %.3f <= -1", w, eta.exponent(), eta.lower()), eta.lower(), -1, eta.lower() <= -1),
                new ExperimentResult.Check(String.format(Locale.ROOT, "%s||delta*|| = O(1/sqrt d): exponent %.3f, "
                        + "interval lower end %.3f <= -0.5", w, delta.exponent(), delta.lower()), delta.lower(), -0.5,
                        delta.lower() <= -0.5));
    }

    private static PowerLawFit fit(int[] sides, double[][][] med, int q) {
        List<Double> sizes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < sides.length; k++) {
            for (double v : med[k][q]) {
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    sizes.add((double) sides[k] * sides[k]);
                    values.add(v);
                }
            }
        }
        return PowerLawFit.of(sizes.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), 0.01);
    }

    private String plot(Scale sc, double[][][][] med, int q, String quantity, double exponent, Path dir, String name) {
        XYChart chart = new XYChartBuilder().width(720).height(480).title(id() + ": " + quantity + " vs d")
                .xAxisTitle("d").yAxisTitle(quantity + " (median over test points)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        double[] x = Arrays.stream(sc.sides()).mapToDouble(s -> (double) s * s).toArray();
        for (int w = 0; w < sc.widths().length; w++) {
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                y[k] = Medians.median(med[w][k][q]);
            }
            chart.addSeries("m = " + sc.widths()[w] + ", C0 = " + (int) C0, x, y);
        }
        double y0 = Medians.median(med[0][0][q]);
        chart.addSeries("d^" + exponent + " (claimed order)", x,
                Arrays.stream(x).map(v -> y0 * Math.pow(v / x[0], exponent)).toArray());
        return Plots.savePng(chart, dir, id() + "-" + name + ".png");
    }
}
