package org.reluspec.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
        return map(items, workers, job, done, null);
    }

    /**
     * As {@link #map(List, int, Function, BiConsumer)}, with the workers taking the jobs dearest first: a dear job
     * started last keeps one worker busy while the others idle. The order of the results, and of {@code done}, stays
     * the given one; one worker computes the jobs in the given order.
     *
     * @param items the jobs' inputs
     * @param workers jobs computed at once
     * @param job computes one result
     * @param done receives each input with its result, in the given order
     * @param dearestFirst the order in which the workers take the jobs ({@code null}: the given order; ties keep it)
     * @param <T> input type
     * @param <R> result type
     * @return the results in the given order
     * @throws RuntimeException a job's own exception, rethrown as it was
     */
    public static <T, R> List<R> map(List<T> items, int workers, Function<? super T, ? extends R> job,
                                     BiConsumer<? super T, ? super R> done, Comparator<? super T> dearestFirst) {
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
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(items.size(), null));
            for (int i : dispatchOrder(items, dearestFirst)) {
                T t = items.get(i);
                futures.set(i, pool.submit(() -> job.apply(t)));
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
     * @param items the jobs' inputs
     * @param dearestFirst the order in which the workers take the jobs, or {@code null}
     * @param <T> input type
     * @return the jobs' indices in the order the workers take them (a stable sort: ties keep the given order)
     */
    static <T> List<Integer> dispatchOrder(List<T> items, Comparator<? super T> dearestFirst) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        if (dearestFirst != null) {
            order.sort(Comparator.comparing(items::get, dearestFirst));
        }
        return order;
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
