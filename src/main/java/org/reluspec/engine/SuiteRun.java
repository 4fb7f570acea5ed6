package org.reluspec.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.reluspec.harness.MonteCarlo;
import org.reluspec.harness.TrialStreams;
import org.reluspec.stats.ClopperPearson;
import org.reluspec.stats.ExactProbability;
import org.reluspec.stats.Holm;

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
        double selfCheckAlpha = settings.alpha() / Math.max(1, claims.size());
        List<ClaimResult> results = new ArrayList<>();
        for (ClaimAtPoint c : claims) {
            if (c.claim() instanceof ProbabilisticClaim pc) {
                results.add(ProbabilisticCheck.check(pc, c.point(), c.gridPoint(), settings, selfCheckAlpha));
            } else if (c.claim() instanceof DeterministicClaim dc) {
                results.add(DeterministicCheck.check(dc, c.point(), c.gridPoint(), settings.seed()));
            } else if (c.claim() instanceof ScalingClaim sc) {
                results.add(ScalingCheck.check(sc, c.point(), c.gridPoint(), settings.seed(), selfCheckAlpha));
            } else {
                throw new IllegalArgumentException("claim " + c.claim().key() + " has no conclusion type");
            }
            listener.pointDone(results.get(results.size() - 1));
        }
        results = applyHolm(results, settings.alpha());
        return new RunReport(TOOL, settings.seed(), TrialStreams.GENERATOR, settings.alpha(), settings.trials(),
                MonteCarlo.resolveThreads(settings.threads()), startedAt, (System.nanoTime() - start) * 1e-9,
                results);
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

    static List<ClaimResult> applyHolm(List<ClaimResult> results, double alpha) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ClaimResult r = results.get(i);
            // every point whose verdict the simulation decided: no reference, or a rigorous upper bound that lies
            // above the stated bound (an exact value always decides, and so does an upper bound below the bound)
            boolean decidedBySimulation = r.exact() == null
                    || r.exact().kind() != ExactProbability.Kind.EXACT && !(r.exact().value() <= r.statedBound());
            if (decidedBySimulation && r.simulation() != null && r.verdict() == Verdict.INCONCLUSIVE) {
                tested.add(i);
            }
        }
        if (tested.isEmpty()) {
            return results;
        }
        double[] p = new double[tested.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = results.get(tested.get(j)).simulation().exceedancePValue();
        }
        boolean[] reject = Holm.reject(p, alpha);
        List<ClaimResult> out = new ArrayList<>(results);
        for (int j = 0; j < p.length; j++) {
            if (reject[j]) {
                ClaimResult r = results.get(tested.get(j));
                double lower = ClopperPearson.lower(r.simulation().failures(), r.simulation().trials(),
                        1 - alpha / p.length);
                out.set(tested.get(j), r.withVerdict(Verdict.VIOLATED, "exceedance p-value " + p[j]
                        + " rejected by Holm over " + p.length + " tests at alpha " + alpha
                        + "; Bonferroni-level lower bound " + lower + " > stated bound " + r.statedBound()));
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
