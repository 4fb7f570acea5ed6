package org.reluspec.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reluspec prove}: the static check of {@code mvn verify} outside Maven. KeY proves the kernel's JML contracts
 * (Z3 on leftover goals), the ledger is printed and written to {@code target/reluspec-report/proof-ledger.md}, and the
 * negative suite must stay open.
 *
 * <p>KeY ({@code org.key-project:key.core}) is GPL and a test-scope dependency, so the shipped jar does not contain
 * the prover: {@code ci/prove.sh} runs this command on the test classpath, where {@code org.reluspec.proofs.ProofCheck}
 * is found by name. Exit codes: 0 all contracts close or are known-open and no negative control closes; 1 the policy
 * failed (reasons on standard error); 2 KeY is not on the classpath or the project folder is not a ReLUSpec checkout.
 */
@Command(name = "prove", description = "Prove the kernel's JML contracts with KeY and Z3 and print the proof ledger "
        + "(run through ci/prove.sh, which puts KeY on the classpath).")
final class ProveCommand implements Callable<Integer> {

    static final String PROVER_CLASS = "org.reluspec.proofs.ProofCheck";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", defaultValue = ".", description = "project folder (default ${DEFAULT-VALUE})")
    private Path project;

    @Option(names = "--contract", defaultValue = "",
            description = "prove only contracts whose key contains this text, e.g. CoordinateProjections::split")
    private String contract;

    @Option(names = "--no-negative", negatable = false, description = "skip the negative suite")
    private boolean noNegative;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(project.resolve("proofs-checks/known-open.txt"))
                || !Files.isDirectory(project.resolve("src/main/java/org/reluspec/kernel"))) {
            throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, "--project " + project,
                    "not a ReLUSpec checkout (needs proofs-checks/known-open.txt and the kernel sources)");
        }
        Method run;
        try {
            run = Class.forName(PROVER_CLASS).getMethod("run", PrintWriter.class, PrintWriter.class, Path.class,
                    String.class, boolean.class);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new ReluSpecArgumentException(Violation.MISSING_PREREQUISITE, "KeY (org.key-project:key.core, GPL, "
                    + "test scope) is not on the classpath; run `bash ci/prove.sh` instead of the shipped jar");
        }
        try {
            return (Integer) run.invoke(null, spec.commandLine().getOut(), spec.commandLine().getErr(), project,
                    contract, !noNegative);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }
}
