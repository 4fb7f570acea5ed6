package org.reluspec.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reluspec.papers.myv.MyvC_3;

/**
 * Sequential checking (looks at 1000, 2000, 4000, ... trials). Each test runs at fixed seed 9, so it is deterministic;
 * the equality of a stopped run with the fixed run of the same length is exact at any seed, and the two verdict
 * assertions are about points far from their bounds (a true bound met at the first look; a bound of 0.002 well below
 * the failure probability), so at another seed they would fail only with the error rates of the check itself
 * (at most alpha = 0.01 each).
 */
class SequentialCheckTest {

    private final MyvC_3 claim = new MyvC_3();

    private static CheckSettings settings(boolean sequential, long trials, int threads) {
        return CheckSettings.fixed(9, trials, threads, 0.01, CheckSettings.SimulationPolicy.ALWAYS, 1e12, 0)
                .withSequential(sequential, 0);
    }

    @Test
    void aClearlyTrueClaimStopsAtTheFirstLook() {
        ParameterPoint p = ParameterPoint.of(claim, "n", 64, "sigma1", 1.0, "sigma2", 1.0, "t", 3.0);
        ClaimResult r = ProbabilisticCheck.check(claim, p, 0, settings(true, 1_000_000, 0), 0.01);
        assertEquals(CheckSettings.FIRST_LOOK, r.probabilistic().orElseThrow().simulation().orElseThrow().trials());
        assertEquals(Verdict.CONFIRMED, r.verdict());
        assertEquals(11, r.probabilistic().orElseThrow().simulation().orElseThrow().looks(), "looks at 1000, 2000, ..., 1024000 capped at 1e6");
    }

    /** Stopping after some looks gives exactly the counts of a fixed-size run of the same length: same streams. */
    @Test
    void aSequentialRunEqualsTheFixedRunOfTheLengthItStoppedAt() {
        ParameterPoint p = ParameterPoint.of(claim, "n", 16, "sigma1", 1.0, "sigma2", 1.0, "t", 2.0);
        NegativeControl tight = NegativeControl.withBound(claim, q -> 0.0075, "0.0075");
        ClaimResult seq = ProbabilisticCheck.check(tight, p, 0, settings(true, 64_000, 2), 0.01);
        ClaimResult fixed = ProbabilisticCheck.check(tight, p, 0, settings(false, seq.probabilistic().orElseThrow().simulation().orElseThrow().trials(), 1), 0.01);
        assertTrue(seq.probabilistic().orElseThrow().simulation().orElseThrow().trials() > CheckSettings.FIRST_LOOK, "needed more than one look");
        assertEquals(fixed.probabilistic().orElseThrow().simulation().orElseThrow().failures(), seq.probabilistic().orElseThrow().simulation().orElseThrow().failures());
    }

    @Test
    void aFalseBoundIsStillReportedViolatedAfterHolmWithTheLookAdjustedPValue() {
        ParameterPoint p = ParameterPoint.of(claim, "n", 16, "sigma1", 1.0, "sigma2", 1.0, "t", 2.0);
        NegativeControl wrong = NegativeControl.withBound(claim, q -> 0.002, "0.002");
        RunReport r = SuiteRun.run(List.of(new SuiteRun.ClaimAtPoint(wrong, p, 0)), settings(true, 1_000_000, 0));
        ClaimResult x = r.results().get(0);
        assertEquals(Verdict.VIOLATED, x.verdict(), x.note());
        assertTrue(x.probabilistic().orElseThrow().simulation().orElseThrow().trials() < 1_000_000, "stopped early: " + x.probabilistic().orElseThrow().simulation().orElseThrow().trials());
    }
}
