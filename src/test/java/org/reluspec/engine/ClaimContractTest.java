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

    /**
     * One run of the class's tests: a claim (by key: the registry makes new instances each time it is asked) at a point
     * and seed, {@code copy} telling two runs of the same apart.
     */
    private record Run(String claim, ParameterPoint point, long seed, int copy) {
    }

    /** A run's result, or what it threw (handed to the test that asks for it). */
    private record Outcome(ClaimResult result, RuntimeException error) {

        ClaimResult get() {
            if (error != null) {
                throw error;
            }
            return result;
        }
    }

    private static Map<Run, Outcome> outcomes;

    /**
     * The runs of every claim's grid (seed 3) and, twice and independently, of its first point (seed 5), all side by
     * side: one claim's grid alone left a core idle while its slowest point finished (107 s at 1.5 cores, one test
     * after the other), and JUnit's own parallel tests make Surefire credit tests to the wrong classes. Each run is its
     * own {@link SuiteRun} (family size 1), a function of its claim, point and seed alone, so computing it here gives
     * the result the test would get computing it itself. The first test to ask waits for all of them.
     */
    private static synchronized ClaimResult outcome(Claim c, ParameterPoint p, long seed, int copy) {
        if (outcomes == null) {
            List<Run> runs = new java.util.ArrayList<>();
            Map<String, Claim> byKey = new java.util.HashMap<>();
            for (Claim claim : Papers.registry().all()) {
                if (byKey.put(claim.key(), claim) != null) {   // the key names a claim's random streams
                    throw new IllegalStateException("two claims share the key " + claim.key());
                }
                for (ParameterPoint point : claim.defaultGrid()) {
                    runs.add(new Run(claim.key(), point, 3, 0));
                }
                runs.add(new Run(claim.key(), claim.defaultGrid().get(0), 5, 0));
                runs.add(new Run(claim.key(), claim.defaultGrid().get(0), 5, 1));
            }
            List<Outcome> done = SideBySide.map(runs, Runtime.getRuntime().availableProcessors(), r -> {
                try {
                    return new Outcome(check(byKey.get(r.claim()), r.point(), r.seed()), null);
                } catch (RuntimeException e) {
                    return new Outcome(null, e);
                }
            }, (r, o) -> { });
            Map<Run, Outcome> all = new java.util.HashMap<>();
            for (int i = 0; i < runs.size(); i++) {
                all.put(runs.get(i), done.get(i));
            }
            outcomes = all;
        }
        Outcome o = outcomes.get(new Run(c.key(), p, seed, copy));
        return o != null ? o.get() : check(c, p, seed);
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
            ClaimResult r = outcome(c, p, 3, 0);   // each point its own run (family size 1)
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
    void sameSeedGivesTheSameResultInTwoIndependentRuns(Claim c) {
        // (that another seed gives new draws is a property of the streams, checked where they are made:
        // MonteCarloTest.streamsDifferAcrossTrialsGridPointsClaimsAndSeeds)
        ParameterPoint p = c.defaultGrid().get(0);
        ClaimResult a = outcome(c, p, 5, 0);
        ClaimResult b = outcome(c, p, 5, 1);   // a second, independent run
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
