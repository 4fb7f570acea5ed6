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
import org.reluspec.experiments.ExperimentRunner;
import org.reluspec.experiments.Size;
import org.reluspec.report.JsonReport;
import org.reluspec.util.Checks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reluspec experiment MYV-E2 [--size reduced|paper] [--seeds N] [--seed S] [--threads T] [--out DIR]}: rerun
 * one of the papers' experiments (or {@code --all}, several side by side), print each configuration with the
 * theorem hypotheses it satisfies or violates, the measurements,
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

    @CommandLine.Mixin
    private ThreadsOption threads;

    @Option(names = "--size", defaultValue = "reduced", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "reduced (what mvn verify runs, the default) or paper (the paper's configuration)")
    private Size size;

    @Option(names = "--out", defaultValue = "target/reluspec-report/experiments",
            description = "folder for the JSON and the plots, paper-size runs in its subfolder paper (default "
                    + "${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (list) {
            for (Experiment e : Papers.experiments()) {
                o.printf(Locale.ROOT, "%-18s %s  [%s]%n%-18s paper size: %s%n", e.id(), e.title(), e.source(), "",
                        e.paperScale());
            }
            return 0;
        }
        Checks.requireAtLeast(seeds, 1, "seeds");
        if (all == (id != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one experiment id or --all");
        }
        List<Experiment> chosen = all ? Papers.experiments() : List.of(Papers.experiment(id));
        int workers = threads.threads() == 0 ? Runtime.getRuntime().availableProcessors() : threads.threads();
        // paper-size results go to their own folder so that they never replace the reduced ones mvn verify wrote
        Path dir = size == Size.PAPER ? out.resolve("paper") : out;
        ExperimentRunner.run(chosen, seed.seed, (int) seeds, size, dir, workers, (e, r) -> {
            ExperimentPrinter.print(o, e, r);
            o.flush();
            try {
                JsonReport.writeAtomically(r, dir.resolve(e.id() + ".json"));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return 0;
    }

    /** {@code reduced} or {@code paper}, any case. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            for (Size s : Size.values()) {
                if (s.label().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (reduced or paper)");
        }
    }
}
