package org.reluspec.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.AbstractProbabilisticClaim;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.NegativeControl;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProbabilisticClaim;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.harness.TrialEvent;
import org.reluspec.papers.myv.MyvB_1;
import org.reluspec.stats.ExactProbability;

/**
 * The falsifier can say yes and no. Power: a bound weakened only on a thin slab of MYV-B.1's domain (n within a
 * factor 1.5, every sigma: about 3% of the log-scaled n axis up to 2^20) at a random place below n = 4000 (beyond it
 * the exact p underflows to 0 and no failure of p/2 is representable) is found at the default budget for at least 19
 * of 20 placements. Error control: a true claim whose bound equals its failure probability exactly, so
 * that exploration noise produces candidates, never comes out VIOLATED over 20 seeds (each run's confirmations are
 * under Holm at alpha = 0.01, so the chance of any false VIOLATED over the 20 runs is at most 0.2, and the seeds are
 * fixed). Located boundary and shrinking: on a failure region {@code n > 100} the boundary is found between 100 and
 * 101 and the simplest counterexample is n = 101.
 */
class FalsifierTest {

    private static final ProbabilisticClaim B1 = new MyvB_1();

    private static double exact(ParameterPoint p) {
        return B1.exactFailure(p).orElseThrow().value();
    }

    @Test
    void aBoundWeakenedOnAThinSlabIsFoundForAtLeast19Of20Placements() {
        int found = 0;
        for (int seed = 0; seed < 20; seed++) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
            double n0 = Math.floor(Math.exp(rng.nextDouble() * Math.log(4000)));   // p/2 > 0 in double there
            ProbabilisticClaim planted = NegativeControl.withBound(B1,
                    p -> p.get("n") >= n0 && p.get("n") <= 1.5 * n0 + 1 ? exact(p) / 2 : Math.exp(-p.get("n") / 16),
                    "p/2 on n in [" + n0 + ", 1.5 n0 + 1], else exp(-n/16)");
            SearchResult r = Falsifier.search(planted, new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, seed, 1));
            if (r.finding() == SearchResult.Finding.EXACT_VIOLATED) {
                found++;
            }
        }
        assertTrue(found >= 19, "found in " + found + " of 20 placements");
    }

    @Test
    void theBoundaryAndTheSimplestCounterexampleOfAOneSidedFailure() {
        ProbabilisticClaim planted = NegativeControl.withBound(B1,
                p -> p.get("n") > 100 ? exact(p) / 2 : Math.exp(-p.get("n") / 16), "p/2 for n > 100");
        SearchResult r = Falsifier.search(planted, new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 1, 1));
        assertEquals(SearchResult.Finding.EXACT_VIOLATED, r.finding(), r.summary());
        assertEquals(101.0, r.shrunk().orElseThrow().values().get("n"), r.summary());
        var b = r.boundary().orElseThrow();
        assertEquals(100.0, b.holds().get("n"), b.text());
        assertEquals(101.0, b.fails().get("n"), b.text());
    }

    /** P(U < p) <= p: true, with equality, and Monte Carlo only. */
    static final class TightUniform extends AbstractProbabilisticClaim {
        TightUniform() {
            super(Theorem.of("TEST-TIGHT", new Source("TEST", "Lemma 0", "test"), "P(U < p) <= p"), "as-printed",
                    new Source("TEST", "Lemma 0", "test"), "P(U < p) <= p", "p", "U < p");
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.openUnit("p", "the probability"), ParameterSpec.openUnit("q", "unused"));
        }

        @Override
        public List<ParameterPoint> defaultGrid() {
            return ParameterPoint.grid(this, new String[] {"p", "q"}, new double[][] {{0.01, 0.5}, {0.5, 0.5}});
        }

        @Override
        public List<HypothesisResult> hypotheses(ParameterPoint point) {
            return List.of();
        }

        @Override
        public double statedBound(ParameterPoint point) {
            return point.get("p");
        }

        @Override
        public Optional<ExactProbability> exactFailure(ParameterPoint point) {
            return Optional.empty();
        }

        @Override
        public TrialEvent newFailureEvent(ParameterPoint point) {
            double p = point.get("p");
            return rng -> rng.nextDouble() < p;
        }
    }

    @Test
    void aTightTrueClaimIsNeverViolatedOver20Seeds() {
        TightUniform claim = new TightUniform();
        int candidates = 0;
        for (long seed = 1; seed <= 20; seed++) {
            FalsifyReport report = FalsifyReport.run("test", List.of(claim),
                    new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, seed, 1), 0.01, () -> { });
            SearchResult r = report.results().get(0);
            candidates += r.confirmations().size();
            assertEquals(SearchResult.Finding.NONE, r.finding(), "seed " + seed + ": " + r.summary());
        }
        assertTrue(candidates > 0, "exploration noise must produce candidates, or the control tests nothing");
    }

    @Test
    void axesMapTheirEndsAndInvert() {
        for (ParameterSpec s : List.of(ParameterSpec.integer("n", 1, 1 << 20, ""), ParameterSpec.positiveReal("x", ""),
                ParameterSpec.openUnit("g", ""), ParameterSpec.nonNegativeReal("c", ""),
                ParameterSpec.integer("k", 0, 1000, ""))) {
            SearchSpace.Axis a = SearchSpace.axis(s);
            for (double u : new double[] {0, 0.3, 1}) {
                double v = a.value(u);
                s.validate(v);
                if (!s.integer()) {
                    assertEquals(u, a.coordinate(v), 1e-9, s.name());
                }
            }
        }
    }
}
