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
import org.reluspec.util.ReluSpecArgumentException;

/**
 * The contract every claim class satisfies (STYLE-ANCHORS "abstract contract test"), run for every claim in the
 * registry. Runs use small budgets: they test the machinery, not the papers.
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
        for (ParameterPoint p : grid) {
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
            ClaimResult r = check(c, p, 3);
            assertNotEquals(Verdict.SELF_CHECK_FAILED, r.verdict(), c.key() + " at " + p + ": " + r.note());
            boolean applicable = hyps.stream().allMatch(HypothesisResult::holds);
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

    /**
     * Negative control for every probabilistic claim with an exact failure probability p > 0 at some grid point:
     * the bound p/2 must come out EXACT_VIOLATED there, and, with the exact value hidden and p large enough for
     * 4000 trials to see it (p >= 0.05), VIOLATED by Monte Carlo.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aBoundHalfTheTrueFailureProbabilityIsReportedViolated(Claim c) {
        if (!(c instanceof ProbabilisticClaim pc)) {
            return;
        }
        for (ParameterPoint p : c.defaultGrid()) {
            var exact = pc.exactFailure(p);
            boolean applicable = c.hypotheses(p).stream().allMatch(HypothesisResult::holds);
            if (exact.isEmpty() || !applicable || exact.get().kind() != org.reluspec.stats.ExactProbability.Kind.EXACT) {
                continue;
            }
            double truth = exact.get().value();
            if (truth <= 0) {
                continue;
            }
            NegativeControl half = NegativeControl.withBound(pc, q -> truth / 2, "p/2");
            assertEquals(Verdict.EXACT_VIOLATED, check(half, p, 7).verdict(), p.toString());
            if (truth >= 0.05) {
                ClaimResult mc = check(half.withoutExact(), p, 7);
                assertEquals(Verdict.VIOLATED, mc.verdict(), p + ": " + mc.note());
            }
        }
    }
}
