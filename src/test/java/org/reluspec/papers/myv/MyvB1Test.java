package org.reluspec.papers.myv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.NegativeControl;
import org.reluspec.engine.ClaimResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ProbabilisticCheck;
import org.reluspec.engine.RunReport;
import org.reluspec.engine.SuiteRun;
import org.reluspec.engine.Verdict;
import org.reluspec.harness.TrialEvent;
import org.reluspec.stats.ExactProbability;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.Violation;

class MyvB1Test {

    private final MyvB_1 claim = new MyvB_1();

    private static CheckSettings settings(long trials, int threads) {
        return CheckSettings.of(7, trials, threads, 0.01, CheckSettings.SimulationPolicy.ALWAYS);
    }

    @Test
    void defaultGridCoversSmallestSizesLargeSizesAndTwoSigmas() {
        List<ParameterPoint> grid = claim.defaultGrid();
        assertEquals(24, grid.size());
        assertTrue(grid.stream().anyMatch(p -> p.get("n") == 1 && p.get("sigma") == 0.1));
        assertTrue(grid.stream().anyMatch(p -> p.get("n") == 1024 && p.get("sigma") == 1.0));
    }

    @Test
    void everyGridPointHoldsExactlyAndTheLibrariesAgree() {
        for (ParameterPoint p : claim.defaultGrid()) {
            ExactProbability e = claim.exactFailure(p).orElseThrow();
            assertTrue(e.librariesAgree(), p + ": " + e);
            assertTrue(e.value() <= claim.statedBound(p), p.toString());
        }
    }

    /**
     * False-failure budget: the interval is two-sided at 1 - 1e-4, so a correct simulation lands outside with
     * probability at most 1e-4 per point; the seed is fixed, so the test is deterministic.
     */
    @Test
    void simulationIntervalContainsTheExactValueAtN64() {
        ParameterPoint p = ParameterPoint.of(claim, "n", 64, "sigma", 1.0);
        ClaimResult r = ProbabilisticCheck.check(claim, p, 0, settings(400_000, 0), 1e-4);
        assertEquals(Verdict.EXACT_HOLDS, r.verdict(), r.note());
        assertTrue(r.probabilistic().orElseThrow().simulation().orElseThrow().interval().contains(r.probabilistic().orElseThrow().exact().orElseThrow().value()));
        assertEquals(Verdict.CONFIRMED, r.probabilistic().orElseThrow().simulationVerdict().orElseThrow());
    }

    @Test
    void sameSeedGivesBitIdenticalNumbersWithOneAndTwoThreads() {
        ParameterPoint p = ParameterPoint.of(claim, "n", 16, "sigma", 0.1);
        ClaimResult one = ProbabilisticCheck.check(claim, p, 5, settings(60_000, 1), 1e-3);
        ClaimResult two = ProbabilisticCheck.check(claim, p, 5, settings(60_000, 2), 1e-3);
        assertEquals(one.probabilistic().orElseThrow().simulation().orElseThrow().failures(), two.probabilistic().orElseThrow().simulation().orElseThrow().failures());
        assertEquals(Double.doubleToRawLongBits(one.probabilistic().orElseThrow().simulation().orElseThrow().interval().upper()),
                Double.doubleToRawLongBits(two.probabilistic().orElseThrow().simulation().orElseThrow().interval().upper()));
        assertEquals(one.verdict(), two.verdict());
    }

    @Test
    void pointsWhereFailureIsUnreachableAreCheckedExactlyOnly() {
        CheckSettings s = CheckSettings.of(7, 1000, 0, 0.01, CheckSettings.SimulationPolicy.WHERE_REACHABLE);
        ClaimResult r = ProbabilisticCheck.check(claim, ParameterPoint.of(claim, "n", 1024, "sigma", 1.0), 0, s, 0.01);
        assertTrue(r.probabilistic().orElseThrow().simulation().isEmpty());
        assertEquals(Verdict.EXACT_HOLDS, r.verdict());
        ClaimResult reachable = ProbabilisticCheck.check(claim, ParameterPoint.of(claim, "n", 1, "sigma", 1.0), 0, s, 0.01);
        assertTrue(reachable.probabilistic().orElseThrow().simulation().isPresent());
    }

    /** Negative control: the same event with the bound weakened to exp(-n/4) is false for n >= 5 and must say so. */
    @Test
    void aWeakenedBoundIsReportedExactViolatedWhereItIsFalse() {
        NegativeControl weakened = NegativeControl.withBound(claim, p -> Math.exp(-p.get("n") / 4), "exp(-n/4)");
        for (int n : new int[] {1, 2, 3, 4, 8, 16, 64, 1024}) {
            ParameterPoint p = ParameterPoint.of(weakened, "n", n, "sigma", 1.0);
            ClaimResult r = ProbabilisticCheck.check(weakened, p, 0,
                    CheckSettings.of(7, 20_000, 0, 0.01, CheckSettings.SimulationPolicy.WHERE_REACHABLE), 1e-3);
            // P(chi2_4 <= 2) = 0.264 < e^{-1} = 0.368, P(chi2_8 <= 4) = 0.143 > e^{-2} = 0.135
            assertEquals(n <= 4 ? Verdict.EXACT_HOLDS : Verdict.EXACT_VIOLATED, r.verdict(), "n = " + n);
        }
    }

    /**
     * Negative control for the Monte Carlo path: without an exact value, a bound far below the true failure
     * probability (P(chi2_16 <= 8) = 0.051 vs 0.01) must come out VIOLATED after Holm.
     */
    @Test
    void aWrongBoundWithoutExactValueIsViolatedByMonteCarlo() {
        NegativeControl noExact = NegativeControl.withBound(claim, p -> 0.01, "0.01").withoutExact();
        ParameterPoint p = ParameterPoint.of(noExact, "n", 16, "sigma", 1.0);
        RunReport report = SuiteRun.run(List.of(new SuiteRun.ClaimAtPoint(noExact, p, 0)), settings(20_000, 0));
        assertEquals(Verdict.VIOLATED, report.results().get(0).verdict(), report.results().get(0).note());
    }

    @Test
    void theEventIsInvariantUnderSigmaUpToRounding() {
        TrialEvent unit = claim.newFailureEvent(ParameterPoint.of(claim, "n", 8, "sigma", 1.0));
        TrialEvent scaled = claim.newFailureEvent(ParameterPoint.of(claim, "n", 8, "sigma", 0.1));
        var streams = new org.reluspec.harness.TrialStreams(1, "x", 0);
        int disagreements = 0;
        for (long t = 0; t < 20_000; t++) {
            if (unit.fails(streams.forTrial(t)) != scaled.fails(streams.forTrial(t))) {
                disagreements++;
            }
        }
        // only draws within a few ulps of the threshold can flip: probability ~1e-15 per trial
        assertEquals(0, disagreements);
    }

    @Test
    void malformedParametersNameTheViolatedPrecondition() {
        var e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(claim, "n", 0, "sigma", 1.0));
        assertEquals(Violation.PARAMETER_OUT_OF_RANGE, e.getViolation());
        assertEquals("n", e.getParts()[0]);
        e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(claim, "n", 4, "sigma", -1.0));
        assertEquals("sigma", e.getParts()[0]);
        e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(claim, "n", 4, "sigma", Double.NaN));
        assertEquals(Violation.PARAMETER_NAN, e.getViolation());
        e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(claim, "n", 4.5, "sigma", 1.0));
        assertEquals(Violation.PARAMETER_NOT_INTEGER, e.getViolation());
        e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(claim, Map.of("n", 4.0)));
        assertEquals(Violation.PARAMETER_MISSING, e.getViolation());
        assertEquals("sigma", e.getParts()[1]);
        e = assertThrows(ReluSpecArgumentException.class,
                () -> ParameterPoint.of(claim, Map.of("n", 4.0, "sigma", 1.0, "d", 3.0)));
        assertEquals(Violation.UNKNOWN_PARAMETER, e.getViolation());
        assertEquals("d", e.getParts()[1]);
    }
}
