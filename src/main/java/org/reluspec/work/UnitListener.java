package org.reluspec.work;

/** Told about each finished unit of a run (progress lines with an estimate of the time left). */
public interface UnitListener {

    /** Tells nothing. */
    UnitListener QUIET = (address, done, total, seconds, restored) -> { };

    /**
     * @param address the unit
     * @param done units finished so far in the run (restored ones included)
     * @param total units announced so far
     * @param seconds how long the unit took (0 when restored)
     * @param restored whether it came from the checkpoint
     */
    void unitDone(String address, int done, int total, double seconds, boolean restored);

    /**
     * A line from inside a unit that runs long (its training loop's step and loss, at most every
     * {@value org.reluspec.util.StepProgress#EVERY_SECONDS} seconds).
     *
     * @param address the unit
     * @param line what its loop reports
     */
    default void unitStatus(String address, String line) {
    }
}
