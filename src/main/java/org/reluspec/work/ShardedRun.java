package org.reluspec.work;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A run as units of work: a check's (claim variant, point), a search's claim variant, an experiment's (configuration,
 * seed). A unit's value depends on nothing but the run's key and the unit's address, so units computed in any order,
 * on any machine, in any grouping, give the values one machine would give, and the run assembled from them is
 * bit-identical to the run computed in one go.
 */
public interface ShardedRun {

    /** @return every setting a unit's value depends on; units of another run are refused */
    String key();

    /** @return the units' addresses, distinct, in the run's order */
    List<String> addresses();

    /**
     * @param address one of {@link #addresses()}
     * @return the unit's value, exactly encodable as JSON (doubles as hexadecimal bits where it matters)
     */
    ObjectNode compute(String address);

    /**
     * @return the order in which workers take the units, dearest first, or {@code null} for the run's order; it
     *         changes when a unit is computed, never its value or the order of the results
     */
    default Comparator<String> dearestFirst() {
        return null;
    }

    /**
     * @param key every setting a unit's value depends on
     * @param addresses the units' addresses, distinct, in the run's order
     * @param compute a unit's value from its address
     * @return the run
     */
    static ShardedRun of(String key, List<String> addresses, Function<String, ObjectNode> compute) {
        return of(key, addresses, compute, null);
    }

    /**
     * @param key every setting a unit's value depends on
     * @param addresses the units' addresses, distinct, in the run's order
     * @param compute a unit's value from its address
     * @param dearestFirst the order in which workers take the units, or {@code null}
     * @return the run
     */
    static ShardedRun of(String key, List<String> addresses, Function<String, ObjectNode> compute,
                         Comparator<String> dearestFirst) {
        List<String> fixed = List.copyOf(addresses);
        return new ShardedRun() {
            @Override
            public Comparator<String> dearestFirst() {
                return dearestFirst;
            }

            @Override
            public String key() {
                return key;
            }

            @Override
            public List<String> addresses() {
                return fixed;
            }

            @Override
            public ObjectNode compute(String address) {
                return compute.apply(address);
            }
        };
    }
}
