package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.Claim;
import org.reluspec.engine.Conclusion;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProbabilisticCheck;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.engine.Verdict;
import org.reluspec.report.ClaimsTable;
import org.reluspec.report.JsonReport;
import org.reluspec.work.ShardedRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reluspec.util.Checks;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reluspec check ID [--param name=value ...]}: check one claim at one point (all its parameters given) or
 * over its default grid (none given); {@code reluspec check --all}: every claim over its default grid.
 */
@Command(name = "check", description = "Check a claim at a parameter point, or over its default grid.")
final class CheckCommand implements Callable<Integer>, Distributable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "claim id, e.g. MYV-B.1")
    private String id;

    @Option(names = "--all", description = "check every claim over its default grid")
    private boolean all;

    @Option(names = "--variant", paramLabel = "NAME", description = "only this variant (default: every variant whose parameters match --param)")
    private String variant;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value (repeatable)")
    private List<String> params = new ArrayList<>();

    @Option(names = "--trials", defaultValue = "100000", description = "Monte Carlo trials per point (default ${DEFAULT-VALUE})")
    private long trials;

    @CommandLine.Mixin
    private SeedOption seed;

    @CommandLine.Mixin
    private ThreadsOption threads;

    @Option(names = "--alpha", defaultValue = "0.01", description = "family-wise error rate of the run (default ${DEFAULT-VALUE})")
    private double alpha;

    @Option(names = "--sequential", description = "stop each Monte Carlo point as soon as its verdict is decided")
    private boolean sequential;

    @Option(names = "--seconds", defaultValue = "0", description = "wall-clock budget per point with --sequential (0 = none); makes trial counts machine-dependent")
    private double seconds;

    @CommandLine.Mixin
    private OutputOptions output;

    @CommandLine.Mixin
    private ShardOptions shards;

    private List<SuiteRun.ClaimAtPoint> work;
    private CheckSettings settings;
    private boolean single;
    private final long start = System.nanoTime();
    private final String startedAt = java.time.Instant.now().toString();

    @Override
    public Integer call() {
        ShardedRun units = work();
        if (shards.active()) {
            ExperimentCommand.UnitProgress progress = new ExperimentCommand.UnitProgress(output.progress
                    ? spec.commandLine().getErr() : null);
            // points one at a time, each on every thread: the order in which a run's points finish is the run's order
            return shards.run(units, progress, 1, spec.commandLine().getOut(), output.progress
                    ? spec.commandLine().getErr() : null).map(this::finish).orElse(0);
        }
        RunReport report;
        if (output.progress) {
            try (ProgressDisplay display = new ProgressDisplay(work.size())) {
                report = SuiteRun.run(work, settings, display);
            }
        } else {
            report = SuiteRun.run(work, settings);
        }
        return print(report);
    }

    @Override
    public ShardedRun work() {
        Checks.requireAtLeast(trials, 1, "trials");
        Checks.requireOpenUnitInterval(alpha, "alpha");
        if (!(seconds >= 0)) {
            throw new ReluSpecArgumentException(Violation.TOO_SMALL, "seconds", seconds, 0);
        }
        work = selectWork();
        single = !all && !params.isEmpty();
        settings = CheckSettings.of(seed.seed, trials, threads.threads(), alpha, single
                ? CheckSettings.SimulationPolicy.ALWAYS : CheckSettings.SimulationPolicy.WHERE_REACHABLE)
                .withSequential(sequential, seconds);
        // a point is a unit; a point simulated with many trials is one unit per block of trials (counts add
        // exactly), and the point's result is assembled from the blocks' counts
        units = new java.util.LinkedHashMap<>();
        for (SuiteRun.ClaimAtPoint c : work) {
            String address = SuiteRun.address(c);
            long trials = c.claim() instanceof ProbabilisticClaim pc
                    ? ProbabilisticCheck.fixedSimulationTrials(pc, c.point(), settings) : 0;
            if (trials > TRIAL_BLOCK) {
                for (long from = 0; from < trials; from += TRIAL_BLOCK) {
                    long to = Math.min(trials, from + TRIAL_BLOCK);
                    add(address + " trials " + from + ".." + to, new Unit(c, from, to));
                }
            } else {
                add(address, new Unit(c, -1, -1));
            }
        }
        return ShardedRun.of(SuiteRun.runKey(settings, work.size()) + " block=" + TRIAL_BLOCK,
                List.copyOf(units.keySet()), address -> {
                    Unit u = units.get(address);
                    ObjectNode value = JsonReport.mapper().createObjectNode();
                    if (u.from() < 0) {
                        value.set("result", JsonReport.mapper().valueToTree(SuiteRun.check(u.point(), settings,
                                work.size())));
                    } else {
                        long begin = System.nanoTime();
                        value.put("failures", ProbabilisticCheck.failures((ProbabilisticClaim) u.point().claim(),
                                u.point().point(), u.point().gridPoint(), settings, u.from(), u.to()));
                        value.put("seconds", (System.nanoTime() - begin) * 1e-9);
                    }
                    return value;
                });
    }

    /** Trials of one unit of a point's simulation. */
    static final long TRIAL_BLOCK = 1L << 20;

    /**
     * A unit of a check: a whole point ({@code from < 0}), or trials {@code from..to-1} of its simulation.
     *
     * @param point the claim at the point
     * @param from first trial, or -1
     * @param to one past the last, or -1
     */
    private record Unit(SuiteRun.ClaimAtPoint point, long from, long to) {
    }

    private Map<String, Unit> units;

    private void add(String address, Unit unit) {
        if (units.putIfAbsent(address, unit) != null) {
            throw new IllegalStateException("two units of the run at " + address);
        }
    }

    @Override
    public ShardOptions shards() {
        return shards;
    }

    @Override
    public int finish(List<ObjectNode> values) {
        Map<SuiteRun.ClaimAtPoint, ClaimResult> whole = new java.util.HashMap<>();
        Map<SuiteRun.ClaimAtPoint, java.util.TreeMap<Long, long[]>> blocks = new java.util.HashMap<>();
        List<Unit> list = List.copyOf(units.values());
        for (int i = 0; i < list.size(); i++) {
            Unit u = list.get(i);
            ObjectNode v = values.get(i);
            if (u.from() >= 0) {
                if (!v.path("failures").canConvertToLong()) {
                    throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "a unit's value is not a failure "
                            + "count: " + v);
                }
                blocks.computeIfAbsent(u.point(), x -> new java.util.TreeMap<>()).put(u.from(),
                        new long[] {u.to(), v.get("failures").asLong(),
                            Double.doubleToLongBits(v.path("seconds").asDouble())});
                continue;
            }
            try {
                whole.put(u.point(), JsonReport.mapper().treeToValue(v.get("result"), ClaimResult.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "a unit's value is not a point "
                        + "result: " + e.getMessage());
            }
        }
        List<ClaimResult> results = new ArrayList<>();
        for (SuiteRun.ClaimAtPoint c : work) {
            java.util.TreeMap<Long, long[]> counted = blocks.get(c);
            results.add(counted == null ? whole.get(c) : SuiteRun.check(c, settings, work.size(),
                    new ProbabilisticCheck.Counted() {
                        @Override
                        public long failures(long from, long to) {
                            return sum(counted, from, to);
                        }

                        @Override
                        public double seconds() {
                            return counted.values().stream().mapToDouble(b -> Double.longBitsToDouble(b[2])).sum();
                        }
                    }));
        }
        return print(SuiteRun.assemble(results, settings, startedAt, (System.nanoTime() - start) * 1e-9));
    }

    /** The failures of trials {@code from..to-1} from blocks that tile them exactly. */
    private static long sum(java.util.TreeMap<Long, long[]> blocks, long from, long to) {
        long failures = 0;
        long at = from;
        while (at < to) {
            long[] block = blocks.get(at);
            if (block == null || block[0] > to) {
                throw new IllegalStateException("no block of trials starts at " + at + " within " + from + ".." + to);
            }
            failures += block[1];
            at = block[0];
        }
        return failures;
    }

    private int print(RunReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (single) {
            for (ClaimResult r : report.results()) {
                printDetail(out, r, report);
            }
        } else {
            out.print(ClaimsTable.format(report));
        }
        out.flush();
        output.writeJson(report);
        boolean selfCheckFailed = report.results().stream().anyMatch(r -> r.verdict() == Verdict.SELF_CHECK_FAILED);
        return selfCheckFailed ? ReluSpecCommand.EXIT_SELF_CHECK_FAILED : 0;
    }

    private List<SuiteRun.ClaimAtPoint> selectWork() {
        ClaimRegistry registry = Papers.registry();
        if (all) {
            return SuiteRun.defaultGrids(registry, c -> true);
        }
        if (id == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a claim ID or --all");
        }
        List<Claim> variants = registry.byId(id);
        if (variant != null) {
            variants = variants.stream().filter(c -> c.variant().equalsIgnoreCase(variant)).toList();
            if (variants.isEmpty()) {
                throw new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, id + " variant " + variant);
            }
        }
        if (params.isEmpty()) {
            return SuiteRun.defaultGrids(registry, variants::contains);
        }
        Map<String, Double> given = Params.parse(params);
        List<Claim> matching = variants.stream().filter(c -> c.parameters().stream()
                .map(ParameterSpec::name).collect(Collectors.toSet()).equals(given.keySet())).toList();
        if (!matching.isEmpty()) {
            variants = matching;
        }
        List<SuiteRun.ClaimAtPoint> work = new ArrayList<>();
        for (Claim c : variants) {
            work.add(new SuiteRun.ClaimAtPoint(c, ParameterPoint.of(c, given), 0));
        }
        return work;
    }

    private static void printDetail(PrintWriter out, ClaimResult r, RunReport report) {
        out.printf(Locale.ROOT, "%s (%s) — %s %s%n", r.id(), r.variant(), r.paper(), r.label());
        out.printf(Locale.ROOT, "parameters: %s%n", r.parameters());
        out.println("hypotheses:");
        for (HypothesisResult h : r.hypotheses()) {
            out.printf(Locale.ROOT, "  %-3s %-5s %s  (lhs %s, rhs %s, margin %s)%n", h.id(),
                    h.holds() ? "holds" : "FAILS", h.text(), h.lhs(), h.rhs(), h.margin());
        }
        if (r.conclusion() instanceof Conclusion.Probabilistic p) {
            printProbabilistic(out, p, report);
        } else {
            DeterministicOutcome o = r.outcome().orElseThrow();
            out.printf(Locale.ROOT, "conclusion: %s: lhs %.10g, rhs %.10g, %s%n", o.relation(), o.lhs(), o.rhs(),
                    o.holds() ? "holds" : "FAILS");
        }
        out.printf(Locale.ROOT, "verdict: %s — %s%n", r.verdict(), r.note());
        out.printf(Locale.ROOT, "seed %d, generator %s, %d threads%n", report.seed(), report.generator(),
                report.threads());
    }

    private static void printProbabilistic(PrintWriter out, Conclusion.Probabilistic p, RunReport report) {
        out.printf(Locale.ROOT, "failure event: %s%n", p.relation());
        p.exact().ifPresent(e -> out.printf(Locale.ROOT, "exact: %s = %.10g (Hipparchus %.17g, Commons Statistics "
                + "%.17g, rel. diff %.2e)%n", e.formula(), e.value(), e.hipparchus(), e.commonsStatistics(),
                e.relativeDisagreement()));
        p.simulation().ifPresent(s -> {
            out.printf(Locale.ROOT, "estimate: %d / %d = %.6g, %s interval [%.6g, %.6g] at %.6g%n", s.failures(),
                    s.trials(), s.estimate(), s.interval().method(), s.interval().lower(), s.interval().upper(),
                    s.interval().confidence());
            out.printf(Locale.ROOT, "one-sided upper bound at %.4g: %.6g; %.0f trials/s (%.2f s)%s%n",
                    1 - report.alpha() / s.looks(), s.upperOneSided(), s.trialsPerSecond(), s.seconds(),
                    s.looks() > 1 ? "; sequential, up to " + s.looks() + " looks" : "");
        });
        p.importanceSampling().ifPresent(is -> out.printf(Locale.ROOT, "importance sampling: %.6g +- %.2g (relative "
                + "error %.2g, %d trials, %.2f s)%n", is.estimate(), is.standardError(), is.relativeError(),
                is.trials(), is.seconds()));
        out.printf(Locale.ROOT, "bound: %s = %.10g%n", p.boundFormula(), p.statedBound());
    }
}
