package org.reluspec.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.reluspec.claims.Claim;
import org.reluspec.claims.ClaimRegistry;
import org.reluspec.claims.HypothesisResult;
import org.reluspec.claims.ParameterPoint;
import org.reluspec.claims.ProbabilisticClaim;
import org.reluspec.util.Formats;
import org.reluspec.util.ReluSpecArgumentException;

/**
 * Regime maps: for a theorem and two of its parameters (the others fixed), the region where every hypothesis holds
 * and the stated failure bound is below 1/2, evaluated exactly at every point of a grid (hypotheses and bounds are
 * closed-form; nothing is simulated). Each map is a PNG; {@code smallest.md} lists, per map, the smallest grid point
 * (smallest x, then smallest y) where the theorem says anything at all.
 */
public final class RegimeMaps {

    /**
     * One map.
     *
     * @param claimKey {@code id/variant}
     * @param x the parameter on the x axis (log-spaced grid)
     * @param xMin smallest x
     * @param xMax largest x
     * @param y the parameter on the y axis
     * @param yOf the y value of grid row {@code t in [0, 1]} at a given x (e.g. {@code ell = t d})
     * @param yLabel axis label
     * @param fixed the other parameters
     */
    record Spec(String claimKey, String x, double xMin, double xMax, String y, DoubleBinaryOperator yOf, String yLabel,
                Map<String, Double> fixed) {
    }

    static final int NX = 60;
    static final int NY = 40;

    private RegimeMaps() {
    }

    static List<Spec> specs() {
        List<Spec> s = new ArrayList<>();
        for (String variant : List.of("as-proved", "as-printed")) {
            for (double m : new double[] {2, 3, 10}) {
                s.add(new Spec("MYV-T5.1/" + variant, "d", 10, 1e6, "ell", (d, t) -> Math.max(1, Math.floor(t * d)),
                        "ell (as a fraction of d)", Map.of("m", m, "r", 10.0, "T", 30.0, "eta", 1.0, "y0", 1.0)));
            }
        }
        for (String variant : List.of("a", "b")) {
            for (double k : new double[] {0.5, 1}) {
                s.add(new Spec("VYS-L3.1/" + variant, "d", 2, 1e7, "m", (d, t) -> Math.max(2, Math.floor(Math.pow(d, t
                        * k))), "m (log scale up to d^k)", Map.of("k", k)));
            }
        }
        s.add(new Spec("MYV-T4.1/distributional-core", "d", 2, 1e4, "ell", (d, t) -> Math.max(1, Math.floor(t * d)),
                "ell (as a fraction of d)", Map.of("m", 10.0, "k", 5.0)));
        return s;
    }

    /**
     * Writes every map and {@code smallest.md} into {@code dir}.
     *
     * @param dir output folder
     * @return the smallest informative configuration per map, as Markdown
     */
    public static String write(Path dir) {
        ClaimRegistry registry = ClaimRegistry.standard();
        StringBuilder md = new StringBuilder("| map | smallest grid point where all hypotheses hold and the bound is "
                + "below 1/2 | bound there |\n|---|---|---|\n");
        try {
            Files.createDirectories(dir);
            for (Spec spec : specs()) {
                Claim c = registry.all().stream().filter(k -> k.key().equals(spec.claimKey())).findFirst().orElseThrow();
                String title = spec.claimKey() + " " + fixedText(spec.fixed());
                List<double[]> says = new ArrayList<>();
                List<double[]> hypFails = new ArrayList<>();
                List<double[]> vacuous = new ArrayList<>();
                String smallest = "none on the grid";
                String smallestBound = "";
                for (int i = 0; i < NX; i++) {
                    double x = Math.round(spec.xMin() * Math.pow(spec.xMax() / spec.xMin(), i / (NX - 1.0)));
                    for (int j = 0; j < NY; j++) {
                        double t = (j + 1.0) / (NY + 1.0);
                        double y = spec.yOf().applyAsDouble(x, t);
                        Map<String, Double> values = new LinkedHashMap<>(spec.fixed());
                        values.put(spec.x(), x);
                        values.put(spec.y(), y);
                        ParameterPoint p;
                        try {
                            p = ParameterPoint.of(c, values);
                        } catch (ReluSpecArgumentException e) {
                            continue;   // outside the parameter space (e.g. d <= ell)
                        }
                        boolean hyps = c.hypotheses(p).stream().allMatch(HypothesisResult::holds);
                        double bound = c instanceof ProbabilisticClaim pc ? pc.statedBound(p) : 0;
                        double[] cell = {x, t};
                        if (!hyps) {
                            hypFails.add(cell);
                        } else if (!(bound < 0.5)) {
                            vacuous.add(cell);
                        } else {
                            says.add(cell);
                            if (smallest.startsWith("none")) {
                                smallest = spec.x() + "=" + Formats.plain(x) + ", " + spec.y() + "=" + Formats.plain(y);
                                smallestBound = Formats.fourDigits(bound);
                            }
                        }
                    }
                }
                md.append("| ").append(title).append(" | ").append(smallest).append(" | ").append(smallestBound)
                        .append(" |\n");
                plot(dir, spec, title, says, hypFails, vacuous);
            }
            Files.writeString(dir.resolve("smallest.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.toString();
    }

    private static String fixedText(Map<String, Double> fixed) {
        List<String> parts = new ArrayList<>();
        for (String k : List.of("m", "k")) {
            if (fixed.containsKey(k)) {
                parts.add(k + "=" + Formats.plain(fixed.get(k)));
            }
        }
        return String.join(" ", parts);
    }

    private static void plot(Path dir, Spec spec, String title, List<double[]> says, List<double[]> hypFails,
                             List<double[]> vacuous) throws IOException {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title).xAxisTitle(spec.x() + " (log scale)")
                .yAxisTitle(spec.yLabel()).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(4);
        add(chart, "hypotheses hold, bound < 1/2", says, new Color(30, 150, 60));
        add(chart, "a hypothesis fails", hypFails, new Color(190, 190, 190));
        add(chart, "hypotheses hold, bound >= 1/2", vacuous, new Color(230, 150, 20));
        String name = title.replaceAll("[^A-Za-z0-9.=-]+", "_") + ".png";
        Plots.savePng(chart, dir, name);
    }

    private static void add(XYChart chart, String name, List<double[]> cells, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (double[] c : cells) {
            x.add(c[0]);
            y.add(c[1]);
        }
        if (x.isEmpty()) {
            x.add(Double.NaN);
            y.add(Double.NaN);
        }
        XYSeries s = chart.addSeries(name + " (" + cells.size() + ")", x, y);
        s.setMarker(SeriesMarkers.SQUARE);
        s.setMarkerColor(color);
    }
}
