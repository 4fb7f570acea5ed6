package org.reluspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.reluspec.plots.Plots;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.Conclusion;
import org.reluspec.engine.Simulation;
import org.reluspec.stats.ExactProbability;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.Verdict;
import org.reluspec.util.Formats;

/**
 * The HTML report: {@code index.html} with the claims table (filterable by paper and verdict with a few lines of
 * inline script), the discrepancy register, the experiments with their plots, the regime maps and the proof ledger;
 * one page per claim id with its statement, variants, hypotheses and verdict per grid point, and a plot of the
 * estimated failure probability (Clopper-Pearson interval) against the stated bound and the exact value. Everything is
 * local: no CDN, no web font, no external script, so the report opens offline. After loading, the page records in
 * {@code body} attributes how many images loaded and how many failed (read by the headless-browser test).
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * @param report the claims run
     * @param reportDir the report folder (it holds {@code experiments/}, {@code regimes/}, {@code proof-ledger.md},
     *                  {@code runtime-clauses.md} when those were produced); {@code index.html} and {@code claims/}
     *                  are written here
     * @param register {@code spec/discrepancies.md}, or {@code null}
     * @param statements claim statements by {@code id/variant} (from the registry)
     * @return the index file
     */
    public static Path write(RunReport report, Path reportDir, Path register, Map<String, String> statements) {
        try {
            Files.createDirectories(reportDir.resolve("claims"));
            Map<String, List<ClaimResult>> byId = new LinkedHashMap<>();
            for (ClaimResult r : report.results()) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<ClaimResult>> e : byId.entrySet()) {
                String png = plot(e.getKey(), e.getValue(), reportDir.resolve("claims"));
                Files.writeString(reportDir.resolve("claims").resolve(file(e.getKey()) + ".html"),
                        claimPage(e.getKey(), e.getValue(), png, statements), StandardCharsets.UTF_8);
            }
            Path index = reportDir.resolve("index.html");
            Files.writeString(index, index(report, byId, reportDir, register), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String file(String id) {
        return id.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = "<style>body{font-family:sans-serif;margin:1.5em;max-width:1400px}"
            + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
            + "th{background:#eee}.EXACT_HOLDS,.CONFIRMED{color:#186a1a}.VIOLATED,.EXACT_VIOLATED,.COUNTEREXAMPLE,"
            + ".SELF_CHECK_FAILED{color:#b00;font-weight:bold}.VACUOUS,.NOT_APPLICABLE,.INCONCLUSIVE{color:#8a6d00}"
            + "img{max-width:720px;border:1px solid #ddd;margin:4px}code{background:#f4f4f4}</style>";

    /** Counts loaded and broken images into body attributes once everything has loaded. */
    private static final String IMAGE_PROBE = "<script>window.addEventListener('load',function(){var ok=0,bad=0;"
            + "document.querySelectorAll('img').forEach(function(i){if(i.complete&&i.naturalWidth>0){ok++}else{bad++}});"
            + "document.body.setAttribute('data-images-loaded',ok);document.body.setAttribute('data-images-broken',bad);"
            + "});</script>";

    private static final String FILTER = "<script>function filterClaims(){var p=document.getElementById('paper').value,"
            + "v=document.getElementById('verdict').value,n=0;document.querySelectorAll('#claims tbody tr').forEach("
            + "function(r){var show=(!p||r.dataset.paper===p)&&(!v||r.dataset.verdict===v);r.style.display=show?'':"
            + "'none';if(show){n++}});document.getElementById('shown').textContent=n}</script>";

    /**
     * One line per finding of the register, newest row first: what a reader wants before the full table.
     *
     * @param register the text of spec/discrepancies.md
     * @return an HTML section
     */
    static String findings(String register) {
        List<Register.Row> rows = new ArrayList<>(Register.parse(register).rows());
        rows.sort((a, b) -> Integer.compare(b.number(), a.number()));
        StringBuilder h = new StringBuilder("<h2 id=\"findings\">Findings</h2><p>").append(rows.size())
                .append(" rows of the discrepancy register, newest first.</p><ul>");
        for (Register.Row r : rows) {
            int stop = r.found().indexOf(". ");
            h.append("<li><b>").append(r.number()).append("</b> ").append(esc(r.id())).append(" <code>")
                    .append(esc(String.join(", ", r.variants()))).append("</code> ").append(esc(r.verdict()))
                    .append(" (").append(esc(r.kind())).append("): ")
                    .append(esc(stop > 0 ? r.found().substring(0, stop + 1) : r.found())).append("</li>");
        }
        return h.append("</ul>").toString();
    }

    private static String index(RunReport report, Map<String, List<ClaimResult>> byId, Path dir, Path register)
            throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>ReLUSpec report</title>" + STYLE + FILTER + IMAGE_PROBE + "</head><body>");
        h.append("<h1>ReLUSpec report</h1><p>").append(esc(ClaimsTable.summary(report))).append("; generator ")
                .append(esc(report.generator())).append("; started ").append(esc(report.startedAt())).append("</p>");
        if (register != null && Files.exists(register)) {
            h.append(findings(Files.readString(register)));
        }
        h.append("<p>Sections: <a href=\"#findings\">findings</a> · <a href=\"#claims-section\">claims</a> · "
                + "<a href=\"#register\">discrepancy register</a> · "
                + "<a href=\"#experiments\">experiments</a> · <a href=\"#regimes\">regime maps</a> · "
                + "<a href=\"#search\">search maps</a> · "
                + "<a href=\"#proofs\">static verification</a></p>");
        h.append("<h2 id=\"claims-section\">Claims</h2><p>Paper <select id=\"paper\" onchange=\"filterClaims()\">"
                + "<option value=\"\">all</option>");
        for (String p : report.results().stream().map(ClaimResult::paper).distinct().toList()) {
            h.append("<option>").append(esc(p)).append("</option>");
        }
        h.append("</select> Verdict <select id=\"verdict\" onchange=\"filterClaims()\"><option value=\"\">all</option>");
        for (Verdict v : Verdict.values()) {
            h.append("<option>").append(v.name()).append("</option>");
        }
        h.append("</select> showing <span id=\"shown\">").append(report.results().size()).append("</span> of ")
                .append(report.results().size()).append(" points</p>");
        h.append("<table id=\"claims\"><thead><tr><th>id</th><th>variant</th><th>parameters</th><th>exact</th>"
                + "<th>estimate [interval]</th><th>bound</th><th>verdict</th></tr></thead><tbody>");
        for (ClaimResult r : report.results()) {
            h.append("<tr data-paper=\"").append(esc(r.paper())).append("\" data-verdict=\"").append(r.verdict().name())
                    .append("\"><td><a href=\"claims/").append(file(r.id())).append(".html\">").append(esc(r.id()))
                    .append("</a></td><td>").append(esc(r.variant())).append("</td><td>")
                    .append(esc(ResultFormats.params(r))).append("</td>");
            for (String v : ResultFormats.values(r)) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("<td class=\"").append(r.verdict().name()).append("\">").append(r.verdict().name()).append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<h2 id=\"register\">Discrepancy register</h2>");
        h.append(register != null && Files.exists(register) ? markdown(Files.readString(register))
                : "<p>spec/discrepancies.md not found</p>");
        h.append("<h2 id=\"experiments\">Experiments</h2>");
        h.append(images(dir, "experiments"));
        h.append("<h2 id=\"regimes\">Regime maps</h2><p>Where every hypothesis holds and the stated failure bound is "
                + "below 1/2, on an exact grid (<code>reluspec regimes</code>).</p>");
        h.append(images(dir, "regimes"));
        Path regimeText = dir.resolve("regimes").resolve("smallest.md");
        if (Files.exists(regimeText)) {
            h.append(markdown(Files.readString(regimeText)));
        }
        h.append("<h2 id=\"search\">Search maps</h2><p>Each claim against its parameters: the falsifier's margin "
                + "(<code>ln(p/B)</code> for a probability, the relation's relative gap otherwise; positive where the "
                + "claim fails) over the two parameters that move it most, with the search's points marked "
                + "(<code>reluspec falsify --maps DIR</code>; spec/falsifier.md has every search's coverage).</p>");
        h.append(searchMaps(dir));
        h.append("<h2 id=\"proofs\">Static verification</h2>");
        Path ledger = dir.resolve("proof-ledger.md");
        h.append(Files.exists(ledger) ? markdown(Files.readString(ledger)) : "<p>No proof ledger in this run (it is "
                + "written by KernelProofIT in mvn verify and by ci/prove.sh).</p>");
        Path runtime = dir.resolve("runtime-clauses.md");
        if (Files.exists(runtime)) {   // written by RuntimeClauseLedgerTest, after it has checked the table both ways
            h.append(markdown(Files.readString(runtime)));
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /** The search maps listed in {@code search/index.tsv}, failing claims first. */
    private static String searchMaps(Path dir) throws IOException {
        Path index = dir.resolve("search").resolve("index.tsv");
        if (!Files.exists(index)) {
            return "<p>none in this run (FalsifierIT writes them in mvn verify)</p>";
        }
        StringBuilder h = new StringBuilder();
        for (String line : Files.readAllLines(index)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                h.append("<figure style=\"display:inline-block\"><img src=\"search/").append(esc(f[0]))
                        .append("\" alt=\"").append(esc(f[1])).append("\" loading=\"lazy\"><figcaption>")
                        .append(esc(f[2])).append("</figcaption></figure>");
            }
        }
        return h.toString();
    }

    private static String images(Path dir, String sub) throws IOException {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder)) {
            return "<p>none in this run</p>";
        }
        StringBuilder h = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                h.append("<figure style=\"display:inline-block\"><img src=\"").append(sub).append('/')
                        .append(esc(p.getFileName().toString())).append("\" alt=\"").append(esc(p.getFileName().toString()))
                        .append("\"><figcaption>").append(esc(p.getFileName().toString())).append("</figcaption></figure>");
            }
        }
        return h.length() == 0 ? "<p>none in this run</p>" : h.toString();
    }

    /** Renders the subset of Markdown the spec files use: headings, paragraphs, pipe tables, inline code. */
    static String markdown(String md) {
        StringBuilder h = new StringBuilder();
        boolean inTable = false;
        boolean header = false;
        for (String line : md.split("\n")) {
            String t = line.strip();
            if (t.startsWith("|")) {
                String[] cells = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length()).split("(?<!\\\\)\\|", -1);
                if (cells.length > 0 && cells[0].strip().matches("-+")) {
                    continue;
                }
                if (!inTable) {
                    h.append("<table>");
                    inTable = true;
                    header = true;
                }
                h.append("<tr>");
                for (String c : cells) {
                    h.append(header ? "<th>" : "<td>").append(inline(c.strip())).append(header ? "</th>" : "</td>");
                }
                h.append("</tr>");
                header = false;
                continue;
            }
            if (inTable) {
                h.append("</table>");
                inTable = false;
            }
            if (t.startsWith("#")) {
                int level = Math.min(6, 2 + (int) t.chars().takeWhile(c -> c == '#').count());
                h.append("<h").append(level).append('>').append(inline(t.replaceFirst("^#+\\s*", ""))).append("</h")
                        .append(level).append('>');
            } else if (!t.isEmpty()) {
                h.append("<p>").append(inline(t)).append("</p>");
            }
        }
        if (inTable) {
            h.append("</table>");
        }
        return h.toString();
    }

    private static String inline(String s) {
        String e = esc(s.replace("\\|", "|"));
        return e.replaceAll("`([^`]*)`", "<code>$1</code>");
    }

    private static String claimPage(String id, List<ClaimResult> results, String png, Map<String, String> statements) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(id)).append("</title>").append(STYLE).append(IMAGE_PROBE).append("</head><body>")
                .append("<p><a href=\"../index.html\">report</a></p><h1>").append(esc(id)).append(" — ")
                .append(esc(results.get(0).label())).append("</h1>");
        List<String> variants = results.stream().map(ClaimResult::variant).distinct().toList();
        for (String v : variants) {
            h.append("<h2>variant ").append(esc(v)).append("</h2><p>")
                    .append(esc(statements.getOrDefault(id + "/" + v, ""))).append("</p>");
            ClaimResult first = results.stream().filter(r -> r.variant().equals(v)).findFirst().orElseThrow();
            h.append("<p>Failure event / relation: <code>").append(esc(first.conclusion().relation())).append("</code>")
                    .append(first.probabilistic().map(p -> "; stated bound <code>" + esc(p.boundFormula()) + "</code>")
                            .orElse(""))
                    .append("</p><table><tr><th>parameters</th><th>hypotheses</th><th>exact</th><th>estimate [interval]</th>"
                            + "<th>bound</th><th>verdict</th><th>why</th></tr>");
            for (ClaimResult r : results) {
                if (!r.variant().equals(v)) {
                    continue;
                }
                StringBuilder hyp = new StringBuilder();
                for (HypothesisResult x : r.hypotheses()) {
                    hyp.append(x.holds() ? "" : "<b>FAILS</b> ").append(esc(x.id())).append(": ").append(esc(x.text()))
                            .append(Double.isNaN(x.lhs()) ? "" : String.format(Locale.ROOT, " (%s vs %s)",
                                    Formats.fourDigits(x.lhs()), Formats.fourDigits(x.rhs()))).append("<br>");
                }
                h.append("<tr><td>").append(esc(ResultFormats.params(r))).append("</td><td>").append(hyp).append("</td><td>")
                        .append(String.join("</td><td>", Arrays.stream(ResultFormats.values(r)).map(HtmlReport::esc)
                                .toList()))
                        .append("</td><td class=\"").append(r.verdict().name()).append("\">").append(r.verdict().name())
                        .append("</td><td>").append(esc(r.note())).append("</td></tr>");
            }
            h.append("</table>");
        }
        if (png != null) {
            h.append("<h2>Failure probability per grid point</h2><img src=\"").append(esc(png)).append("\" alt=\"")
                    .append(esc(id)).append(" plot\">");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /**
     * Estimated failure probability with its interval, the stated bound and the exact value, per grid point of every
     * probabilistic variant, on a log scale; {@code null} for a deterministic claim.
     */
    private static String plot(String id, List<ClaimResult> results, Path dir) throws IOException {
        List<Conclusion.Probabilistic> prob = results.stream().flatMap(r -> r.probabilistic().stream()).toList();
        if (prob.isEmpty()) {
            return null;
        }
        XYChart chart = new XYChartBuilder().width(760).height(440).title(id + ": failure probability per grid point")
                .xAxisTitle("grid point (variants in order)").yAxisTitle("probability (log scale)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        List<Double> x = new ArrayList<>();
        List<Double> bound = new ArrayList<>();
        List<Double> ex = new ArrayList<>();
        List<Double> exX = new ArrayList<>();
        List<Double> est = new ArrayList<>();
        List<Double> estX = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        double smallest = 1;
        for (Conclusion.Probabilistic r : prob) {
            for (double v : new double[] {r.statedBound(), r.exact().map(ExactProbability::value).orElse(0.0),
                r.simulation().map(s -> s.interval().upper()).orElse(0.0)}) {
                if (v > 0) {
                    smallest = Math.min(smallest, v);
                }
            }
        }
        // A log axis cannot show 0: zero values and lower interval ends of 0 are drawn at a floor below everything else.
        double floor = Math.max(1e-300, smallest / 10);
        for (int i = 0; i < prob.size(); i++) {
            Conclusion.Probabilistic r = prob.get(i);
            x.add((double) i);
            bound.add(Math.max(floor, Math.min(1e300, r.statedBound())));
            if (r.exact().isPresent()) {
                exX.add((double) i);
                ex.add(Math.max(floor, r.exact().get().value()));
            }
            if (r.simulation().isPresent()) {
                Simulation s = r.simulation().get();
                estX.add((double) i);
                est.add(Math.max(floor, s.estimate()));
                lo.add(Math.max(floor, s.interval().lower()));
                hi.add(Math.max(floor, s.interval().upper()));
            }
        }
        XYSeries b = chart.addSeries("stated bound", x, bound);
        b.setMarker(SeriesMarkers.DIAMOND);
        if (!ex.isEmpty()) {
            chart.addSeries("exact (or rigorous upper bound)", exX, ex).setMarker(SeriesMarkers.CIRCLE);
        }
        if (!est.isEmpty()) {
            chart.addSeries("Monte Carlo estimate", estX, est).setMarker(SeriesMarkers.SQUARE);
            chart.addSeries("interval lower end", estX, lo).setMarker(SeriesMarkers.TRIANGLE_UP);
            chart.addSeries("interval upper end", estX, hi).setMarker(SeriesMarkers.TRIANGLE_DOWN);
        }
        String name = file(id) + ".png";
        Plots.savePng(chart, dir, name);
        return name;
    }

    /**
     * Copies a folder's PNG files next to the report (used when plots were written elsewhere).
     *
     * @param from source folder
     * @param to target folder
     * @throws IOException when copying fails
     */
    public static void copyPlots(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
