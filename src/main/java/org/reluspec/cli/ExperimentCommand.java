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
import org.reluspec.experiments.ExperimentPlan;
import org.reluspec.work.Shards;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reluspec.experiments.ExperimentRunner;
import org.reluspec.experiments.Units;
import org.reluspec.linalg.Blas;
import org.reluspec.linalg.DenseProducts;
import org.reluspec.experiments.Size;
import org.reluspec.report.JsonReport;
import org.reluspec.util.Checks;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
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
final class ExperimentCommand implements Callable<Integer>, Distributable {

    private List<Experiment> chosen;
    private UnitProgress progress;
    private DenseProducts products;


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

    @Option(names = "--no-progress", description = "no progress lines on standard error")
    private boolean noProgress;

    @Option(names = "--blas", description = "train through BLAS (OpenBLAS, several times faster at the paper size; "
            + "rounds differently from the reference products, so the numbers differ in the last digits and are "
            + "reproducible on one CPU kind; set OPENBLAS_NUM_THREADS=1 when running experiments side by side)")
    private boolean blas;

    @CommandLine.Mixin
    private ShardOptions shards;

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
        ExperimentPlan plan = work();
        if (shards.active()) {
            if (shards.shard != null) {
                for (Experiment e : plan.whole()) {
                    if (!all) {
                        throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE, e.id() + " runs as one "
                                + "piece (it has no units to shard): run it without --shard");
                    }
                    o.printf(Locale.ROOT, "%s runs as one piece: left to the assembling run%n", e.id());
                }
            }
            return shards.run(plan, progress, workers(), o, noProgress ? null : spec.commandLine().getErr())
                    .map(this::finish).orElse(0);
        }
        // every unit of every chosen experiment, side by side, then each experiment from its units' numbers
        return finish(Shards.values(plan, progress, workers()));
    }

    @Override
    public ExperimentPlan work() {
        Checks.requireAtLeast(seeds, 1, "seeds");
        if (all == (id != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one experiment id or --all");
        }
        chosen = all ? Papers.experiments() : List.of(Papers.experiment(id));
        progress = new UnitProgress(noProgress ? null : spec.commandLine().getErr());
        products = blas ? DenseProducts.BLAS : DenseProducts.REFERENCE;
        if (blas && !noProgress) {
            spec.commandLine().getErr().println("dense products: " + Blas.implementation());
        }
        String warning = blas ? blasThreadWarning(System.getenv("OPENBLAS_NUM_THREADS"), Blas.isNative(), workers())
                : null;
        if (warning != null) {   // with --no-progress too: the slowdown is the same
            spec.commandLine().getErr().println(warning);
        }
        return new ExperimentPlan(chosen, run(Units.direct()));
    }

    /**
     * The warning for native BLAS with OpenBLAS's own threads on: its idle threads spin, and beside other work a
     * WUMA-Fig4 paper unit at d = 121 took 400-1,900 s instead of 51 s (measured 2026-12-04).
     *
     * @param blasThreads the value of {@code OPENBLAS_NUM_THREADS}, {@code null} when unset
     * @param nativeBlas whether the native OpenBLAS runs (the pure-Java fallback has no threads)
     * @param workers the run's worker threads
     * @return the warning line, or {@code null} when there is nothing to warn about
     */
    static String blasThreadWarning(String blasThreads, boolean nativeBlas, int workers) {
        if (!nativeBlas || "1".equals(blasThreads)) {
            return null;
        }
        return "warning: OPENBLAS_NUM_THREADS is " + (blasThreads == null ? "unset" : blasThreads)
                + ": OpenBLAS may run a thread per core inside each of the " + workers + " worker(s), and its idle "
                + "threads spin; set OPENBLAS_NUM_THREADS=1 (the parallelism is over units)";
    }

    @Override
    public ShardOptions shards() {
        return shards;
    }

    @Override
    public int finish(List<ObjectNode> values) {
        ExperimentPlan plan = new ExperimentPlan(chosen, run(Units.direct()));
        java.util.Map<String, double[]> numbers = new java.util.HashMap<>();
        List<String> addresses = plan.addresses();
        for (int i = 0; i < addresses.size(); i++) {
            numbers.put(addresses.get(i), org.reluspec.work.Checkpoint.doubles(values.get(i)));
        }
        Units direct = progress.direct();
        return finish(new Units() {
            @Override
            public double[] compute(String address, java.util.function.Supplier<double[]> work) {
                double[] v = numbers.get(address);
                return v != null ? v.clone() : direct.compute(address, work);
            }
        });
    }

    private int workers() {
        return threads.threads() == 0 ? Runtime.getRuntime().availableProcessors() : threads.threads();
    }

    private Experiment.Run run(Units units) {
        // paper-size results go to their own folder so that they never replace the reduced ones mvn verify wrote
        Path dir = size == Size.PAPER ? out.resolve("paper") : out;
        return new Experiment.Run(seed.seed, (int) seeds, size, dir, units, products);
    }

    /** Runs the chosen experiments with their units from {@code units}, prints and writes each result. */
    private int finish(Units units) {
        PrintWriter o = spec.commandLine().getOut();
        Experiment.Run run = run(units);
        ExperimentRunner.run(chosen, run, workers(), (e, r) -> {
            ExperimentPrinter.print(o, e, r);
            o.flush();
            try {
                JsonReport.writeAtomically(r, run.plotDir().resolve(e.id() + ".json"));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return 0;
    }

    /** One line per finished unit on standard error: count, address, time, and the time left at the mean pace. */
    static final class UnitProgress implements org.reluspec.work.UnitListener {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        private int computed;

        UnitProgress(PrintWriter err) {
            this.err = err;
        }

        /** @return units computed on the spot that report here */
        Units direct() {
            return new Units() {
                @Override
                public void expect(String experiment, int units) {
                    total.addAndGet(units);
                }

                @Override
                public double[] compute(String address, java.util.function.Supplier<double[]> work) {
                    long t = System.nanoTime();
                    double[] v = org.reluspec.util.StepProgress.listening(line -> unitStatus(address, line), work);
                    unitDone(address, done.incrementAndGet(), total.get(), (System.nanoTime() - t) * 1e-9, false);
                    return v;
                }
            };
        }

        @Override
        public synchronized void unitDone(String address, int finished, int all, double seconds, boolean restored) {
            if (err == null) {
                return;
            }
            computed += restored ? 0 : 1;
            double elapsed = (System.nanoTime() - start) * 1e-9;
            String eta = computed == 0 || all <= finished ? "" : String.format(Locale.ROOT, ", about %s left",
                    org.reluspec.util.Formats.clock(elapsed / computed * (all - finished)));
            err.printf(Locale.ROOT, "[%d/%d] %s: %s%s%n", finished, all, address, restored ? "from the checkpoint"
                    : String.format(Locale.ROOT, "%.1f s", seconds), eta);
            err.flush();
        }

        @Override
        public synchronized void unitStatus(String address, String line) {
            if (err != null) {
                err.printf(Locale.ROOT, "  %s: %s%n", address, line);
                err.flush();
            }
        }
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
