package org.reluspec.engine;

import org.reluspec.papers.Papers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.reluspec.stats.ExactProbability;
import org.reluspec.util.ReluSpecArgumentException;
import org.reluspec.util.SideBySide;

/**
 * The contract every claim class satisfies (STYLE-ANCHORS "abstract contract test"), run for every claim in the
 * registry. Runs use small budgets: they test the machinery, not the papers.
 *
 * <p>Seeds are fixed (3, 5, 7), so every assertion is deterministic. At another seed, the only statistical assertions
 * are "no self-check failed" (each point's run is its own, with self-checks at alpha = 0.01, so a correct claim fails
 * one with probability at most 0.01 per point) and the Monte Carlo negative control (power stated there).
 */
class ClaimContractTest {

    private static final Path CATALOGUE = Path.of("../shared/claims/CATALOGUE.md");

    static Stream<Claim> claims() {
        return Papers.registry().all().stream();
    }

    private static CheckSettings cheap(long seed) {
        return CheckSettings.fixed(seed, 4000, 0, 0.01, CheckSettings.SimulationPolicy.WHERE_REACHABLE, 2e6, 2000);
    }

    private static ClaimResult check(Claim c, ParameterPoint p, long seed) {
        RunReport r = SuiteRun.run(List.of(new SuiteRun.ClaimAtPoint(c, p, 0)), cheap(seed));
        return r.results().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void idIsACatalogueEntry(Claim c) throws Exception {
        assertTrue(Files.exists(CATALOGUE), "the catalogue must be beside the project at " + CATALOGUE);
        String text = Files.readString(CATALOGUE);
        assertTrue(text.contains("### " + c.id() + " ") || text.contains("| " + c.id() + " |"),
                c.id() + " is neither a catalogue entry nor a proof step of its section 8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyGridPointHasSeparatelyEvaluatedHypothesesAndTheRightVerdictClass(Claim c) {
        List<ParameterPoint> grid = c.defaultGrid();
        assertFalse(grid.isEmpty());
        assertEquals(grid.size(), new HashSet<>(grid).size(), "grid points are distinct");
        // each point is its own run (family size 1); the runs are independent, so they go side by side
        List<ClaimResult> runs = SideBySide.map(grid, Runtime.getRuntime().availableProcessors(),
                p -> check(c, p, 3), (p, r) -> { });
        for (int i = 0; i < grid.size(); i++) {
            ParameterPoint p = grid.get(i);
            List<HypothesisResult> hyps = c.hypotheses(p);
            assertFalse(hyps.isEmpty());
            Set<String> ids = new HashSet<>();
            for (HypothesisResult h : hyps) {
                assertTrue(ids.add(h.id()), "hypothesis ids are distinct: " + h.id());
                assertFalse(h.text().isBlank());
                if (h.margin() > 0) {
                    assertTrue(h.holds(), "positive margin but fails: " + h.id() + " " + h.text());
                } else if (h.margin() < 0) {
                    assertFalse(h.holds(), "negative margin but holds: " + h.id() + " " + h.text());
                }
            }
            ClaimResult r = runs.get(i);
            assertNotEquals(Verdict.SELF_CHECK_FAILED, r.verdict(), c.key() + " at " + p + ": " + r.note());
            boolean applicable = HypothesisResult.printedHold(hyps);
            if (!applicable) {
                assertEquals(Verdict.NOT_APPLICABLE, r.verdict(), p.toString());
            } else if (c instanceof ProbabilisticClaim pc && !(pc.statedBound(p) < 1)) {
                assertEquals(Verdict.VACUOUS, r.verdict(), p.toString());
            } else {
                assertFalse(r.verdict() == Verdict.NOT_APPLICABLE || r.verdict() == Verdict.VACUOUS, p.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void sameSeedGivesTheSameResultAndAnotherSeedNewDraws(Claim c) {
        ParameterPoint p = c.defaultGrid().get(0);
        ClaimResult a = check(c, p, 5);
        ClaimResult b = check(c, p, 5);
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.conclusion().getClass(), b.conclusion().getClass());
        if (a.conclusion() instanceof Conclusion.Probabilistic pa
                && b.conclusion() instanceof Conclusion.Probabilistic pb) {
            assertEquals(pa.simulation().map(Simulation::failures), pb.simulation().map(Simulation::failures));
            assertEquals(pa.simulation().map(Simulation::trials), pb.simulation().map(Simulation::trials));
            assertEquals(pa.importanceSampling().map(w -> w.estimate()), pb.importanceSampling().map(w -> w.estimate()));
        } else {
            assertEquals(a.outcome(), b.outcome());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void parametersOutsideTheirRangeAreRejectedNamingTheParameter(Claim c) {
        ParameterPoint p = c.defaultGrid().get(0);
        for (ParameterSpec s : c.parameters()) {
            Map<String, Double> bad = new LinkedHashMap<>(p.values());
            bad.put(s.name(), Double.NaN);
            ReluSpecArgumentException e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(c, bad));
            assertEquals(s.name(), e.getParts()[0]);
            if (Double.isFinite(s.min())) {
                bad.put(s.name(), s.min() - 1);
                e = assertThrows(ReluSpecArgumentException.class, () -> ParameterPoint.of(c, bad));
                assertEquals(s.name(), e.getParts()[0]);
            }
        }
    }

    /** A grid point where a probabilistic claim's hypotheses hold and its exact failure probability is positive. */
    record ExactPoint(ProbabilisticClaim claim, ParameterPoint point, double truth) {
        @Override
        public String toString() {
            return claim.key() + " at " + point;
        }
    }

    /**
     * Every applicable grid point with an exact failure probability {@code p > 0}, of every probabilistic claim: the
     * points where a wrong bound can be planted. Claims without such a point are not in this source (rather than
     * passing without a check); their Monte Carlo path is controlled by NegativeControlTest and FalseAlarmIT.
     */
    static Stream<ExactPoint> exactPoints() {
        return Papers.registry().all().stream().filter(c -> c instanceof ProbabilisticClaim)
                .map(c -> (ProbabilisticClaim) c).flatMap(pc -> pc.defaultGrid().stream()
                        .filter(p -> HypothesisResult.printedHold(pc.hypotheses(p)))
                        .flatMap(p -> pc.exactFailure(p).stream()
                                .filter(e -> e.kind() == ExactProbability.Kind.EXACT && e.value() > 0)
                                .map(e -> new ExactPoint(pc, p, e.value()))));
    }

    @Test
    void theNegativeControlsCoverEveryClaimWithAnExactReference() {
        long claims = exactPoints().map(e -> e.claim().key()).distinct().count();
        assertTrue(claims >= 10, "negative controls cover " + claims + " claim variants");
    }

    /**
     * Negative control: the bound {@code p/2} must come out EXACT_VIOLATED; and where {@code p >= 0.05}, with the
     * exact value hidden, VIOLATED by Monte Carlo. Power of the Monte Carlo part: 4000 trials, one test at alpha 0.01
     * against the bound {@code p/2 <= p - 0.025}: the exceedance threshold is about {@code 4000 p/2 + 2.33 sd}, and the
     * count falls below it with probability under 1e-6 (normal approximation, z > 5 at p = 0.05, larger for larger p).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exactPoints")
    void aBoundHalfTheTrueFailureProbabilityIsReportedViolated(ExactPoint e) {
        NegativeControl half = NegativeControl.withBound(e.claim(), q -> e.truth() / 2, "p/2");
        assertEquals(Verdict.EXACT_VIOLATED, check(half, e.point(), 7).verdict(), e.toString());
        if (e.truth() >= 0.05) {
            ClaimResult mc = check(half.withoutExact(), e.point(), 7);
            assertEquals(Verdict.VIOLATED, mc.verdict(), e + ": " + mc.note());
        }
    }
}
