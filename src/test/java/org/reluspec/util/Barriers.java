package org.reluspec.util;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** For tests of dispatch order: the first jobs wait for each other, so which ones start first is deterministic. */
public final class Barriers {

    private Barriers() {
    }

    /**
     * @param barrier the barrier the first jobs meet at
     * @param what what failed to run side by side, for the message
     */
    public static void await(CyclicBarrier barrier, String what) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(what + " did not run side by side", e);
        }
    }
}
