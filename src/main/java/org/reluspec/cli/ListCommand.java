package org.reluspec.cli;

import java.io.PrintWriter;
import org.reluspec.claims.Claim;
import org.reluspec.claims.ClaimRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reluspec list}: every encoded claim with its id, variant and source. */
@Command(name = "list", description = "List the encoded claims with ids and sources.")
final class ListCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-11s %-6s %-12s %s%n", "id", "variant", "paper", "label", "source");
        for (Claim c : ClaimRegistry.standard().all()) {
            out.printf("%-12s %-11s %-6s %-12s %s%n", c.id(), c.variant(), c.source().paper(), c.source().label(),
                    c.source().location());
        }
        out.flush();
    }
}
