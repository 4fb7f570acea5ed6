package org.reluspec.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** The driver's progress: finished and total units (one task each) and the time left at the mean pace so far. */
final class ShardProgress extends SparkListener {

    /** At most one line per this many seconds, besides the last. */
    static final double EVERY_SECONDS = 5;

    private final int total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private int done;
    private double lastLine = -EVERY_SECONDS;

    ShardProgress(int total, PrintWriter err) {
        this.total = total;
        this.err = err;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
        if (!"Success".equals(task.reason().toString())) {
            err.printf(Locale.ROOT, "a task ended with %s (Spark retries it; its units give the same values)%n",
                    task.reason());
            err.flush();
            return;
        }
        done++;
        double elapsed = (System.nanoTime() - start) * 1e-9;
        if (elapsed - lastLine >= EVERY_SECONDS || done == total) {
            lastLine = elapsed;
            err.printf(Locale.ROOT, "[%d/%d] units done, %s elapsed%s%n", done, total, org.reluspec.util.Formats.clock(elapsed),
                    done < total ? ", about " + org.reluspec.util.Formats.clock(elapsed / done * (total - done)) + " left" : "");
            err.flush();
        }
    }

    /** Says that every unit is back on the driver. */
    synchronized void finished() {
        err.printf(Locale.ROOT, "all %d units back on the driver after %s%n", total,
                org.reluspec.util.Formats.clock((System.nanoTime() - start) * 1e-9));
        err.flush();
    }
}
