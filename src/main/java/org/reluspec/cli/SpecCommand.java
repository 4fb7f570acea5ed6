package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.report.SpecDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec spec --out spec/claims}: run every claim over its default grid with the settings of
 * {@code mvn verify} and write the generated claim entries.
 */
@Command(name = "spec", description = "Regenerate spec/claims/ (one entry per claim id) from the code and a run.")
final class SpecCommand implements Callable<Integer> {

    /** The settings of the committed specification; the integration test uses the same. */
    static final long SEED = CheckSettings.DEFAULT_SEED;
    static final long TRIALS = 200_000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "spec/claims", description = "output folder (default ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        ClaimRegistry registry = Papers.registry();
        RunReport report = SuiteRun.run(SuiteRun.defaultGrids(registry, c -> true),
                CheckSettings.of(SEED, TRIALS, 0, 0.01, CheckSettings.SimulationPolicy.WHERE_REACHABLE));
        Map<String, String> files = SpecDocument.generate(registry, report);
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println("wrote " + files.size() + " files to " + out);
        return 0;
    }
}
