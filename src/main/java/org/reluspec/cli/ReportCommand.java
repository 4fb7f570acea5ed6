package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.RunReport;
import org.reluspec.report.HtmlReport;
import org.reluspec.report.JsonReport;
import org.reluspec.report.RegimeMaps;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec report}: writes {@code index.html} (claims table, per-claim pages with plots, discrepancy register,
 * experiments, regime maps, proof ledger) into the report folder from the {@code claims.json} a run left there
 * ({@code mvn verify}, or {@code reluspec check --all --json DIR/claims.json}). Also draws the regime maps.
 */
@Command(name = "report", description = "Write the HTML report (index.html) from a run's claims.json, with regime maps.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", defaultValue = "target/reluspec-report", description = "report folder (default ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--register", defaultValue = "spec/discrepancies.md",
            description = "discrepancy register to include (default ${DEFAULT-VALUE})")
    private Path register;

    @Override
    public Integer call() {
        Path json = dir.resolve("claims.json");
        if (!Files.isRegularFile(json)) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, json, "missing: run mvn verify, or "
                    + "reluspec check --all --json " + json + ", first");
        }
        RunReport report = JsonReport.read(json);
        RegimeMaps.write(dir.resolve("regimes"));
        Map<String, String> statements = new LinkedHashMap<>();
        for (Claim c : Papers.registry().all()) {
            statements.put(c.key(), c.statement());
        }
        Path index = HtmlReport.write(report, dir, Files.exists(register) ? register : null, statements);
        spec.commandLine().getOut().println("wrote " + index);
        return 0;
    }
}
