package org.reluspec.papers.vys;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reluspec.data.DatasetFiles;
import org.reluspec.kkt.KktVerifier;
import org.reluspec.train.NetworkFiles;
import org.reluspec.util.Checks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec kkt --net FILE --data FILE}: is this network a KKT point of VYS Problem (2) on this dataset? File
 * formats: the network as JSON ({@code {"w": [[...], ...], "v": [...], "b": [...]}}, no output bias), the dataset as
 * lines {@code label,x_1,...,x_d}. Exit codes: 0 a KKT point within the tolerance, 1 not, 2 bad input.
 */
@Command(name = "kkt", description = "Check KKT stationarity of VYS Problem (2) for a network on a dataset: "
        + "multipliers, residual, complementary slackness, margin set, balancedness.")
final class KktCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--net", required = true, paramLabel = "FILE", description = "network JSON")
    private Path net;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "dataset: label,x_1,...,x_d per line")
    private Path data;

    @Option(names = "--margin-tol", defaultValue = "1e-9", description = "margin set: normalized margin <= 1 + this "
            + "(default ${DEFAULT-VALUE}; use e.g. 0.1 for trained networks, as the paper's 1.1 rule)")
    private double marginTol;

    @Option(names = "--kink-tol", defaultValue = "1e-9", description = "pre-activations within this of 0 are kinks")
    private double kinkTol;

    @Option(names = "--tol", defaultValue = "1e-8", description = "residual and imbalance below this count as KKT")
    private double tol;

    @Override
    public Integer call() {
        Checks.requirePositiveFinite(marginTol, "margin-tol");
        Checks.requirePositiveFinite(kinkTol, "kink-tol");
        Checks.requirePositiveFinite(tol, "tol");
        KktVerifier.Report r = KktVerifier.verify(NetworkFiles.read(net), DatasetFiles.read(data),
                new KktVerifier.Settings(marginTol, kinkTol, tol));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "normalized by %.10g so that the smallest margin is 1%n", r.scale());
        out.printf(Locale.ROOT, "margin set: %d examples %s%n", r.marginSet().length, java.util.Arrays.toString(r.marginSet()));
        out.printf(Locale.ROOT, "multipliers lambda: %s%n", java.util.Arrays.toString(r.lambda()));
        out.printf(Locale.ROOT, "relative stationarity residual: %.3e%n", r.relativeResidual());
        out.printf(Locale.ROOT, "complementary slackness max lambda_i (y_i N(x_i) - 1): %.3e%n", r.complementarySlackness());
        out.printf(Locale.ROOT, "balancedness max | |v_j|^2 - ||w_j||^2 - b_j^2 | (relative): %.3e%n", r.imbalance());
        out.printf(Locale.ROOT, "kinks (example, neuron) with free subgradient: %d%n", r.kinks());
        out.printf(Locale.ROOT, "verdict: %s (tolerance %.1e)%n", r.kkt() ? "KKT point" : "NOT a KKT point", tol);
        out.flush();
        return r.kkt() ? 0 : 1;
    }
}
