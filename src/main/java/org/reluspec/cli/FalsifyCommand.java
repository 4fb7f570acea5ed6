package org.reluspec.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.SuiteRun;
import org.reluspec.falsify.FalsifyReport;
import org.reluspec.falsify.Falsifier;
import org.reluspec.falsify.SearchResult;
import org.reluspec.papers.Papers;
import org.reluspec.report.SearchMaps;
import org.reluspec.report.JsonReport;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import org.reluspec.work.ShardedRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reluspec.util.Checks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reluspec falsify [ID ...|--all] [--budget N] [--json FILE]}: search each claim's printed domain. */
@Command(name = "falsify", description = "Search each claim's printed domain for its worst point: corners, edges, "
        + "Sobol interior points, refinement, the failure boundary and the simplest failing point.")
final class FalsifyCommand implements Callable<Integer>, Distributable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "claim ids (every variant of each)")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "every claim")
    private boolean all;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "" + Falsifier.DEFAULT_BUDGET,
            description = "evaluations per claim variant (default ${DEFAULT-VALUE}); the search is deterministic")
    private int budget;

    @CommandLine.Mixin
    private SeedOption seed;

    @CommandLine.Mixin
    private ThreadsOption threads;

    @Option(names = "--alpha", defaultValue = "0.01",
            description = "family-wise error rate of the run's VIOLATED findings (default ${DEFAULT-VALUE})")
    private double alpha;

    @CommandLine.Mixin
    private OutputOptions output;

    @Option(names = "--markdown", description = "print spec/falsifier.md instead of the text report")
    private boolean markdown;

    @Option(names = "--maps", paramLabel = "DIR",
            description = "also draw each claim's margin over its parameters with the search's points (PNG files and "
                    + "index.tsv in DIR, which reluspec report shows from REPORT_DIR/search)")
    private java.nio.file.Path maps;

    @CommandLine.Mixin
    private ShardOptions shards;

    private Falsifier.Settings settings;
    private List<Claim> claims;

    @Override
    public Integer call() {
        ShardedRun units = work();
        if (shards.active()) {
            ExperimentCommand.UnitProgress progress = new ExperimentCommand.UnitProgress(output.progress
                    ? spec.commandLine().getErr() : null);
            // the claims' searches side by side, as without a checkpoint
            return shards.run(units, progress, org.reluspec.harness.MonteCarlo.resolveThreads(threads.threads()),
                    spec.commandLine().getOut(), output.progress ? spec.commandLine().getErr() : null)
                    .map(this::finish).orElse(0);
        }
        FalsifyReport report;
        if (output.progress) {
            try (ProgressDisplay display = new ProgressDisplay(claims.size())) {
                report = FalsifyReport.run(SuiteRun.TOOL, claims, settings, alpha, display::step);
            }
        } else {
            report = FalsifyReport.run(SuiteRun.TOOL, claims, settings, alpha, () -> { });
        }
        return print(report);
    }

    @Override
    public ShardedRun work() {
        Checks.requireAtLeast(budget, 16, "budget");
        Checks.requireOpenUnitInterval(alpha, "alpha");
        settings = new Falsifier.Settings(budget, seed.seed, threads.threads());
        if (all == !ids.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give claim ids or --all");
        }
        ClaimRegistry registry = Papers.registry();
        claims = new ArrayList<>();
        if (all) {
            claims.addAll(registry.all());
        } else {
            for (String id : ids) {
                claims.addAll(registry.byId(id));
            }
        }
        java.util.Map<String, Claim> byKey = new java.util.LinkedHashMap<>();
        claims.forEach(c -> byKey.put(c.key(), c));
        claims = List.copyOf(byKey.values());
        return ShardedRun.of(FalsifyReport.runKey(settings), List.copyOf(byKey.keySet()), address -> {
            SearchResult r = Falsifier.search(byKey.get(address), settings);
            ObjectNode value = JsonReport.mapper().createObjectNode();
            value.set("search", JsonReport.mapper().valueToTree(r));
            // the evaluated points, which the result leaves out of its JSON, for --maps
            value.set("points", JsonReport.mapper().valueToTree(r.points()));
            return value;
        }, FalsifyReport.dearestFirst(byKey::get));
    }

    @Override
    public ShardOptions shards() {
        return shards;
    }

    @Override
    public int finish(List<ObjectNode> values) {
        List<SearchResult> results = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = JsonReport.mapper();
        for (ObjectNode v : values) {
            try {
                SearchResult r = json.treeToValue(v.get("search"), SearchResult.class);
                List<Falsifier.Evaluation> points = json.readerForListOf(Falsifier.Evaluation.class)
                        .readValue(v.get("points"));
                results.add(r.withPoints(points));
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "a unit's value is not a search "
                        + "result: " + e.getMessage());
            }
        }
        return print(FalsifyReport.assemble(SuiteRun.TOOL, settings, alpha, results));
    }

    private int print(FalsifyReport report) {
        if (maps != null) {
            SearchMaps.write(claims, report, settings, maps);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(report.markdown());
            out.flush();
            return 0;
        }
        for (SearchResult r : report.results()) {
            out.printf(Locale.ROOT, "%s %s (%s %s)%n  %s%n", r.fails() ? r.finding().name() : "no finding", r.key(),
                    r.paper(), r.label(), r.summary());
            for (Falsifier.Confirmation c : r.confirmations()) {
                out.printf(Locale.ROOT, "  confirmation at %s: %s, p = %s: %s%n", c.values(), c.evidence(),
                        c.pValue(), c.rejected() ? c.establishes() + " (Holm over the run)" : "not rejected");
            }
            r.boundary().ifPresent(b -> out.printf(Locale.ROOT, "  boundary: %s%n", b.text()));
            out.printf(Locale.ROOT, "  searched: %s%n", r.coverage());
        }
        out.printf(Locale.ROOT, "%d variants searched (%d fail somewhere in their printed domain); budget %d "
                + "evaluations each over a whole printed domain (at most %d for a Monte Carlo search, %d on trained "
                + "instances, %d for an order claim), seed %d%n",
                report.results().size(), report.results().stream().filter(SearchResult::fails).count(),
                budget, Falsifier.MONTE_CARLO_EVALUATIONS, Falsifier.INSTANCE_EVALUATIONS,
                Falsifier.ORDER_EVALUATIONS, seed.seed);
        out.flush();
        output.writeJson(report);
        return 0;
    }
}
