package org.reluspec.claims;

import org.reluspec.util.Checks;

/**
 * How a run checks claims.
 *
 * @param seed master seed (printed; {@code --seed} reproduces a run)
 * @param trials Monte Carlo trials per simulated point
 * @param threads worker threads, {@code <= 0} for all processors (results do not depend on it)
 * @param alpha family-wise error rate of the run's {@code VIOLATED} verdicts and of its self-checks
 * @param simulation when to simulate a point that also has an exact value
 */
public record CheckSettings(long seed, long trials, int threads, double alpha, SimulationPolicy simulation) {

    /** When to simulate a point whose exact failure probability is known. */
    public enum SimulationPolicy {
        /** Only when at least {@link #MIN_EXPECTED_FAILURES} failures are expected in the budget. */
        WHERE_REACHABLE,
        /** Always (for example when a user asks for a given number of trials). */
        ALWAYS
    }

    /** Expected failure count below which an exact-only point is not simulated under {@code WHERE_REACHABLE}. */
    public static final double MIN_EXPECTED_FAILURES = 10;

    /** Validates the settings. */
    public CheckSettings {
        Checks.requireAtLeast(trials, 1, "trials");
        Checks.requireOpenUnitInterval(alpha, "alpha");
    }
}
