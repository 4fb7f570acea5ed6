package org.reluspec.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reluspec.work.ShardedRun;

/** A command whose run splits into units ({@code check}, {@code falsify}, {@code experiment}). */
interface Distributable {

    /**
     * Checks the options as the command does and lists the run's units.
     *
     * @return the run's units
     */
    ShardedRun work();

    /** @return the command's checkpoint and shard options */
    ShardOptions shards();

    /**
     * Assembles the run from its units' values and prints and writes what the command prints and writes.
     *
     * @param values every unit's value, in the run's order
     * @return the exit code
     */
    int finish(List<ObjectNode> values);
}
