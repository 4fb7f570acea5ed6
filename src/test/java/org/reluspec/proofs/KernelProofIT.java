package org.reluspec.proofs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static verification inside {@code mvn verify}: KeY proves the kernel's JML contracts (Z3 for leftover goals),
 * writes the proof ledger to {@code target/reluspec-report/proof-ledger.md}, and fails the build for the reasons
 * listed in {@link ProofCheck} (the same policy {@code reluspec prove} applies).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)   // the negative suite waits for the worker: ask it last
class KernelProofIT {

    private static final ProofCheck CHECK = new ProofCheck(Path.of(""));

    @TempDir
    static Path forkWork;

    /** The known-open contracts and the negative suite, proved in a second JVM while this one proves the rest. */
    private static KnownOpenWorker.Fork knownOpen;

    @BeforeAll
    static void startKnownOpenWorker() throws Exception {
        knownOpen = KnownOpenWorker.start(Path.of(""), forkWork);
    }

    @Test
    @Order(1)
    void kernelContractsCloseOrAreKnownOpen(@TempDir Path work) throws Exception {
        ProofCheck.KernelOutcome outcome = CHECK.proveKernel(work, k -> true, true, knownOpen);
        System.out.print(outcome.ledger());
        ProofCheck.reportMissingZ3(new PrintWriter(System.out, true, StandardCharsets.UTF_8), outcome.results());
        assertTrue(outcome.problems().isEmpty(), String.join("\n", outcome.problems()));
    }

    @Test
    @Order(2)
    void negativeSuiteStaysOpen() throws Exception {
        List<ContractResult> results = knownOpen.negatives();
        for (ContractResult r : results) {
            System.out.printf(Locale.ROOT, "negative control %-70s %s %5.1f s%n", r.key(), r.status(), r.seconds());
        }
        List<String> problems = ProofCheck.negativeProblems(results);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
