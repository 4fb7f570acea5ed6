package org.reluspec.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.reluspec.cli.DistributedCommand;
import org.reluspec.cli.ReluSpecCommand;
import org.reluspec.work.Checkpoint;
import org.reluspec.work.ShardedRun;
import org.reluspec.work.UnitListener;

/**
 * {@code spark-submit --master URL reluspec-spark.jar COMMAND ARGS...}, or {@code java -jar reluspec-spark.jar
 * [--master URL] COMMAND ARGS...} on the embedded {@code local[*]}: runs {@code check}, {@code falsify} or
 * {@code experiment} with every unit of the run (a claim point, a claim variant's search, an experiment's
 * configuration and seed) one Spark task. Workers rebuild the run's units from the same arguments; the driver
 * collects the units' values and assembles them with the command's own code, so the result (table, JSON, plots) is the
 * plain command's, bit for bit apart from measured times. With the command's {@code --checkpoint FILE} the driver
 * records each finished group of units and a rerun computes only what is missing.
 */
public final class SparkMain {

    /** Groups of units submitted together; each group's values are recorded as soon as it finishes. */
    static final int GROUPS = 64;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkMain() {
    }

    /**
     * @param args {@code [--master URL] COMMAND ARGS...}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * @param out standard output
     * @param err standard error (progress and errors)
     * @param args {@code [--master URL] COMMAND ARGS...}
     * @return the command's exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String master = null;
        int first = 0;
        if (args.length >= 2 && args[0].equals("--master")) {
            master = args[1];
            first = 2;
        } else if (args.length >= 1 && args[0].startsWith("--master=")) {
            master = args[0].substring("--master=".length());
            first = 1;
        }
        if (first >= args.length) {
            err.println("reluspec-spark: error: give a command: [--master URL] check|falsify|experiment ARGS... "
                    + "(see 'reluspec check --help')");
            return ReluSpecCommand.EXIT_BAD_INPUT;
        }
        String[] command = Arrays.copyOfRange(args, first, args.length);
        String chosen = master;
        return ReluSpecCommand.execute(out, err, c -> distribute(c, chosen, command, err), command);
    }

    private static int distribute(DistributedCommand command, String master, String[] args, PrintWriter err) {
        ShardedRun work = command.work();
        List<String> addresses = work.addresses();
        Map<String, ObjectNode> values = new HashMap<>();
        Checkpoint checkpoint = command.checkpoint().map(f -> new Checkpoint(f, work.key(), UnitListener.QUIET))
                .orElse(null);
        try {
            if (checkpoint != null) {
                for (String a : addresses) {
                    checkpoint.stored(a).ifPresent(v -> values.put(a, v));
                }
                err.printf(Locale.ROOT, "checkpoint %s: %d of %d units finished already%n", checkpoint.file(),
                        values.size(), addresses.size());
            }
            List<String> todo = addresses.stream().filter(a -> !values.containsKey(a)).toList();
            if (!todo.isEmpty()) {
                compute(todo, master, args, values, checkpoint, err);
            }
        } finally {
            if (checkpoint != null) {
                checkpoint.close();
            }
        }
        List<ObjectNode> inOrder = new ArrayList<>();
        for (String a : addresses) {
            inOrder.add(values.get(a));
        }
        return command.finish(inOrder);
    }

    /** Runs the units on Spark, one task each, in groups submitted together so that no group waits for another. */
    private static void compute(List<String> todo, String master, String[] args, Map<String, ObjectNode> values,
                                Checkpoint checkpoint, PrintWriter err) {
        SparkConf conf = new SparkConf().setAppName("reluspec " + String.join(" ", args));
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            ShardProgress progress = new ShardProgress(todo.size(), err);
            sc.sc().addSparkListener(progress);
            err.printf(Locale.ROOT, "spark %s (%s, default parallelism %d): %d units%n", sc.version(), sc.master(),
                    sc.defaultParallelism(), todo.size());
            int taskCpus = conf.getInt("spark.task.cpus", 1);
            String[] workerArgs = UnitTask.withThreads(args, taskCpus);
            List<List<String>> groups = groups(todo, GROUPS);
            List<JavaFutureAction<List<String>>> jobs = new ArrayList<>();
            for (List<String> g : groups) {
                jobs.add(sc.parallelize(g, g.size()).mapPartitions(new UnitTask(workerArgs)).collectAsync());
            }
            for (JavaFutureAction<List<String>> job : jobs) {
                for (String line : job.get()) {
                    int tab = line.indexOf('\t');
                    String address = line.substring(0, tab);
                    ObjectNode value = (ObjectNode) JSON.readTree(line.substring(tab + 1));
                    values.put(address, value);
                    if (checkpoint != null) {
                        checkpoint.record(address, value);
                    }
                }
            }
            progress.finished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a unit failed on the cluster: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param all units in the run's order
     * @param count how many groups at most
     * @param <T> unit type
     * @return consecutive groups of nearly equal size, in order
     */
    static <T> List<List<T>> groups(List<T> all, int count) {
        int n = Math.max(1, Math.min(count, all.size()));
        List<List<T>> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            List<T> part = all.subList((int) ((long) all.size() * g / n), (int) ((long) all.size() * (g + 1) / n));
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
