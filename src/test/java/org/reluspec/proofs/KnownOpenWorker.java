package org.reluspec.proofs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The second KeY JVM of the proof step. It proves the known-open kernel contracts, then takes closed contracts and
 * then negative controls from the queue it shares with the test JVM ({@link ProofClaims}), longest first by ledger
 * time. KeY's auto mode runs on one thread, so a single JVM left one of the two cores idle for most of the step. KeY
 * keeps settings in static state, so the second prover is a process, not a thread. Results travel as one
 * tab-separated line per contract, the negative suite's in a file of their own.
 */
final class KnownOpenWorker {

    /** A started worker; {@link #results()} waits for it. */
    static final class Fork {

        private final Process process;
        private final Path out;
        private final Path log;
        private final ProofClaims claims;
        private List<ContractResult> ownNegatives = List.of();

        private Fork(Process process, Path out, Path log, ProofClaims claims) {
            this.process = process;
            this.out = out;
            this.log = log;
            this.claims = claims;
        }

        /**
         * @param key a contract key
         * @return whether this JVM should prove it (the worker has not taken it)
         */
        boolean take(String key) {
            return claims.take(key);
        }

        /**
         * Proves, in this JVM, the negative controls the worker has not taken yet.
         *
         * @param check the policy
         * @param work a scratch folder
         * @throws Exception when KeY cannot load the suite
         */
        void proveNegativesHere(ProofCheck check, Path work) throws Exception {
            ownNegatives = check.proveNegatives(work, claims::take);
        }

        /**
         * @return the worker's results, in the order it proved them
         * @throws IOException when the worker failed: its exit code and the end of its log
         * @throws InterruptedException when interrupted while waiting
         */
        List<ContractResult> results() throws IOException, InterruptedException {
            return read(out);
        }

        /**
         * @return the negative suite's results
         * @throws IOException when the worker failed: its exit code and the end of its log
         * @throws InterruptedException when interrupted while waiting
         */
        List<ContractResult> negatives() throws IOException, InterruptedException {
            List<ContractResult> all = new ArrayList<>(read(negativesOf(out)));
            all.addAll(ownNegatives);
            all.sort(java.util.Comparator.comparing(ContractResult::key));
            return all;
        }

        private List<ContractResult> read(Path file) throws IOException, InterruptedException {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("known-open worker did not finish in 30 minutes; log " + log);
            }
            if (process.exitValue() != 0 || !Files.exists(file)) {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                throw new IOException("known-open worker exited with " + process.exitValue() + "; end of its log:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
            List<ContractResult> results = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                results.add(new ContractResult(f[0], ContractResult.Status.valueOf(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Double.parseDouble(f[9])));
            }
            return results;
        }
    }

    private KnownOpenWorker() {
    }

    /**
     * Starts the worker on this JVM's class path.
     *
     * @param project the project folder
     * @param work a scratch folder of its own
     * @return the running worker
     * @throws IOException when the process cannot be started
     */
    static Fork start(Path project, Path work) throws IOException {
        Files.createDirectories(work);
        Path out = work.resolve("results.tsv");
        Path log = work.resolve("worker.log");
        ProofClaims claims = new ProofClaims(work.resolve("claims"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                KnownOpenWorker.class.getName(), project.toAbsolutePath().toString(),
                work.toAbsolutePath().toString(), out.toAbsolutePath().toString(),
                claims.dir().toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Fork(p, out, log, claims);
    }

    /**
     * @param args project folder, scratch folder, result file, shared claims folder
     * @throws Exception when KeY cannot load the kernel (exit code 1 through the uncaught exception)
     */
    public static void main(String[] args) throws Exception {
        ProofCheck check = new ProofCheck(Path.of(args[0]));
        Path work = Path.of(args[1]);
        Path out = Path.of(args[2]);
        ProofClaims claims = new ProofClaims(Path.of(args[3]));
        write(check.proveWorkerShare(check.stageKernel(work.resolve("kernel")), claims::take), out);
        write(check.proveNegatives(work.resolve("negative"), claims::take), negativesOf(out));
        System.exit(0);   // KeY leaves non-daemon threads behind
    }

    private static Path negativesOf(Path out) {
        return Path.of(out + ".negative");
    }

    private static void write(List<ContractResult> results, Path file) throws IOException {
        StringBuilder tsv = new StringBuilder();
        for (ContractResult r : results) {
            tsv.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n", r.key(), r.status(),
                    r.openAfterAuto(), r.closedByZ3Fp(), r.closedByZ3(), r.closedByCvc5(), r.instances(), r.openGoals(),
                    r.nodes(), Double.toString(r.seconds())));
        }
        Path tmp = Path.of(file + ".tmp");
        Files.writeString(tmp, tsv, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
