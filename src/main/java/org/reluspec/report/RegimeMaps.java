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
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.reluspec.plots.Plots;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.papers.Papers;
import org.reluspec.papers.RegimeMap;
import org.reluspec.util.Formats;
import org.reluspec.util.ReluSpecArgumentException;

/**
 * Regime maps (each paper declares its own, {@link org.reluspec.papers.Paper#regimeMaps()}): for a theorem and two of its parameters (the others fixed), the region where every hypothesis holds
 * and the stated failure bound is below 1/2, evaluated exactly at every point of a grid (hypotheses and bounds are
 * closed-form; nothing is simulated). Each map is a PNG; {@code smallest.md} lists, per map, the smallest grid point
 * (smallest x, then smallest y) where the theorem says anything at all.
 */
public final class RegimeMaps {

    static final int NX = 60;
    static final int NY = 40;

    private RegimeMaps() {
    }

    static List<RegimeMap> specs() {
        return Papers.all().stream().flatMap(p -> p.regimeMaps().stream()).toList();
    }

    /**
     * Writes every map and {@code smallest.md} into {@code dir}.
     *
     * @param dir output folder
     * @return the smallest informative configuration per map, as Markdown
     */
    public static String write(Path dir) {
        ClaimRegistry registry = Papers.registry();
        StringBuilder md = new StringBuilder("| map | smallest grid point where all hypotheses hold and the bound is "
                + "below 1/2 | bound there |\n|---|---|---|\n");
        try {
            Files.createDirectories(dir);
            for (RegimeMap spec : specs()) {
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
                        boolean hyps = HypothesisResult.printedHold(c.hypotheses(p));
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

    private static void plot(Path dir, RegimeMap spec, String title, List<double[]> says, List<double[]> hypFails,
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
