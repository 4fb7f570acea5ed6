package org.reluspec.engine;

import org.reluspec.stats.Interval;

/**
 * The Monte Carlo part of a claim result.
 *
 * @param failures failures observed
 * @param trials trials run
 * @param estimate {@code failures / trials}
 * @param interval two-sided Clopper–Pearson interval at the run's self-check confidence
 * @param upperOneSided one-sided Clopper–Pearson upper bound at confidence {@code 1 - alpha}
 * @param lowerOneSided one-sided Clopper–Pearson lower bound at confidence {@code 1 - alpha} (before Holm)
 * @param exceedancePValue {@code P(Bin(trials, B) >= failures)}, the p-value Holm's procedure uses (1 for an upper-bound
 *                         event, which must not refute)
 * @param minDetectableFailureRate the smallest true failure rate above the bound that this many trials would report
 *                                 as exceeding it (one-sided lower bound above B) with probability 0.9
 * @param looks how many looks the run was allowed (1 for a fixed-size run); bounds use {@code alpha / looks}
 * @param seconds wall-clock seconds
 * @param trialsPerSecond throughput
 */
public record Simulation(long failures, long trials, double estimate, Interval interval, double upperOneSided,
                         double lowerOneSided, double exceedancePValue, double minDetectableFailureRate,
                         int looks, double seconds, double trialsPerSecond) {
}
