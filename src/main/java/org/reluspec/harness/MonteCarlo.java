package org.reluspec.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.reluspec.util.Checks;

/**
 * Runs trials of a {@link TrialEvent} on several threads and counts failures.
 *
 * <p>Reproducibility: trial {@code t} always draws from {@link TrialStreams#forTrial(long) streams.forTrial(t)}, and
 * the result is a sum of per-trial indicators, so the count is bit-identical for any number of threads and any
 * scheduling. Threads take fixed blocks of consecutive trials.
 */
public final class MonteCarlo {

    /** Block of the floating-point sums of {@link #mean}: fixed, so the summation order never changes. */
    private static final long BLOCK = 1 << 14;

    /** Minimum number of blocks of a count (see {@link #count(Supplier, TrialStreams, long, long, int)}). */
    private static final long COUNT_BLOCKS = 64;

    private MonteCarlo() {
    }

    /**
     * @param threads requested threads; {@code <= 0} means all available processors
     * @return the number of threads to use
     */
    public static int resolveThreads(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param events makes one event instance per worker
     * @param streams the per-trial streams
     * @param trials number of trials, {@code >= 1}
     * @param threads worker threads; {@code <= 0} for all processors
     * @return failures out of trials
     */
    public static BernoulliCount count(Supplier<? extends TrialEvent> events, TrialStreams streams,
                                       long trials, int threads) {
        return count(events, streams, 0, trials, threads);
    }

    /**
     * Counts failures of trials {@code from, ..., to - 1}; a sequential run calls it stage after stage, so the total
     * over stages equals one call over the whole range.
     *
     * @param events makes one event instance per worker
     * @param streams the per-trial streams
     * @param from first trial index
     * @param to one past the last trial index
     * @param threads worker threads; {@code <= 0} for all processors
     * @return failures out of {@code to - from} trials
     */
    public static BernoulliCount count(Supplier<? extends TrialEvent> events, TrialStreams streams,
                                       long from, long to, int threads) {
        Checks.requireAtLeast(to - from, 1, "trials");
        long trials = to - from;
        TrialStreams local = streams.shifted(from);
        // Integer counts add exactly in any order, so the block size may depend on the trial count: at least
        // COUNT_BLOCKS blocks keep both cores busy when each trial trains a network and there are only hundreds.
        long block = Math.max(1, Math.min(BLOCK, (trials + COUNT_BLOCKS - 1) / COUNT_BLOCKS));
        long[] perBlock = new long[blockCount(trials, block)];
        long start = System.nanoTime();
        forEachBlock(threads, trials, block, events,
                (event, blk, lo, hi) -> perBlock[blk] = countRange(event, local, lo, hi));
        long failures = 0;
        for (long f : perBlock) {
            failures += f;
        }
        return new BernoulliCount(failures, trials, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * Runs an importance-sampling estimator. Each block's sum and sum of squares are combined in block order, so the
     * result is bit-identical for any number of threads.
     *
     * @param events makes one weighted event per worker
     * @param streams the per-trial streams
     * @param trials number of trials, {@code >= 2}
     * @param threads worker threads; {@code <= 0} for all processors
     * @return the mean weight and its standard error
     */
    public static WeightedMean mean(Supplier<? extends WeightedEvent> events, TrialStreams streams, long trials,
                                    int threads) {
        Checks.requireAtLeast(trials, 2, "trials");
        int blocks = blockCount(trials, BLOCK);
        double[] sum = new double[blocks];
        double[] sumSq = new double[blocks];
        long start = System.nanoTime();
        forEachBlock(threads, trials, BLOCK, events, (event, blk, lo, hi) -> {
            double s = 0;
            double q = 0;
            for (long t = lo; t < hi; t++) {
                double x = event.weight(streams.forTrial(t));
                s += x;
                q += x * x;
            }
            sum[blk] = s;
            sumSq[blk] = q;
        });
        double s = 0;
        double q = 0;
        for (int b = 0; b < blocks; b++) {
            s += sum[b];
            q += sumSq[b];
        }
        double mean = s / trials;
        double variance = Math.max(0, (q - trials * mean * mean) / (trials - 1));
        return new WeightedMean(mean, Math.sqrt(variance / trials), trials, (System.nanoTime() - start) * 1e-9);
    }

    /** One worker's work on one block {@code [from, to)} of trial indices, with that worker's own state. */
    @FunctionalInterface
    private interface BlockBody<S> {
        void run(S state, int block, long from, long to);
    }

    private static int blockCount(long trials, long block) {
        return Math.toIntExact((trials + block - 1) / block);
    }

    /**
     * Splits {@code trials} into fixed blocks of {@code block} trials; worker {@code w} of {@code W} takes blocks
     * {@code w, w + W, ...} with its own state from {@code perWorker}. Results are written per block by the body, so
     * combining them in block order is independent of the thread count.
     */
    private static <S> void forEachBlock(int threads, long trials, long block, Supplier<? extends S> perWorker,
                                         BlockBody<S> body) {
        int blocks = blockCount(trials, block);
        int workers = Math.min(resolveThreads(threads), blocks);
        Runnable[] jobs = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            jobs[w] = () -> {
                S state = perWorker.get();
                for (int blk = worker; blk < blocks; blk += workers) {
                    body.run(state, blk, blk * block, Math.min(trials, (blk + 1) * block));
                }
            };
        }
        runAll(jobs);
    }

    /** Runs the jobs, the first on the calling thread when it is the only one; rethrows a job's failure. */
    private static void runAll(Runnable[] jobs) {
        if (jobs.length == 1) {
            jobs[0].run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs.length, r -> {
            Thread t = new Thread(r, "reluspec-mc");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (Runnable j : jobs) {
                parts.add(pool.submit(j));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a trial failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long countRange(TrialEvent event, TrialStreams streams, long from, long to) {
        long failures = 0;
        for (long t = from; t < to; t++) {
            if (event.fails(streams.forTrial(t))) {
                failures++;
            }
        }
        return failures;
    }
}
