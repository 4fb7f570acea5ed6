package org.reluspec.cli;

import org.reluspec.papers.Papers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reluspec.engine.Claim;
import org.reluspec.engine.ClaimRegistry;
import org.reluspec.engine.Coverage;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec list}: every encoded claim with its id, variant and source; with {@code --coverage}, every id of
 * the claims catalogue with its status (encoded with which variants, or why not).
 */
@Command(name = "list", description = "List the encoded claims with ids and sources; --coverage lists every catalogue "
        + "id with its status.")
final class ListCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--coverage", description = "every id of the catalogue: encoded (variants) or not, and why")
    private boolean coverage;

    @Option(names = "--markdown", description = "with --coverage: print spec/coverage.md")
    private boolean markdown;

    @Option(names = "--catalogue", defaultValue = "../shared/claims/CATALOGUE.md",
            description = "the claims catalogue (default ${DEFAULT-VALUE})")
    private Path catalogue;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (coverage) {
            String text;
            try {
                text = Files.readString(catalogue);
            } catch (IOException e) {
                throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, catalogue, "cannot be read: " + e.getMessage());
            }
            List<Coverage.Row> rows = Papers.coverage(text);
            if (markdown) {
                out.print(Coverage.markdown(rows));
            } else {
                for (Coverage.Row r : rows) {
                    out.printf(Locale.ROOT, "%-13s %-12s %s%n", r.id(), r.status().name().replace('_', ' '),
                            r.status() == Coverage.Status.ENCODED ? String.join(", ", r.variants()) : r.reason());
                }
            }
            out.flush();
            return;
        }
        out.printf("%-12s %-11s %-6s %-12s %s%n", "id", "variant", "paper", "label", "source");
        for (Claim c : Papers.registry().all()) {
            out.printf("%-12s %-11s %-6s %-12s %s%n", c.id(), c.variant(), c.source().paper(), c.source().label(),
                    c.source().location());
        }
        out.flush();
    }
}
