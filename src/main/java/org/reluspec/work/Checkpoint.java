package org.reluspec.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.reluspec.util.LoopState;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.StepProgress;
import org.reluspec.util.Violation;

/**
 * Units of work recorded in a file as they finish, so that a killed run resumes where it stopped with the same result,
 * and so that the shards of a run, computed anywhere, merge into the run. The file holds JSON lines: first the run's
 * key (a checkpoint of another run is refused), then one line per finished unit with its address and its value (an
 * experiment's numbers as the hexadecimal bits of each double, exact with NaN and infinities; a check's point result;
 * a search's result). A unit is appended only once it is complete; a last line cut off by a kill (no line end) is
 * ignored and recomputed. Safe for units that finish side by side.
 *
 * <p>A unit that runs long (a training run of hours) keeps its loop's state beside the file every few minutes
 * ({@link LoopState}, {@link StateFile}), so a run killed inside such a unit resumes inside it; the state is deleted
 * once the unit is recorded, and the unit's value is the same bits either way.
 */
public final class Checkpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, ObjectNode> stored = new ConcurrentHashMap<>();
    private final UnitListener listener;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final BufferedWriter out;
    private final int restorable;
    private final String runKey;
    private final long stateEveryNanos;

    /** Default least time between two kept states of a running unit. */
    public static final int STATE_EVERY_SECONDS = 300;

    /**
     * Opens (or creates) a checkpoint.
     *
     * @param file the checkpoint file
     * @param runKey what identifies the run: every setting a unit's value depends on, e.g.
     *               {@code "size=paper seed=20261122 seeds=5"}
     * @param listener told about each finished unit
     * @throws ReluSpecArgumentException when the file belongs to another run, is malformed, or cannot be read or
     *                                   written
     */
    public Checkpoint(Path file, String runKey, UnitListener listener) {
        this(file, runKey, listener, STATE_EVERY_SECONDS);
    }

    /**
     * Opens (or creates) a checkpoint whose running units keep their state every {@code stateEverySeconds}.
     *
     * @param file the checkpoint file
     * @param runKey what identifies the run
     * @param listener told about each finished unit
     * @param stateEverySeconds least seconds between two kept states of a running unit ({@code >= 0}; 0: every step,
     *                          for tests)
     * @throws ReluSpecArgumentException when the file belongs to another run, is malformed, or cannot be read or
     *                                   written
     */
    public Checkpoint(Path file, String runKey, UnitListener listener, long stateEverySeconds) {
        org.reluspec.util.Checks.requireAtLeast(stateEverySeconds, 0, "--state-every");
        this.file = file;
        this.runKey = runKey;
        this.stateEveryNanos = Math.min(stateEverySeconds, 1L << 32) * 1_000_000_000L;
        this.listener = listener;
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            if (!fresh) {
                read(runKey);
            }
            restorable = stored.size();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (fresh) {
                ObjectNode head = JSON.createObjectNode().put("run", runKey);
                out.write(JSON.writeValueAsString(head));
                out.write('\n');
                out.flush();
            }
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be read or written: "
                    + e.getMessage());
        }
    }

    private void read(String runKey) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        stored.putAll(parse(file, text, runKey));
        if (!text.endsWith("\n")) {
            // drop the line a kill cut off, so that the next unit starts on a line of its own
            long keep = text.substring(0, text.lastIndexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length;
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                    StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        }
    }

    /**
     * @param file a checkpoint
     * @param text its content
     * @param runKey the run it must belong to, or {@code null} for any
     * @return its complete units in file order
     */
    private static Map<String, ObjectNode> parse(Path file, String text, String runKey) {
        Map<String, ObjectNode> units = new java.util.LinkedHashMap<>();
        List<String> lines = List.of(text.split("\n", -1));
        // the last element is "" when the file ends with a line end, or a line cut off by a kill: either way unused
        for (int i = 0; i < lines.size() - 1; i++) {
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw malformed(file, "line " + (i + 1) + " is not JSON");
            }
            if (i == 0) {
                String key = node == null ? null : node.path("run").asText(null);
                if (key == null || runKey != null && !runKey.equals(key)) {
                    throw malformed(file, "it belongs to the run '" + (key == null ? "" : key) + "', not to '"
                            + runKey + "' (give another --checkpoint file, or delete this one)");
                }
                continue;
            }
            String address = node == null ? null : node.path("address").asText(null);
            if (address == null || !(node instanceof ObjectNode value) || value.size() < 2) {
                throw malformed(file, "line " + (i + 1) + " has no address and value");
            }
            value.remove("address");
            if (value.has("bits")) {
                try {
                    doubles(value);
                } catch (IllegalArgumentException e) {
                    throw malformed(file, "line " + (i + 1) + " " + e.getMessage());
                }
            }
            if (units.putIfAbsent(address, value) != null) {
                throw malformed(file, "unit " + address + " is recorded twice");
            }
        }
        if (text.isEmpty() || !text.contains("\n")) {
            throw malformed(file, "it has no complete first line");
        }
        return units;
    }

    /**
     * Merges the checkpoints of a run's shards into one, written whole or not at all.
     *
     * @param shards the shard files, all of one run
     * @param out the merged checkpoint
     * @return how many units the merged checkpoint holds
     * @throws ReluSpecArgumentException naming the file when a shard is unreadable or malformed, belongs to another
     *                                   run, or holds a unit another shard holds too
     */
    public static int merge(List<Path> shards, Path out) {
        String key = null;
        Map<String, ObjectNode> all = new java.util.LinkedHashMap<>();
        Map<String, Path> from = new java.util.HashMap<>();
        for (Path shard : shards) {
            String text;
            try {
                text = Files.readString(shard, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ReluSpecArgumentException(Violation.IO_FAILURE, shard, "cannot be read: " + e.getMessage());
            }
            if (key == null) {
                key = runKeyOf(shard, text);
            }
            for (Map.Entry<String, ObjectNode> e : parse(shard, text, key).entrySet()) {
                Path before = from.putIfAbsent(e.getKey(), shard);
                if (before != null) {
                    throw new ReluSpecArgumentException(Violation.MALFORMED_FILE, shard, "unit " + e.getKey()
                            + " is also in " + before + " (each unit belongs to one shard; give each shard once)");
                }
                all.put(e.getKey(), e.getValue());
            }
        }
        StringBuilder text = new StringBuilder();
        try {
            text.append(JSON.writeValueAsString(JSON.createObjectNode().put("run", key))).append('\n');
            for (Map.Entry<String, ObjectNode> e : all.entrySet()) {
                text.append(line(e.getKey(), e.getValue())).append('\n');
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path part = Files.createTempFile(parent, out.getFileName().toString(), ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, out, "cannot be written: " + e.getMessage());
        }
        return all.size();
    }

    private static String runKeyOf(Path file, String text) {
        try {
            JsonNode head = JSON.readTree(text.substring(0, Math.max(0, text.indexOf('\n'))));
            String key = head == null ? null : head.path("run").asText(null);
            if (key == null) {
                throw malformed(file, "its first line names no run");
            }
            return key;
        } catch (IOException e) {
            throw malformed(file, "line 1 is not JSON");
        }
    }

    private static String line(String address, ObjectNode value) throws IOException {
        ObjectNode line = JSON.createObjectNode().put("address", address);
        line.setAll(value);
        return JSON.writeValueAsString(line);
    }

    /**
     * @param values numbers
     * @return them as a unit value, {@code {"bits": [hexadecimal bits of each]}}: exact, NaN and infinities included
     */
    public static ObjectNode bits(double[] values) {
        ObjectNode value = JSON.createObjectNode();
        ArrayNode bits = value.putArray("bits");
        for (double v : values) {
            bits.add(Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        return value;
    }

    /**
     * @param value a unit value written by {@link #bits}
     * @return its numbers
     * @throws IllegalArgumentException when it holds no such numbers
     */
    public static double[] doubles(ObjectNode value) {
        JsonNode bits = value.path("bits");
        if (!bits.isArray()) {
            throw new IllegalArgumentException("has no bits");
        }
        double[] values = new double[bits.size()];
        for (int k = 0; k < values.length; k++) {
            try {
                values[k] = Double.longBitsToDouble(Long.parseUnsignedLong(bits.get(k).asText(), 16));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("value " + k + " is not the hexadecimal bits of a double");
            }
        }
        return values;
    }

    /**
     * @param file a checkpoint (a run's, or the merge of its shards)
     * @param runKey the run it must belong to
     * @return its complete units in file order
     * @throws ReluSpecArgumentException naming the file when it cannot be read, is malformed or belongs to another run
     */
    public static Map<String, ObjectNode> read(Path file, String runKey) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8), runKey);
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param address a unit
     * @return whether the checkpoint holds it
     */
    public boolean has(String address) {
        return stored.containsKey(address);
    }

    private static ReluSpecArgumentException malformed(Path file, String why) {
        return new ReluSpecArgumentException(Violation.MALFORMED_FILE, file, "not a checkpoint of this run: " + why);
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return how many units the file held when it was opened */
    public int restorable() {
        return restorable;
    }

    /**
     * @param units how many more units the run will ask for (for the progress count)
     */
    public void expect(int units) {
        total.addAndGet(units);
    }

    /**
     * @param address the unit's stable address
     * @return its value, when the checkpoint holds it
     */
    public java.util.Optional<ObjectNode> stored(String address) {
        return java.util.Optional.ofNullable(stored.get(address)).map(ObjectNode::deepCopy);
    }

    /**
     * The unit's value from the file, or computed now and appended to the file.
     *
     * @param address the unit's stable address
     * @param work computes its value
     * @return its value
     */
    public ObjectNode compute(String address, Supplier<ObjectNode> work) {
        ObjectNode old = stored.get(address);
        if (old != null) {
            listener.unitDone(address, done.incrementAndGet(), total.get(), 0, true);
            return old.deepCopy();
        }
        long start = System.nanoTime();
        StateFile state = new StateFile(file, runKey, address);
        state.load().ifPresent(kept -> listener.unitStatus(address, "resumes at step " + kept.step() + " from "
                + state.file()));
        ObjectNode value = StepProgress.listening(line -> listener.unitStatus(address, line),
                () -> LoopState.keeping(state, stateEveryNanos, work));
        record(address, value);
        state.delete();
        listener.unitDone(address, done.incrementAndGet(), total.get(), (System.nanoTime() - start) * 1e-9, false);
        return value;
    }

    /**
     * Appends a unit computed elsewhere (a worker of a cluster); a unit the file holds already is left as it is.
     *
     * @param address the unit's stable address
     * @param value its value
     */
    public void record(String address, ObjectNode value) {
        if (stored.putIfAbsent(address, value.deepCopy()) != null) {
            return;
        }
        synchronized (this) {
            try {
                out.write(line(address, value));
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be written: "
                        + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new ReluSpecArgumentException(Violation.IO_FAILURE, file, "cannot be closed: " + e.getMessage());
        }
    }
}
