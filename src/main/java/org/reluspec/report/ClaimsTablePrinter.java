package org.reluspec.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the claims table of a written report; {@code mvn verify} runs it after Failsafe so that the table is the
 * last thing on the console.
 */
public final class ClaimsTablePrinter {

    private ClaimsTablePrinter() {
    }

    /**
     * @param args the path of {@code claims.json}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args.length > 0 ? args[0] : "target/reluspec-report/claims.json");
        if (!Files.exists(file)) {
            out.println("ReLUSpec: no claims report at " + file + " (integration tests skipped?)");
            return;
        }
        out.println();
        out.println("ReLUSpec claims table (" + file + ")");
        out.print(ClaimsTable.format(JsonReport.read(file)));
    }
}
