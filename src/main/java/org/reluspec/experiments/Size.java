package org.reluspec.experiments;

/**
 * The named sizes every experiment runs at. {@code mvn verify} runs {@link #REDUCED}; {@link #PAPER} is the paper's
 * configuration (widths, dimensions, schedules, seeds as printed, where the paper prints them), run from the CLI with
 * {@code reluspec experiment ID --size paper}. Where the reduced size already is the paper's, both are the same and
 * the experiment's {@link Experiment#paperScale()} says so.
 */
public enum Size {

    /** What {@code mvn verify} runs: small enough for CI on two cores. */
    REDUCED,

    /** The paper's configuration. */
    PAPER;

    /** @return the name on the command line and in reports: {@code reduced} or {@code paper} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
