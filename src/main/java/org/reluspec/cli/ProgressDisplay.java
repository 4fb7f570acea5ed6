package org.reluspec.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.SuiteRun;

/**
 * A progress bar over the points of a run, on standard error, shown only once the run has lasted two seconds (short
 * runs print nothing extra). Closing it removes the timer.
 */
final class ProgressDisplay implements SuiteRun.Listener, AutoCloseable {

    private static final long DELAY_MILLIS = 2000;

    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final ScheduledExecutorService timer;
    private ProgressBar bar;

    ProgressDisplay(long total) {
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reluspec-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::refresh, DELAY_MILLIS, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void refresh() {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("checking claims").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" points", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true,
                            StandardCharsets.UTF_8)))
                    .build();
        }
        bar.stepTo(done.get());
    }

    @Override
    public void pointDone(ClaimResult result) {
        step();
    }

    /** One unit of work is done. */
    void step() {
        done.incrementAndGet();
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (bar != null) {
            bar.stepTo(done.get());
            bar.close();
        }
    }
}
