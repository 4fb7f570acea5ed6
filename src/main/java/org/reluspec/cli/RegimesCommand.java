package org.reluspec.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reluspec.report.RegimeMaps;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reluspec regimes}: draw the regime maps and print the smallest configuration where each theorem applies. */
@Command(name = "regimes", description = "Regime maps: where all hypotheses hold and the stated bound is below 1/2; "
        + "prints the smallest such configuration per map.")
final class RegimesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "target/reluspec-report/regimes", description = "folder (default ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RegimeMaps.write(out));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
