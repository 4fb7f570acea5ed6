package org.reluspec.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;

/** Prints an experiment's configurations with their hypotheses, its measurements and its checks. */
public final class ExperimentPrinter {

    private ExperimentPrinter() {
    }

    /**
     * @param o where to print
     * @param e the experiment
     * @param r its result
     */
    public static void print(PrintWriter o, Experiment e, ExperimentResult r) {

        o.printf(Locale.ROOT, "%s: %s%n  source: %s%n  %s size, seed %d, %d seeds per configuration, %.1f s%s%n",
                e.id(), e.title(), e.source(), r.size().label(), r.seed(), r.seeds(), r.seconds(),
                r.products().equals("reference") ? "" : "; products: " + r.products());
        for (Experiment.Configuration c : e.configurations(r.size())) {
            o.printf(Locale.ROOT, "  configuration %s: %s%n", c.name(), c.description());
            for (HypothesisResult h : c.hypotheses()) {
                o.printf(Locale.ROOT, "    %-9s %-15s %s%n", h.holds() ? "satisfies" : "VIOLATES", h.id(), h.text());
            }
        }
        for (ExperimentResult.Measurement m : r.measurements()) {
            o.printf(Locale.ROOT, "  %-16s %-40s median %.4g  per seed %s%n", m.configuration(), m.quantity(),
                    m.median(), java.util.Arrays.toString(java.util.Arrays.stream(m.perSeed())
                            .mapToObj(v -> String.format(Locale.ROOT, "%.4g", v)).toArray()));
        }
        for (ExperimentResult.Check c : r.checks()) {
            o.printf(Locale.ROOT, "  %s %s: %.4g vs %.4g%n", c.holds() ? "REPRODUCED    " : "NOT REPRODUCED", c.claim(),
                    c.lhs(), c.rhs());
        }
        o.printf(Locale.ROOT, "  outcome: %s; plots: %s%n", r.reproduced() ? "REPRODUCED" : "NOT REPRODUCED",
                String.join(", ", r.plots()));
        o.flush();
    }
}
