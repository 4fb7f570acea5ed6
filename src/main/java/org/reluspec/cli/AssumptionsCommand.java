package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.engine.Theorem;
import org.reluspec.papers.Paper;
import org.reluspec.data.DataFacts;
import org.reluspec.data.DatasetFiles;
import org.reluspec.experiments.ExperimentEntry;
import org.reluspec.experiments.Experiment;
import org.reluspec.train.BiasedNetwork;
import org.reluspec.train.NetworkFiles;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec assumptions}: does a theorem apply to my setting? Given parameters, a dataset file or a network
 * file, evaluates the hypotheses of every claim whose setting parameters ({@link Claim#settingParameters()}) are all
 * known (or of {@code --claim ID}), printing each with its left side, right side, margin and verdict, and whether the
 * stated failure bound is below 1 there. {@code --experiments} (or {@code --experiment ID}) does the same for the
 * papers' experimental configurations. Exit codes: 0 every hypothesis holds, 1 some fail, 2 bad input.
 */
@Command(name = "assumptions", description = "Evaluate the hypotheses of the claims that can apply to a setting "
        + "(--param), a dataset (--data), a network (--net), or the papers' experiments (--experiments).")
final class AssumptionsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter of the setting (repeatable)")
    private List<String> params = new ArrayList<>();

    @Option(names = "--claim", paramLabel = "ID", description = "only this claim")
    private String claimId;

    @Option(names = "--data", paramLabel = "FILE", description = "dataset, one example per line: label,x_1,...,x_d")
    private Path data;

    @Option(names = "--net", paramLabel = "FILE", description = "network as JSON: {\"w\": [[...]], \"v\": [...], "
            + "\"b\": [...], \"c\": 0}")
    private Path net;

    @Option(names = "--experiment", paramLabel = "ID", description = "one experiment of catalogue section 6")
    private String experiment;

    @Option(names = "--experiments", description = "every experiment of catalogue section 6")
    private boolean experiments;

    private int failed;
    private int evaluated;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (experiments || experiment != null) {
            return experiments(out);
        }
        Map<String, Double> given = new LinkedHashMap<>(Params.parse(params));
        if (data != null) {
            DataFacts f = DataFacts.of(DatasetFiles.read(data));
            out.printf(Locale.ROOT, "data %s: d = %d, r = %d examples; linear span of dimension %d (ell = d - rank = "
                    + "%d), affine hull of dimension %d%s; ||x|| in [%.6g, %.6g]; p = max |<x_i,x_j>| = %.6g; "
                    + "c = min class fraction = %.4g%n", data, f.d(), f.r(), f.rank(), f.ell(), f.affineRank(),
                    f.affineOnly() ? " (an affine plane missing the origin)" : "",
                    f.minNorm(), f.maxNorm(), f.p(), f.c());
            for (Paper paper : Papers.all()) {
                paper.dataHypotheses(f).forEach(h -> report(out, h.id(), h.text(), h.lhs(), h.rhs(), h.holds()));
            }
            given.putIfAbsent("d", (double) f.d());
            if (f.ell() >= 1) {
                given.putIfAbsent("ell", (double) f.ell());
            }
        }
        if (net != null) {
            BiasedNetwork n = NetworkFiles.read(net);
            out.printf(Locale.ROOT, "network %s: d = %d, width m = %d, biases %s, output weights +-1/sqrt(m): %s, "
                    + "imbalance max_j ||v_j|^2 - ||w_j||^2 - b_j^2| / max(1, v_j^2) = %.3g%n", net, n.d(), n.m(),
                    NetworkFiles.hasBiases(n) ? "present" : "zero", NetworkFiles.outputsArePlusMinusOneOverSqrtM(n),
                    NetworkFiles.imbalance(n));
            for (Paper paper : Papers.all()) {
                paper.networkHypotheses(n).forEach(h -> report(out, h.id(), h.text(), h.lhs(), h.rhs(), h.holds()));
            }
            if (given.containsKey("d") && given.get("d") != n.d()) {
                throw new ReluSpecArgumentException(Violation.DIMENSION_MISMATCH, "network vs data/param d", n.d(),
                        given.get("d").longValue());
            }
            given.putIfAbsent("d", (double) n.d());
            given.putIfAbsent("m", (double) n.m());
        }
        if (given.isEmpty() && data == null && net == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --param NAME=VALUE, --data FILE, --net FILE or --experiments");
        }
        List<Theorem> theorems = Papers.all().stream().flatMap(p -> p.theorems().stream())
                .filter(t -> !t.hypotheses().isEmpty()).toList();
        ClaimRegistry registry = Papers.registry();
        boolean isTheorem = claimId != null && theorems.stream().anyMatch(t -> t.id().equalsIgnoreCase(claimId));
        boolean hasClaims = claimId != null && registry.all().stream().anyMatch(c -> c.id().equalsIgnoreCase(claimId));
        List<Claim> claims = claimId == null ? registry.all() : hasClaims || !isTheorem ? registry.byId(claimId)
                : List.of();
        int claimsShown = 0;
        for (Claim c : claims) {
            boolean applicable = given.keySet().containsAll(c.settingParameters());
            if (!applicable) {
                if (claimId != null && isTheorem) {   // the theorem's own hypotheses answer; say what is skipped
                    List<String> missing = new ArrayList<>(c.settingParameters());
                    missing.removeAll(given.keySet());
                    out.printf(Locale.ROOT, "%s [%s]: not evaluated, needs %s%n", c.id(), c.variant(),
                            String.join(", ", missing));
                    continue;
                }
                if (claimId != null) {
                    List<String> missing = new ArrayList<>(c.settingParameters());
                    missing.removeAll(given.keySet());
                    throw new ReluSpecArgumentException(Violation.PARAMETER_MISSING, c.key(), String.join(", ", missing));
                }
                continue;
            }
            claimsShown++;
            try {
                evaluate(out, c, given);
            } catch (ReluSpecArgumentException e) {
                if (claimId != null) {
                    throw e;   // the user asked for this claim: a violated precondition is bad input
                }
                out.printf(Locale.ROOT, "%s [%s] %s %s%n", c.id(), c.variant(), c.source().paper(), c.source().label());
                report(out, "precondition", e.getMessage(), Double.NaN, Double.NaN, false);
            }
        }
        for (Theorem t : theorems) {
            if ((claimId == null || claimId.equalsIgnoreCase(t.id()))
                    && given.keySet().containsAll(t.parameterNames())) {
                claimsShown++;
                out.printf(Locale.ROOT, "%s %s  (%s)%n", t.id(), t.source().label(), t.note());
                for (HypothesisResult h : t.hypotheses(given)) {
                    report(out, h.id(), h.text(), h.lhs(), h.rhs(), h.holds());
                }
            }
        }
        if (claimsShown == 0 && (data == null && net == null) && claimId != null) {
            List<String> missing = new ArrayList<>(isTheorem ? theorems.stream()
                    .filter(t -> t.id().equalsIgnoreCase(claimId)).findFirst().orElseThrow().parameterNames()
                    : claims.isEmpty() ? List.of() : claims.get(0).settingParameters());
            missing.removeAll(given.keySet());
            throw new ReluSpecArgumentException(Violation.PARAMETER_MISSING, claimId, String.join(", ", missing));
        }
        if (claimsShown == 0 && (data == null && net == null)) {
            throw new ReluSpecArgumentException(Violation.PARAMETER_MISSING, "any claim",
                    "more of its setting parameters (given: " + given.keySet() + "; e.g. " + registry.all().get(0).key()
                            + " needs " + String.join(", ", registry.all().get(0).settingParameters()) + ")");
        }
        out.printf(Locale.ROOT, "%d claim variants evaluated, %d hypotheses fail%n", claimsShown, failed);
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private void evaluate(PrintWriter out, Claim c, Map<String, Double> given) {
        Map<String, Double> values = new LinkedHashMap<>();
        ParameterPoint first = c.defaultGrid().get(0);
        List<String> fromGrid = new ArrayList<>();
        for (ParameterSpec p : c.parameters()) {
            if (given.containsKey(p.name())) {
                values.put(p.name(), given.get(p.name()));
            } else {
                values.put(p.name(), first.get(p.name()));
                fromGrid.add(p.name() + "=" + org.reluspec.util.Formats.plain(first.get(p.name())));
            }
        }
        ParameterPoint point = ParameterPoint.of(c, values);
        out.printf(Locale.ROOT, "%s [%s] %s %s%s%n", c.id(), c.variant(), c.source().paper(), c.source().label(),
                fromGrid.isEmpty() ? "" : "  (check details from the default grid: " + String.join(", ", fromGrid) + ")");
        for (HypothesisResult h : c.hypotheses(point)) {
            report(out, h.id(), h.text(), h.lhs(), h.rhs(), h.holds());
        }
        if (c instanceof ProbabilisticClaim pc) {
            double b = pc.statedBound(point);
            out.printf(Locale.ROOT, "    bound %s = %.6g: %s%n", pc.boundFormula(), b,
                    b < 1 ? "below 1 (the claim says something here)" : "VACUOUS (>= 1: the claim says nothing here)");
        }
    }

    private void report(PrintWriter out, String id, String text, double lhs, double rhs, boolean holds) {
        evaluated++;
        if (!holds) {
            failed++;
        }
        if (Double.isNaN(lhs) && text.endsWith("[by construction of the trials]")) {
            // a structural condition (how data or training are made), which parameters cannot decide
            out.printf(Locale.ROOT, "    %-6s %-16s %s%n", "assume", id, text.replace(" [by construction of the trials]",
                    "") + "  (a condition on how the setting is built; not decided by parameters)");
            return;
        }
        if (Double.isNaN(lhs) && text.contains("not decidable")) {   // depends on an unnamed constant
            out.printf(Locale.ROOT, "    %-6s %-16s %s%n", "open", id, text);
            return;
        }
        if (Double.isNaN(lhs)) {
            out.printf(Locale.ROOT, "    %-6s %-16s %s  (a fact of the configuration)%n", holds ? "holds" : "FAILS", id,
                    text);
            return;
        }
        out.printf(Locale.ROOT, "    %-6s %-16s %s  (lhs %.6g, rhs %.6g, margin %.6g)%n", holds ? "holds" : "FAILS", id,
                text, lhs, rhs, lhs - rhs);
    }

    private int experiments(PrintWriter out) {
        List<ExperimentEntry> all = Papers.experimentConfigurations();
        List<ExperimentEntry> chosen = experiment == null ? all : all.stream()
                .filter(e -> e.id().equalsIgnoreCase(experiment)).toList();
        if (chosen.isEmpty()) {
            throw new ReluSpecArgumentException(Violation.UNKNOWN_CLAIM, experiment + " (experiments: "
                    + String.join(", ", all.stream().map(ExperimentEntry::id).toList()) + ")");
        }
        for (ExperimentEntry e : chosen) {
            out.printf(Locale.ROOT, "%s  [%s]%n", e.id(), e.source());
            for (Experiment.Configuration c : e.configurations()) {
                out.printf(Locale.ROOT, "  %s: %s%n", c.name(), c.description());
                for (HypothesisResult h : c.hypotheses()) {
                    report(out, h.id(), h.text(), h.lhs(), h.rhs(), h.holds());
                }
            }
        }
        out.printf(Locale.ROOT, "%d hypotheses evaluated, %d fail%n", evaluated, failed);
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
