package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reluspec.experiments.Experiment;
import org.reluspec.experiments.ExperimentResult;
import org.reluspec.report.JsonReport;
import org.reluspec.util.Checks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reluspec experiment MYV-E2 [--seeds N] [--seed S] [--out DIR]}: rerun one of the papers' experiments (or
 * {@code --all}), print each configuration with the theorem hypotheses it satisfies or violates, the measurements,
 * the paper's qualitative claim as inequalities, and write {@code DIR/ID.json} and the plots.
 */
@Command(name = "experiment", description = "Rerun a paper experiment (catalogue section 6): measurements, the "
        + "paper's qualitative claims as inequalities over seeds, hypotheses per configuration, plots.")
final class ExperimentCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "experiment id, e.g. MYV-E2")
    private String id;

    @Option(names = "--all", description = "run every experiment")
    private boolean all;

    @Option(names = "--list", description = "list the experiments")
    private boolean list;

    @Option(names = "--seeds", defaultValue = "3", description = "seeds per configuration (default ${DEFAULT-VALUE})")
    private long seeds;

    @CommandLine.Mixin
    private SeedOption seed;

    @Option(names = "--out", defaultValue = "target/reluspec-report/experiments",
            description = "folder for the JSON and the plots (default ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (list) {
            for (Experiment e : Papers.experiments()) {
                o.printf(Locale.ROOT, "%-10s %s  [%s]%n", e.id(), e.title(), e.source());
            }
            return 0;
        }
        Checks.requireAtLeast(seeds, 1, "seeds");
        if (all == (id != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one experiment id or --all");
        }
        List<Experiment> chosen = all ? Papers.experiments() : List.of(Papers.experiment(id));
        for (Experiment e : chosen) {
            ExperimentResult r = e.run(seed.seed, (int) seeds, out);
            ExperimentPrinter.print(o, e, r);
            try {
                JsonReport.writeAtomically(r, out.resolve(e.id() + ".json"));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return 0;
    }
}
