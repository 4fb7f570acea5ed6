package org.reluspec.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Independent jobs computed side by side, their results handed back in the given order: what every parallel loop of
 * the suite (experiments, searches, units of a run) needs, since each job draws only from its own streams and the
 * result cannot depend on the number of workers.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * @param items the jobs' inputs
     * @param workers jobs computed at once ({@code <= 1}: one after the other on the calling thread)
     * @param job computes one result
     * @param done receives each input with its result, in the given order, as soon as it and every earlier one have
     *             finished
     * @param <T> input type
     * @param <R> result type
     * @return the results in the given order
     * @throws RuntimeException a job's own exception, rethrown as it was
     */
    public static <T, R> List<R> map(List<T> items, int workers, Function<? super T, ? extends R> job,
                                     BiConsumer<? super T, ? super R> done) {
        List<R> out = new ArrayList<>();
        if (workers <= 1 || items.size() <= 1) {
            for (T t : items) {
                R r = job.apply(t);
                done.accept(t, r);
                out.add(r);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T t : items) {
                futures.add(pool.submit(() -> job.apply(t)));
            }
            for (int i = 0; i < items.size(); i++) {
                R r = get(futures.get(i));
                done.accept(items.get(i), r);
                out.add(r);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param future a job
     * @param <R> result type
     * @return its result
     * @throws RuntimeException the job's own unchecked exception or error, rethrown as it was
     */
    public static <R> R get(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
