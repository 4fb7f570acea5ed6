package org.reluspec.util;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of a long loop inside one unit of work (a training run of hours), kept now and then so that a unit killed
 * part-way resumes at the last kept step and ends with the bits of an uninterrupted run. A loop that can resume
 * {@linkplain #enter enters} here, takes the state kept for it, if any, and offers its state at the top of each step;
 * whoever runs the unit on this thread may keep those offers ({@link #keeping}; the run's checkpoint writes them beside
 * its file). Without a keeper, entering costs one thread-local read and offering nothing.
 *
 * <p>A state goes back only to the loop that offered it: the same kind of loop ({@code label}: its settings and
 * shapes) in the same position in the unit (the unit's {@code n}-th loop), so a unit with several loops recomputes the
 * finished ones, which are deterministic, and resumes the one that was running.
 */
public final class LoopState {

    private static final ThreadLocal<Unit> UNIT = new ThreadLocal<>();

    private LoopState() {
    }

    /**
     * A kept state.
     *
     * @param ordinal the loop's position in its unit (0 for the unit's first loop)
     * @param label the kind of loop
     * @param step the step the loop was about to take
     * @param arrays everything the loop's further steps depend on
     */
    public record Saved(int ordinal, String label, long step, double[][] arrays) {
    }

    /** Where the states of one unit go and come from. */
    public interface Keeper {

        /** @return the state kept for this unit, if any */
        Optional<Saved> load();

        /**
         * Keeps {@code state} in place of the one kept before; done when it returns (the arrays may be the live ones).
         *
         * @param state the state
         */
        void save(Saved state);
    }

    private static final class Unit {
        final Keeper keeper;
        final long everyNanos;
        final Saved kept;
        int loops;

        Unit(Keeper keeper, long everyNanos) {
            this.keeper = keeper;
            this.everyNanos = everyNanos;
            this.kept = keeper.load().orElse(null);
        }
    }

    /**
     * Runs {@code work} with this thread's loops offering their states to {@code keeper}.
     *
     * @param keeper keeps the states of this unit
     * @param everyNanos least nanoseconds between two kept states of a loop (0: every step)
     * @param work the unit
     * @param <T> its result
     * @return what the work returned
     */
    public static <T> T keeping(Keeper keeper, long everyNanos, Supplier<T> work) {
        return ThreadScope.with(UNIT, new Unit(keeper, everyNanos), work);
    }

    /**
     * @param label the kind of loop: every setting and shape its state depends on
     * @return the loop's handle: its kept state and where it offers new ones
     */
    public static Loop enter(String label) {
        Unit unit = UNIT.get();
        if (unit == null) {
            return Loop.NONE;
        }
        int ordinal = unit.loops++;
        Saved kept = unit.kept;
        boolean mine = kept != null && kept.ordinal() == ordinal && kept.label().equals(label);
        return new Loop(unit, ordinal, label, mine ? kept : null);
    }

    /** One loop's view: the state kept for it and where it offers new ones. */
    public static final class Loop {

        /** A loop run where no one keeps states. */
        public static final Loop NONE = new Loop(null, 0, "", null);

        private final Unit unit;
        private final int ordinal;
        private final String label;
        private final Saved resumed;
        private long next;

        private Loop(Unit unit, int ordinal, String label, Saved resumed) {
            this.unit = unit;
            this.ordinal = ordinal;
            this.label = label;
            this.resumed = resumed;
            this.next = unit == null ? 0 : System.nanoTime() + unit.everyNanos;
        }

        /** @return the state this loop resumes from, if one was kept for it */
        public Optional<Saved> resumed() {
            return Optional.ofNullable(resumed);
        }

        /**
         * Offers the state at the top of a step; kept when the last kept one is old enough.
         *
         * @param step the step about to be taken
         * @param arrays the state (called only when it is kept; the live arrays will do)
         */
        public void offer(long step, Supplier<double[][]> arrays) {
            if (unit == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - next >= 0) {
                unit.keeper.save(new Saved(ordinal, label, step, arrays.get()));
                next = System.nanoTime() + unit.everyNanos;
            }
        }
    }
}
