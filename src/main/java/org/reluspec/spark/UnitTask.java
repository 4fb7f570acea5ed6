package org.reluspec.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.reluspec.cli.DistributedCommand;
import org.reluspec.work.ShardedRun;

/**
 * A Spark task: computes its units from the command line alone, so nothing but the arguments and the addresses
 * travels to a worker, and a unit's value is what any machine computes for it. A worker JVM lists a run's units
 * once.
 */
final class UnitTask implements FlatMapFunction<Iterator<String>, String> {

    private static final long serialVersionUID = 1L;

    /** One run's units per command line, per worker JVM. */
    private static final Map<List<String>, ShardedRun> RUNS = new ConcurrentHashMap<>();

    private final String[] args;

    UnitTask(String[] args) {
        this.args = args.clone();
    }

    @Override
    public Iterator<String> call(Iterator<String> addresses) {
        ShardedRun run = RUNS.computeIfAbsent(List.of(args), a -> DistributedCommand.units(args));
        List<String> out = new ArrayList<>();
        while (addresses.hasNext()) {
            String a = addresses.next();
            out.add(a + "\t" + run.compute(a));
        }
        return out.iterator();
    }

    /**
     * @param args a command line
     * @param threads threads a task may use ({@code spark.task.cpus})
     * @return the command line with {@code --threads threads} in place of its own (results do not depend on it; the
     *         cluster's cores are shared out by Spark)
     */
    static String[] withThreads(String[] args, int threads) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threads")) {
                i++;
            } else if (!args[i].startsWith("--threads=")) {
                out.add(args[i]);
            }
        }
        out.add("--threads");
        out.add(String.valueOf(threads));
        return out.toArray(String[]::new);
    }
}
