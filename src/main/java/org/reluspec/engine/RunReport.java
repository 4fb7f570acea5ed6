package org.reluspec.engine;

import java.util.List;

/**
 * Everything one run found, as written to {@code claims.json}.
 *
 * @param tool the tool name and version
 * @param seed master seed
 * @param generator the random generator every trial uses
 * @param alpha family-wise error rate
 * @param trials trials per simulated point
 * @param threads threads used
 * @param startedAt ISO-8601 start time
 * @param seconds wall-clock duration
 * @param results one result per claim and grid point
 */
public record RunReport(String tool, long seed, String generator, double alpha, long trials, int threads,
                        String startedAt, double seconds, List<ClaimResult> results) {
}
