package org.reluspec.proofs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The policy of the static check, shared by {@code KernelProofIT} (inside {@code mvn verify}) and {@code reluspec
 * prove} (outside Maven), so both fail for the same reasons:
 * <ul>
 *   <li>a contract is open and its method is not in {@code proofs-checks/known-open.txt};</li>
 *   <li>a contract recorded as closed in {@code proofs-checks/ledger.tsv} no longer closes;</li>
 *   <li>a known-open contract now closes (the list must shrink when the proofs improve);</li>
 *   <li>a contract of the negative suite ({@code proofs-checks/negative/}) closes;</li>
 *   <li>Z3 or cvc5 is missing on CI ({@code CI=true}); elsewhere, contracts that need Z3 are reported NOT CHECKED
 *       loudly.</li>
 * </ul>
 *
 * <p>KeY is GPL and a test-scope dependency, so this class lives with the tests and the shipped jar never contains
 * it; {@code ReluSpecCommand prove} finds it by name on the classpath {@code ci/prove.sh} builds.
 */
public final class ProofCheck {

    /**
     * The prover settings of the committed ledger: 20k auto-mode steps, Z3 5 s, cvc5 5 s and Z3_FP 3 s per goal; on
     * what they leave, the instantiation round at Skolem constants with 3,000 more steps and the solvers again.
     */
    public static final KernelProver PROVER = new KernelProver(20_000, 25, 3_000, 5_000, 5_000, 3_000);

    /**
     * The prover for a second attempt at a contract that closed before and is open now: the same proof search with
     * five times the solver timeouts. Solver timeouts are wall-clock, so a loaded machine can miss a goal the ledger
     * says closes; a real regression stays open with the longer timeouts too.
     */
    public static final KernelProver RETRY_PROVER = new KernelProver(20_000, 25, 15_000, 25_000, 25_000, 3_000);

    /**
     * Most goals a regression may leave open and still be retried. A solver timeout missed under load leaves a goal
     * or two (seen once: one goal of {@code squaredNorm}); a broken method may leave many, each worth a solver timeout
     * per attempt (a write to a frozen weight in {@code apply} kept {@code ci/break-kernel.sh} busy for 50 minutes
     * beside other work, 2026-12-04).
     */
    static final int RETRY_MAX_OPEN_GOALS = 3;

    /**
     * The prover for contracts listed in {@code known-open.txt} during the full check: a quarter of the auto-mode
     * steps, Z3 only and only on at most 10 leftover goals (the batch gradient and the training step leave 23 and 24
     * after 5,000 steps, and the solvers spent 160 s on them without closing either), no instantiation round. They are
     * attempted on every build (a known-open contract that starts to
     * close must be noticed), but the large ones (the training step's frozen-weights postcondition alone took 76 s at
     * 20,000 steps; the round adds about 30 s to it and to the batch gradient without closing either) would otherwise
     * push the proof step over its 5-minute budget on 2 cores. {@code reluspec prove --contract} proves the contracts
     * it selects with the full budget.
     */
    public static final KernelProver KNOWN_OPEN_PROVER = new KernelProver(5_000, 10, 3_000, 5_000, 0, 0);

    /** Number of deliberately wrong contracts in {@code proofs-checks/negative/}. */
    public static final int NEGATIVE_CONTROLS = 7;

    private final Path project;

    /** @param project the project folder (holds {@code src/}, {@code proofs-checks/} and {@code target/}) */
    public ProofCheck(Path project) {
        this.project = project;
    }

    /** Outcome of the kernel proofs with the problems the policy found (empty: the check passes). */
    public record KernelOutcome(List<ContractResult> results, double seconds, List<String> problems, String ledger) {
    }

    /**
     * Proves the kernel, writes the ledger to {@code target/reluspec-report/proof-ledger.{md,tsv}} and applies the
     * policy.
     *
     * @param work scratch folder for the staged sources
     * @param selected which contract keys to attempt; policy checks apply only to attempted ones
     * @return results, total time, problems and the ledger as Markdown
     * @throws Exception when KeY cannot load the kernel
     */
    public KernelOutcome proveKernel(Path work, Predicate<String> selected) throws Exception {
        return proveKernel(work, selected, true);
    }

    /**
     * @param work scratch folder for the staged sources
     * @param selected which contract keys to attempt
     * @param reducedKnownOpen whether known-open contracts get the reduced step budget ({@link #KNOWN_OPEN_PROVER})
     * @return results, total time, problems and the ledger as Markdown
     * @throws Exception when KeY cannot load the kernel
     */
    public KernelOutcome proveKernel(Path work, Predicate<String> selected, boolean reducedKnownOpen) throws Exception {
        return proveKernel(work, selected, reducedKnownOpen, null);
    }

    /**
     * @param work scratch folder for the staged sources
     * @param selected which contract keys to attempt
     * @param reducedKnownOpen whether known-open contracts get the reduced step budget ({@link #KNOWN_OPEN_PROVER})
     * @param knownOpenFork a worker already proving every known-open contract in a second JVM and sharing the closed
     *                      ones and the negative suite with this JVM, or {@code null} to prove everything here
     * @return results, total time, problems and the ledger as Markdown
     * @throws Exception when KeY cannot load the kernel or the worker failed
     */
    public KernelOutcome proveKernel(Path work, Predicate<String> selected, boolean reducedKnownOpen,
                                     KnownOpenWorker.Fork knownOpenFork) throws Exception {
        Path root = stageKernel(work);
        long start = System.nanoTime();
        Map<String, String> knownOpen = readKnownOpen();
        Map<String, String> ledger = readLedger();
        List<ContractResult> results = new ArrayList<>();
        Comparator<String> longestFirst = longestFirst();
        if (reducedKnownOpen) {
            results.addAll(PROVER.proveAll(root, "org.reluspec.kernel", k -> selected.test(k)
                    && knownReason(knownOpen, k) == null && (knownOpenFork == null || knownOpenFork.take(k)),
                    longestFirst));
            if (knownOpenFork != null) {
                // before waiting for the worker: the negative controls it has not reached yet are proved here
                knownOpenFork.proveNegativesHere(this, work.resolve("negative"));
                results.addAll(knownOpenFork.results().stream().filter(r -> selected.test(r.key())).toList());
            } else {
                results.addAll(proveKnownOpen(root, selected));
            }
        } else {
            results.addAll(PROVER.proveAll(root, "org.reluspec.kernel", selected, longestFirst));
        }
        java.util.function.ToIntFunction<String> row = ledgerOrder();
        results.sort(Comparator.comparingInt(r -> row.applyAsInt(r.key())));   // the ledger's rows, whoever proved them
        for (int i = 0; i < results.size(); i++) {
            ContractResult r = results.get(i);
            if (r.status() == ContractResult.Status.OPEN && "CLOSED".equals(ledger.get(r.key()))
                    && r.openGoals() <= RETRY_MAX_OPEN_GOALS) {
                List<ContractResult> again = RETRY_PROVER.proveAll(root, "org.reluspec.kernel", r.key()::equals);
                if (again.size() == 1) {
                    System.out.println("retried with longer solver timeouts: " + r.key() + " -> " + again.get(0).status());
                    results.set(i, again.get(0));
                }
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        String md = writeLedger(results, seconds, knownOpen);

        List<String> problems = new ArrayList<>();
        long notChecked = results.stream().filter(r -> r.status() == ContractResult.Status.NOT_CHECKED_NO_Z3).count();
        if (notChecked > 0 && "true".equals(System.getenv("CI"))) {
            problems.add("CI must have Z3: " + notChecked + " contracts not checked");
        }
        if (!KernelProver.cvc5Installed() && "true".equals(System.getenv("CI"))) {
            problems.add("CI must have cvc5 (ci/setup.sh installs it): the ledger's contracts assume it");
        }
        for (ContractResult r : results) {
            boolean known = knownReason(knownOpen, r) != null;
            if (r.status() == ContractResult.Status.OPEN && !known) {
                problems.add("OPEN and not in known-open.txt: " + r.key() + " (" + r.openGoals() + " goals)");
            }
            if (r.status() == ContractResult.Status.OPEN && "CLOSED".equals(ledger.get(r.key()))) {
                problems.add("REGRESSION: used to close, now open: " + r.key() + " (" + r.openGoals() + " goals)");
            }
            if (r.status() == ContractResult.Status.CLOSED && known) {
                problems.add("known-open contract now closes, remove it from known-open.txt: " + r.key());
            }
        }
        return new KernelOutcome(results, seconds, problems, md);
    }

    /**
     * @param work a scratch folder
     * @return the folder KeY loads: a copy of the kernel's loadable sources
     * @throws IOException when the copy fails
     */
    Path stageKernel(Path work) throws IOException {
        return KernelProver.stage(project.resolve("src/main/java/org/reluspec/kernel"), "org/reluspec/kernel", work);
    }

    /**
     * Proves the contracts listed in {@code known-open.txt} with {@link #KNOWN_OPEN_PROVER}.
     *
     * @param root the staged kernel sources ({@link #stageKernel})
     * @param selected which contract keys to attempt
     * @return one result per known-open contract
     * @throws Exception when KeY cannot load the kernel
     */
    List<ContractResult> proveKnownOpen(Path root, Predicate<String> selected) throws Exception {
        Map<String, String> knownOpen = readKnownOpen();
        return KNOWN_OPEN_PROVER.proveAll(root, "org.reluspec.kernel",
                k -> selected.test(k) && knownReason(knownOpen, k) != null);
    }

    /**
     * The worker's share: the known-open contracts ({@link #KNOWN_OPEN_PROVER}), then the closed ones it takes from
     * the queue it shares with the test JVM ({@link #PROVER}, longest first).
     *
     * @param root the staged kernel sources ({@link #stageKernel})
     * @param take claims a contract from the shared queue
     * @return one result per contract, known-open ones first
     * @throws Exception when KeY cannot load the kernel
     */
    List<ContractResult> proveWorkerShare(Path root, Predicate<String> take) throws Exception {
        Map<String, String> knownOpen = readKnownOpen();
        List<ContractResult> results = new ArrayList<>(proveKnownOpen(root, k -> true));
        results.addAll(PROVER.proveAll(root, "org.reluspec.kernel",
                k -> knownReason(knownOpen, k) == null && take.test(k), longestFirst()));
        return results;
    }

    /**
     * Longest proofs first by ledger time, so that the two JVMs taking contracts from one queue finish close together
     * (longest-processing-time order); contracts the ledger does not know yet come first, since their time is unknown.
     *
     * @return the order in which contracts are offered
     * @throws IOException when the ledger cannot be read
     */
    Comparator<String> longestFirst() throws IOException {
        Map<String, Double> seconds = new HashMap<>();
        for (String[] f : ledgerRows()) {
            if (f.length >= 3) {
                seconds.put(f[0], Double.parseDouble(f[2]));
            }
        }
        return Comparator.comparingDouble((String k) -> -seconds.getOrDefault(k, Double.POSITIVE_INFINITY));
    }

    /** @return a contract's row in the ledger; contracts it does not list come after, in the order found */
    private java.util.function.ToIntFunction<String> ledgerOrder() throws IOException {
        Map<String, Integer> row = new HashMap<>();
        for (String[] f : ledgerRows()) {
            row.putIfAbsent(f[0], row.size());
        }
        return k -> row.getOrDefault(k, Integer.MAX_VALUE);
    }

    /**
     * Runs the negative suite.
     *
     * @param work scratch folder
     * @return one result per deliberately wrong contract
     * @throws Exception when KeY cannot load the suite
     */
    public List<ContractResult> proveNegatives(Path work) throws Exception {
        return proveNegatives(work, k -> true);
    }

    /**
     * @param work scratch folder
     * @param take which deliberately wrong contracts to prove here (the others are another JVM's)
     * @return one result per contract proved here
     * @throws Exception when KeY cannot load the suite
     */
    List<ContractResult> proveNegatives(Path work, Predicate<String> take) throws Exception {
        Path root = KernelProver.stage(project.resolve("proofs-checks/negative/org/reluspec/negative"),
                "org/reluspec/negative", work);
        return PROVER.proveAll(root, "org.reluspec.negative", take);
    }

    /**
     * @param results the negative suite's results
     * @return problems: a closed negative control, or a missing one
     */
    public static List<String> negativeProblems(List<ContractResult> results) {
        List<String> problems = new ArrayList<>();
        if (results.size() != NEGATIVE_CONTROLS) {
            problems.add("expected " + NEGATIVE_CONTROLS + " negative controls, got " + results.size() + ": " + results);
        }
        for (ContractResult r : results) {
            if (r.status() == ContractResult.Status.CLOSED) {
                problems.add("a deliberately wrong contract closed: " + r.key());
            }
        }
        return problems;
    }

    /**
     * Entry point of {@code reluspec prove} (called by reflection from the main code).
     *
     * @param out standard output
     * @param err standard error
     * @param project project folder
     * @param contractFilter only contracts whose key contains this (empty: all)
     * @param negatives whether to run the negative suite as well
     * @return 0 when the policy holds, 1 when it does not
     * @throws Exception when KeY cannot load the sources
     */
    public static int run(PrintWriter out, PrintWriter err, Path project, String contractFilter, boolean negatives)
            throws Exception {
        ProofCheck check = new ProofCheck(project);
        List<String> problems = new ArrayList<>();
        Path work = Files.createTempDirectory("reluspec-prove");
        try {
            // With --contract the selected contracts get the full budget; the whole kernel uses the CI split:
            // the known-open contracts and the negative suite in a second JVM, as in mvn verify
            KnownOpenWorker.Fork fork = contractFilter.isEmpty() ? KnownOpenWorker.start(project,
                    work.resolve("known-open")) : null;
            KernelOutcome kernel = check.proveKernel(work.resolve("kernel"), k -> k.contains(contractFilter),
                    contractFilter.isEmpty(), fork);
            out.print(kernel.ledger());
            if (kernel.results().isEmpty()) {
                problems.add("no kernel contract matches '" + contractFilter + "'");
            }
            problems.addAll(kernel.problems());
            reportMissingZ3(err, kernel.results());
            if (negatives) {
                List<ContractResult> neg = fork != null ? fork.negatives()
                        : check.proveNegatives(work.resolve("negative"));
                for (ContractResult r : neg) {
                    out.printf(Locale.ROOT, "negative control %-70s %s%n", r.key(), r.status());
                }
                problems.addAll(negativeProblems(neg));
            }
        } finally {
            deleteTree(work);
        }
        out.flush();
        for (String p : problems) {
            err.println("reluspec prove: " + p);
        }
        out.println(problems.isEmpty() ? "reluspec prove: OK" : "reluspec prove: FAILED (" + problems.size() + ")");
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * Prints the loud line when contracts were not decided for lack of Z3.
     *
     * @param err where to print
     * @param results kernel results
     */
    public static void reportMissingZ3(PrintWriter err, List<ContractResult> results) {
        long notChecked = results.stream().filter(r -> r.status() == ContractResult.Status.NOT_CHECKED_NO_Z3).count();
        if (notChecked > 0) {
            err.println("!!!!! Z3 NOT FOUND: " + notChecked + " contracts with leftover float goals were NOT CHECKED "
                    + "(install z3: apt-get install -y z3) !!!!!");
            err.flush();
        }
    }

    /**
     * @return the known-open reason covering this contract: an entry {@code Class::method#kind.index} for one spec
     *         case, {@code Class::method#kind} for one behaviour, or {@code Class::method} for all of the method's
     *         contracts; {@code null} when none
     */
    static String knownReason(Map<String, String> knownOpen, ContractResult r) {
        return knownReason(knownOpen, r.key());
    }

    /** As {@link #knownReason(Map, ContractResult)} for a contract key. */
    static String knownReason(Map<String, String> knownOpen, String key) {
        String[] parts = key.split(" ");
        String kind = parts.length >= 2 ? parts[parts.length - 2] : "";
        String index = parts.length >= 2 ? parts[parts.length - 1] : "";
        int paren = key.indexOf('(');
        String method = paren < 0 ? key : key.substring(0, paren);
        String one = knownOpen.get(method + "#" + kind + "." + index);
        if (one != null) {
            return one;
        }
        String specific = knownOpen.get(method + "#" + kind);
        return specific != null ? specific : knownOpen.get(method);
    }

    /** {@code Class::method[#kind]  reason  # test}: one entry per line. */
    Map<String, String> readKnownOpen() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(project.resolve("proofs-checks/known-open.txt"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+", 2);
                m.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return m;
    }

    /** {@code key<TAB>status}: the committed expectation. */
    Map<String, String> readLedger() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] f : ledgerRows()) {
            if (f.length >= 2) {
                m.put(f[0], f[1]);
            }
        }
        return m;
    }

    /** The rows of {@code proofs-checks/ledger.tsv} (contract, status, seconds, nodes), comments left out. */
    private List<String[]> ledgerRows() throws IOException {
        Path p = project.resolve("proofs-checks/ledger.tsv");
        List<String[]> rows = new ArrayList<>();
        if (Files.exists(p)) {
            for (String line : Files.readAllLines(p)) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }

    private String writeLedger(List<ContractResult> results, double seconds, Map<String, String> knownOpen)
            throws IOException {
        StringBuilder md = new StringBuilder("# Proof ledger (KeY 2.12.3; Z3, cvc5, then Z3_FP on leftover goals)\n\n")
                .append(String.format(Locale.ROOT, "%d contracts, %d closed, total %.1f s%n%n", results.size(),
                        results.stream().filter(r -> r.status() == ContractResult.Status.CLOSED).count(), seconds))
                .append("| contract | result | open after auto | closed by Z3 | closed by cvc5 | closed by Z3_FP "
                        + "| instances | open | nodes | s | known-open reason |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder tsv = new StringBuilder("# contract\tstatus\tseconds\tnodes (written by KernelProofIT)\n");
        for (ContractResult r : results) {
            String reason = knownReason(knownOpen, r);
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %d | %d | %d | %d | %d | %d | %.1f | %s |%n",
                    r.key(), r.status(), r.openAfterAuto(), r.closedByZ3(), r.closedByCvc5(), r.closedByZ3Fp(), r.instances(),
                    r.openGoals(), r.nodes(), r.seconds(), reason == null ? "" : reason));
            tsv.append(r.key()).append('\t').append(r.status()).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", r.seconds())).append('\t').append(r.nodes()).append('\n');
        }
        Path dir = project.resolve("target/reluspec-report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("proof-ledger.md"), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("proof-ledger.tsv"), tsv, StandardCharsets.UTF_8);
        return md.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
