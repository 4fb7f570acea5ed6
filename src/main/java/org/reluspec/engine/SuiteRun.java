package org.reluspec.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;
import org.reluspec.stats.ClopperPearson;
import org.reluspec.stats.Holm;
import org.reluspec.util.SideBySide;

/**
 * Checks a set of claims over their grids and applies the run-level error control:
 * <ul>
 *   <li>self-checks (simulation vs exact) are Bonferroni-corrected: each uses {@code alpha / K} with {@code K} the
 *       number of points in the run, so a correct suite fails any self-check with probability at most alpha;</li>
 *   <li>{@code VIOLATED} verdicts come from Holm's procedure over all Monte Carlo-only points of the run;</li>
 *   <li>order claims use exponent intervals at {@code alpha / K} (Bonferroni, as the self-checks).</li>
 * </ul>
 */
public final class SuiteRun {

    /** Name and version written into every report. */
    public static final String TOOL = "ReLUSpec 0.1.0";

    private SuiteRun() {
    }

    /**
     * @param claims the claims and points to check
     * @param settings the run's settings
     * @return the report
     */
    public static RunReport run(List<ClaimAtPoint> claims, CheckSettings settings) {
        return run(claims, settings, r -> { });
    }

    /**
     * @param claims the claims and points to check
     * @param settings the run's settings
     * @param listener told after each point (for progress display)
     * @return the report
     */
    public static RunReport run(List<ClaimAtPoint> claims, CheckSettings settings, Listener listener) {
        long start = System.nanoTime();
        String startedAt = Instant.now().toString();
        // Points side by side: a point draws only from its own streams, so its result does not depend on what runs
        // beside it. Most points are exact or short, so one at a time left a core idle (FalseAlarmIT used 1.1 cores).
        // A wall-clock budget per point is the exception: contention would change where a point stops.
        int workers = settings.secondsPerPoint() > 0 ? 1 : MonteCarlo.resolveThreads(settings.threads());
        List<ClaimResult> results = SideBySide.map(claims, workers, c -> check(c, settings, claims.size()),
                (c, r) -> listener.pointDone(r));
        return assemble(results, settings, startedAt, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * One point of a run, before the run-level Holm correction: what a shard of the run computes.
     *
     * @param c the claim at the point
     * @param settings the run's settings
     * @param runPoints how many points the whole run checks (each self-check runs at {@code alpha / runPoints})
     * @return the point's result
     */
    public static ClaimResult check(ClaimAtPoint c, CheckSettings settings, int runPoints) {
        return check(c, settings, runPoints, null);
    }

    /**
     * One point of a run whose simulation's failure counts were computed as separate units (trial ranges).
     *
     * @param c the claim at the point
     * @param settings the run's settings
     * @param runPoints how many points the whole run checks
     * @param counted the counts, or {@code null} to count here
     * @return the point's result
     */
    public static ClaimResult check(ClaimAtPoint c, CheckSettings settings, int runPoints,
                                    ProbabilisticCheck.Counted counted) {
        double selfCheckAlpha = settings.alpha() / Math.max(1, runPoints);
        if (c.claim() instanceof ProbabilisticClaim pc) {
            return ProbabilisticCheck.check(pc, c.point(), c.gridPoint(), settings, selfCheckAlpha, counted);
        } else if (c.claim() instanceof DeterministicClaim dc) {
            return DeterministicCheck.check(dc, c.point(), c.gridPoint(), settings.seed());
        } else if (c.claim() instanceof ScalingClaim sc) {
            return ScalingCheck.check(sc, c.point(), c.gridPoint(), settings.seed(), selfCheckAlpha);
        }
        throw new IllegalArgumentException("claim " + c.claim().key() + " has no conclusion type");
    }

    /**
     * The run's report from its points' results, wherever they were computed: Holm over the run, as in
     * {@link #run}.
     *
     * @param results every point's result from {@link #check}, in the run's order
     * @param settings the run's settings
     * @param startedAt when the run started (ISO-8601)
     * @param seconds how long it took
     * @return the report
     */
    public static RunReport assemble(List<ClaimResult> results, CheckSettings settings, String startedAt,
                                     double seconds) {
        return new RunReport(TOOL, settings.seed(), TrialStreams.GENERATOR, settings.alpha(), settings.trials(),
                MonteCarlo.resolveThreads(settings.threads()), startedAt, seconds,
                applyHolm(results, settings.alpha()));
    }

    /**
     * @param c a claim at a point
     * @return its stable address in a run, e.g. {@code MYV-B.1/exact point 3 {n=100.0, k=5.0}}
     */
    public static String address(ClaimAtPoint c) {
        return c.claim().key() + " point " + c.gridPoint() + " " + c.point().values();
    }

    /**
     * @param settings a run's settings
     * @param points how many points it checks
     * @return every setting a point's result depends on (the thread count is not one)
     */
    public static String runKey(CheckSettings settings, int points) {
        return "check seed=" + settings.seed() + " trials=" + settings.trials() + " alpha=" + settings.alpha()
                + " simulation=" + settings.simulation() + " work=" + settings.workPerPoint() + " importance="
                + settings.importanceTrials() + " sequential=" + settings.sequential() + " seconds="
                + settings.secondsPerPoint() + " points=" + points;
    }

    /**
     * @param registry the registry
     * @param filter which claims to include
     * @return every included claim at every point of its default grid
     */
    public static List<ClaimAtPoint> defaultGrids(ClaimRegistry registry, Predicate<Claim> filter) {
        List<ClaimAtPoint> out = new ArrayList<>();
        for (Claim c : registry.all()) {
            if (filter.test(c)) {
                List<ParameterPoint> grid = c.defaultGrid();
                for (int i = 0; i < grid.size(); i++) {
                    out.add(new ClaimAtPoint(c, grid.get(i), i));
                }
            }
        }
        return out;
    }

    /**
     * Holm over every point whose verdict its simulation decides and that is still open: a probabilistic point with a
     * simulation and no deciding reference (none, or a rigorous upper bound above the stated bound; an exact value
     * always decides, and so does an upper bound at most the stated bound), left {@code INCONCLUSIVE}.
     */
    static List<ClaimResult> applyHolm(List<ClaimResult> results, double alpha) {
        List<Integer> tested = new ArrayList<>();
        List<Conclusion.Probabilistic> conclusions = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ClaimResult r = results.get(i);
            if (r.verdict() == Verdict.INCONCLUSIVE && r.conclusion() instanceof Conclusion.Probabilistic p
                    && p.simulation().isPresent() && p.exact().map(e -> !e.decides(p.statedBound())).orElse(true)) {
                tested.add(i);
                conclusions.add(p);
            }
        }
        if (tested.isEmpty()) {
            return results;
        }
        double[] pValues = new double[tested.size()];
        for (int j = 0; j < pValues.length; j++) {
            pValues[j] = conclusions.get(j).simulation().orElseThrow().exceedancePValue();
        }
        boolean[] reject = Holm.reject(pValues, alpha);
        List<ClaimResult> out = new ArrayList<>(results);
        for (int j = 0; j < pValues.length; j++) {
            if (reject[j]) {
                Conclusion.Probabilistic p = conclusions.get(j);
                Simulation sim = p.simulation().orElseThrow();
                double lower = ClopperPearson.lower(sim.failures(), sim.trials(), 1 - alpha / pValues.length);
                out.set(tested.get(j), results.get(tested.get(j)).withVerdict(Verdict.VIOLATED, "exceedance p-value "
                        + pValues[j] + " rejected by Holm over " + pValues.length + " tests at alpha " + alpha
                        + "; Bonferroni-level lower bound " + lower + " > stated bound " + p.statedBound()));
            }
        }
        return out;
    }

    /**
     * A claim at one point of its grid.
     *
     * @param claim the claim
     * @param point the point
     * @param gridPoint its index in the grid
     */
    public record ClaimAtPoint(Claim claim, ParameterPoint point, int gridPoint) {
    }

    /** Receives each point's result as soon as it is known. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param result the point's result (before run-level Holm correction)
         */
        void pointDone(ClaimResult result);
    }
}
