package org.reluspec.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.reluspec.falsify.Falsifier;
import org.reluspec.falsify.SearchMap;
import org.reluspec.plots.Plots;

/**
 * Draws the falsifier's maps ({@link SearchMap}) as PNG files for the report: the margin ({@code ln(p / B)} or the
 * relation's gap) in bands over the two parameters that move it most, where the claim fails in red, with the search's
 * points on top; a curve against one parameter when there is one. Also writes {@code index.tsv} (file, claim, caption)
 * for the report's section.
 */
public final class SearchMaps {

    private static final Color FAILS = new Color(200, 30, 30);
    private static final Color EDGE = new Color(250, 170, 150);
    private static final Color NEAR = new Color(170, 210, 240);
    private static final Color HOLDS = new Color(60, 120, 200);
    private static final Color UNDECIDED = new Color(200, 200, 200);

    private SearchMaps() {
    }

    /**
     * @param claims the searched claims
     * @param report their searches
     * @param settings the searches' settings
     * @param dir the folder of the maps (created)
     */
    public static void write(List<org.reluspec.engine.Claim> claims, org.reluspec.falsify.FalsifyReport report,
                             Falsifier.Settings settings, Path dir) {
        java.util.Map<String, org.reluspec.engine.Claim> byKey = new java.util.HashMap<>();
        claims.forEach(c -> byKey.put(c.key(), c));
        List<SearchMap> maps = report.results().parallelStream()
                .filter(r -> byKey.containsKey(r.key()))
                .map(r -> SearchMap.of(byKey.get(r.key()), r, settings))
                .flatMap(java.util.Optional::stream).toList();
        write(maps, dir);
    }

    /**
     * @param maps the maps
     * @param dir the folder (created; its earlier PNG files are replaced)
     */
    public static void write(List<SearchMap> maps, Path dir) {
        StringBuilder index = new StringBuilder();
        for (SearchMap m : maps) {
            String file = m.key().replaceAll("[^A-Za-z0-9.-]+", "_") + ".png";
            Plots.savePng(chart(m), dir, file);
            index.append(file).append('\t').append(m.key()).append('\t').append(caption(m)).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.tsv"), index.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String caption(SearchMap m) {
        return m.key() + ": " + (m.background().isEmpty() ? "the search's points" : "margin over " + m.x().name()
                + m.y().map(y -> " and " + y.name()).orElse("") + " (other parameters at the worst point), with the "
                + "search's points") + "; red where the claim fails";
    }

    private static XYChart chart(SearchMap m) {
        boolean curve = m.y().isEmpty();
        String yTitle = curve ? "margin (positive: fails)" : m.y().get().name();
        XYChart chart = new XYChartBuilder().width(640).height(440).title(m.key()).xAxisTitle(m.x().name()
                + (m.x().logarithmic() ? " (log scale)" : "")).yAxisTitle(yTitle
                + (!curve && m.y().get().logarithmic() ? " (log scale)" : "")).build();
        chart.getStyler().setXAxisLogarithmic(m.x().logarithmic());
        chart.getStyler().setYAxisLogarithmic(!curve && m.y().get().logarithmic());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(5);
        if (!m.background().isEmpty()) {
            band(chart, m, "margin < -1 (holds)", c -> c.status().decided() && c.margin() < -1, HOLDS);
            band(chart, m, "-1 <= margin <= 0 (holds, near)", c -> c.status().decided() && c.margin() >= -1
                    && c.margin() <= 0, NEAR);
            band(chart, m, "0 < margin <= 1 (fails)", c -> c.status().decided() && c.margin() > 0
                    && c.margin() <= 1, EDGE);
            band(chart, m, "margin > 1 (fails)", c -> c.status().decided() && c.margin() > 1, FAILS);
            band(chart, m, "not decided (outside, hypothesis fails, vacuous)", c -> !c.status().decided(), UNDECIDED);
        }
        points(chart, m, "search: holds", e -> e.status() == Falsifier.Evaluation.Status.HOLDS, Color.BLACK,
                SeriesMarkers.CIRCLE);
        points(chart, m, "search: fails", e -> e.status() == Falsifier.Evaluation.Status.FAILS, FAILS,
                SeriesMarkers.CROSS);
        points(chart, m, "search: not decided", e -> !e.status().decided(), Color.GRAY, SeriesMarkers.DIAMOND);
        return chart;
    }

    private static void band(XYChart chart, SearchMap m, String name, Predicate<SearchMap.Cell> keep, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (SearchMap.Cell c : m.background()) {
            if (keep.test(c)) {
                x.add(c.x());
                y.add(m.y().isPresent() ? c.y() : c.margin());
            }
        }
        if (!x.isEmpty() && (m.y().isPresent() || y.stream().anyMatch(Double::isFinite))) {
            XYSeries s = chart.addSeries(name, x, finite(y));
            s.setMarker(SeriesMarkers.SQUARE);
            s.setMarkerColor(color);
        }
    }

    private static void points(XYChart chart, SearchMap m, String name, Predicate<Falsifier.Evaluation> keep,
                               Color color, Marker marker) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Falsifier.Evaluation e : m.points()) {
            Double vx = e.values().get(m.x().name());
            double vy = m.y().isPresent() ? e.values().get(m.y().get().name())
                    : e.status().decided() ? e.margin() : 0;
            if (keep.test(e) && vx != null && plottable(vx, m.x()) && (m.y().isEmpty() || plottable(vy, m.y().get()))
                    && Double.isFinite(vy)) {
                x.add(vx);
                y.add(vy);
            }
        }
        if (!x.isEmpty()) {
            XYSeries s = chart.addSeries(name + " (" + x.size() + ")", x, y);
            s.setMarker(marker);
            s.setMarkerColor(color);
        }
    }

    /** A value a logarithmic axis can show (the extra 0 of a range cannot). */
    private static boolean plottable(double v, SearchMap.Axis a) {
        return Double.isFinite(v) && (!a.logarithmic() || v > 0);
    }

    /** Margins clipped to a drawable range (an underflowing p gives about -745). */
    private static List<Double> finite(List<Double> y) {
        List<Double> out = new ArrayList<>();
        for (double v : y) {
            out.add(Double.isFinite(v) ? v : Double.NaN);
        }
        return out;
    }
}
