package org.reluspec.engine;

import org.reluspec.util.Checks;

/**
 * How a run checks claims.
 *
 * @param seed master seed (printed; {@code --seed} reproduces a run)
 * @param trials Monte Carlo trials per simulated point (an upper limit, see {@code workPerPoint})
 * @param threads worker threads, {@code <= 0} for all processors (results do not depend on it)
 * @param alpha family-wise error rate of the run's {@code VIOLATED} verdicts and of its self-checks
 * @param simulation when to simulate a point that also has an exact value
 * @param workPerPoint work budget per point in the claims' work units (about one Gaussian draw each): the trial
 *                     count is {@code min(trials, workPerPoint / costPerTrial)}, a deterministic cap, so results
 *                     stay bit-identical on any machine
 * @param importanceTrials trials of the importance-sampling self-check at points too rare to simulate
 * @param sequential whether to stop a Monte Carlo point as soon as its verdict is decided (looks at doubling trial
 *                   counts, error rate split over the looks)
 * @param secondsPerPoint wall-clock budget per point in sequential mode, {@code 0} for none; a time budget makes the
 *                        trial count machine-dependent (the report records it; {@code --trials} reproduces it)
 */
public record CheckSettings(long seed, long trials, int threads, double alpha, SimulationPolicy simulation,
                            double workPerPoint, long importanceTrials, boolean sequential, double secondsPerPoint) {

    /** When to simulate a point whose exact failure probability is known. */
    public enum SimulationPolicy {
        /** Only when at least {@link #MIN_EXPECTED_FAILURES} failures are expected in the budget. */
        WHERE_REACHABLE,
        /** Always (for example when a user asks for a given number of trials). */
        ALWAYS
    }

    /**
     * The default master seed of every command, of {@code mvn verify} and of the committed specification, as text for
     * option defaults.
     */
    public static final String DEFAULT_SEED_TEXT = "20261122";

    /** The default master seed as a number. */
    public static final long DEFAULT_SEED = Long.parseLong(DEFAULT_SEED_TEXT);

    /** Expected failure count below which an exact-only point is not simulated under {@code WHERE_REACHABLE}. */
    public static final double MIN_EXPECTED_FAILURES = 10;

    /** Default work budget per point: about one second of Gaussian draws on one core. */
    public static final double DEFAULT_WORK_PER_POINT = 2e8;

    /** Fewest trials a simulated point gets, whatever its cost. */
    public static final long MIN_TRIALS = 200;

    /** Validates the settings. */
    public CheckSettings {
        Checks.requireAtLeast(trials, 1, "trials");
        Checks.requireOpenUnitInterval(alpha, "alpha");
        Checks.requirePositiveFinite(workPerPoint, "workPerPoint");
        Checks.requireAtLeast(importanceTrials, 0, "importanceTrials");
        if (!(secondsPerPoint >= 0)) {
            throw new org.reluspec.util.ReluSpecArgumentException(org.reluspec.util.Violation.TOO_SMALL,
                    "secondsPerPoint", secondsPerPoint, 0);
        }
    }

    /**
     * @param seed master seed
     * @param trials trials per point
     * @param threads threads
     * @param alpha family-wise error rate
     * @param simulation simulation policy
     * @param workPerPoint work budget per point
     * @param importanceTrials importance-sampling trials
     * @return fixed-size (non-sequential) settings
     */
    public static CheckSettings fixed(long seed, long trials, int threads, double alpha, SimulationPolicy simulation,
                                      double workPerPoint, long importanceTrials) {
        return new CheckSettings(seed, trials, threads, alpha, simulation, workPerPoint, importanceTrials, false, 0);
    }

    /**
     * @param sequentialMode whether to stop early
     * @param seconds wall-clock budget per point, 0 for none
     * @return a copy with the sequential settings replaced
     */
    public CheckSettings withSequential(boolean sequentialMode, double seconds) {
        return new CheckSettings(seed, trials, threads, alpha, simulation, workPerPoint, importanceTrials,
                sequentialMode, seconds);
    }

    /** Trials of the first look in sequential mode. */
    public static final long FIRST_LOOK = 1000;

    /** @return the number of looks a sequential point may take: doubling from {@link #FIRST_LOOK} to the budget */
    public int looks(long budget) {
        if (!sequential) {
            return 1;
        }
        int l = 1;
        for (long n = FIRST_LOOK; n < budget; n *= 2) {
            l++;
        }
        return l;
    }

    /**
     * @param seed master seed
     * @param trials trials per point
     * @param threads threads
     * @param alpha family-wise error rate
     * @param simulation simulation policy
     * @return settings with the default work budget and 100,000 importance-sampling trials
     */
    public static CheckSettings of(long seed, long trials, int threads, double alpha, SimulationPolicy simulation) {
        return fixed(seed, trials, threads, alpha, simulation, DEFAULT_WORK_PER_POINT, 100_000);
    }

    /**
     * @param costPerTrial work units of one trial
     * @return the trial count for a point of that cost
     */
    public long trialsFor(double costPerTrial) {
        long byWork = (long) Math.floor(workPerPoint / Math.max(1, costPerTrial));
        return Math.max(Math.min(trials, MIN_TRIALS), Math.min(trials, byWork));
    }
}
