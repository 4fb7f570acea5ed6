package org.reluspec.util;

import java.util.function.Consumer;

/**
 * Progress inside one long unit of work (a training run of an hour): the training loops report their step and loss
 * here, and whoever runs the unit on this thread may listen (the CLI prints a line at most every
 * {@value #EVERY_SECONDS} seconds). Without a listener a report costs one thread-local read.
 */
public final class StepProgress {

    /** Least seconds between two lines of one unit. */
    public static final int EVERY_SECONDS = 30;

    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();

    private StepProgress() {
    }

    private static final class Listener {
        final Consumer<String> sink;
        final long every;
        long next;
        long lastTime;
        double lastValue = Double.NaN;

        Listener(Consumer<String> sink, long every) {
            this.sink = sink;
            this.every = every;
            this.next = System.nanoTime() + every;
        }
    }

    /**
     * Runs {@code work} with {@code sink} receiving this thread's step reports.
     *
     * @param sink receives one line per report, throttled
     * @param work the unit
     * @param <T> its result
     * @return what the work returned
     */
    public static <T> T listening(Consumer<String> sink, java.util.function.Supplier<T> work) {
        return listening(sink, EVERY_SECONDS * 1_000_000_000L, work);
    }

    /**
     * @param sink receives one line per report, throttled
     * @param everyNanos least nanoseconds between two lines
     * @param work the unit
     * @param <T> its result
     * @return what the work returned
     */
    static <T> T listening(Consumer<String> sink, long everyNanos, java.util.function.Supplier<T> work) {
        return ThreadScope.with(LISTENER, new Listener(sink, everyNanos), work);
    }

    /**
     * @param what the loop, e.g. {@code "lazy SGD"}
     * @param step its step
     * @param quantity what {@code value} is, e.g. {@code "ln L"}
     * @param value its value
     */
    public static void report(String what, long step, String quantity, double value) {
        report(what, step, quantity, value, Double.NaN);
    }

    /**
     * A report of a loop that runs until {@code quantity} falls below {@code target}: the line adds the time left at
     * the pace since the previous line (a VYS run's {@code ln L} falls at a nearly steady pace for hours).
     *
     * @param what the loop, e.g. {@code "GD"}
     * @param step its step
     * @param quantity what {@code value} is, e.g. {@code "ln L"}
     * @param value its value
     * @param target the loop stops once {@code value < target} ({@code NaN}: no target)
     */
    public static void report(String what, long step, String quantity, double value, double target) {
        Listener l = LISTENER.get();
        if (l == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - l.next >= 0) {
            l.next = now + l.every;
            String line = String.format(java.util.Locale.ROOT, "%s step %d, %s = %.6g", what, step, quantity, value);
            double fall = l.lastValue - value;
            if (fall > 0 && value >= target) {
                double seconds = (value - target) / fall * (now - l.lastTime) * 1e-9;
                line += String.format(java.util.Locale.ROOT, ", %s < %.6g in about %s at this pace", quantity, target,
                        Formats.clock(seconds));
            }
            l.lastTime = now;
            l.lastValue = value;
            l.sink.accept(line);
        }
    }
}
