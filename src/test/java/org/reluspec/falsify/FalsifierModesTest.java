package org.reluspec.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.reluspec.engine.AbstractClaim;
import org.reluspec.engine.AbstractScalingClaim;
import org.reluspec.engine.CheckSettings;
import org.reluspec.engine.DeterministicCheck;
import org.reluspec.engine.DeterministicClaim;
import org.reluspec.engine.DeterministicOutcome;
import org.reluspec.engine.HypothesisResult;
import org.reluspec.engine.ParameterPoint;
import org.reluspec.engine.ParameterSpec;
import org.reluspec.engine.ProofBudget;
import org.reluspec.engine.Source;
import org.reluspec.engine.Theorem;
import org.reluspec.engine.Verdict;
import org.reluspec.harness.TrialStreams;

/**
 * The falsifier's modes beyond exact and Monte Carlo claims can say yes and no.
 * <ul>
 *   <li>Instances: a claim that fails only on a degenerate member of its case family (the zero vector) at large
 *       sizes is a counterexample, found at the default budget; the search is the same for 1 and 2 threads.</li>
 *   <li>Order: an exponent that is wrong in a corner of the box ({@code a > 0.8}) is ORDER_INCONSISTENT after the
 *       run's Holm test; a true order claim gives no finding over 20 seeds (each run's confirmations are under Holm at
 *       0.01, so a false finding somewhere in the 20 runs has probability at most 0.2, and the seeds are fixed).</li>
 *   <li>Proof budgets: a printed subtotal smaller than its parts on part of the domain is a counterexample with its
 *       boundary; a correct budget is not.</li>
 *   <li>A point where no instance meeting the hypotheses can be drawn is not applicable, not a counterexample.</li>
 * </ul>
 */
class FalsifierModesTest {

    /** {@code ||x|| > 0} for the drawn x, which the degenerate member "zero" breaks from n = 50 on. */
    static class PlantedInstances extends AbstractClaim implements DeterministicClaim {
        PlantedInstances() {
            super(Theorem.of("TEST-INST", new Source("TEST", "Lemma 1", "test"), "||x|| > 0 for n >= 1"), "as-printed");
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.integer("n", 1, 100, "size"),
                    ParameterSpec.cases("x", "the vector", "Gaussian", "zero"));
        }

        @Override
        public List<ParameterPoint> defaultGrid() {
            return ParameterPoint.grid(this, new String[] {"n", "x"}, new double[][] {{1, 0}, {100, 0}});
        }

        @Override
        public List<HypothesisResult> hypotheses(ParameterPoint point) {
            return List.of();
        }

        @Override
        public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
            double g = ZigguratSampler.NormalizedGaussian.of(instances.forTrial(0)).sample();
            double norm = point.getInt("x") == 1 && point.get("n") >= 50 ? 0 : Math.abs(g) + 1;
            return new DeterministicOutcome(norm > 0, norm, 0, "||x|| > 0", "");
        }
    }

    @Test
    void aDegenerateCaseMemberIsACounterexampleAndTheSearchIgnoresThreads() {
        PlantedInstances claim = new PlantedInstances();
        SearchResult one = Falsifier.search(claim, new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 7, 1));
        SearchResult two = Falsifier.search(claim, new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 7, 2));
        assertEquals(SearchResult.Finding.COUNTEREXAMPLE, one.finding(), one.summary());
        assertEquals(1.0, one.worst().orElseThrow().values().get("x"), one.summary());
        assertTrue(one.coverage().contains("degenerate cases (x: Gaussian, zero)"), one.coverage());
        assertEquals(one.points().size(), two.points().size());
        for (int i = 0; i < one.points().size(); i++) {
            assertEquals(one.points().get(i).values(), two.points().get(i).values());
            assertEquals(one.points().get(i).status(), two.points().get(i).status());
            assertEquals(one.points().get(i).margin(), two.points().get(i).margin());
        }
    }

    /** {@code q = n^e * exp(0.1 g)} with {@code e = 1} where {@code a > 0.8}, else {@code 1/2}; claimed O(n^1/2). */
    static final class PlantedOrder extends AbstractScalingClaim {
        private final double wrongAbove;

        PlantedOrder(double wrongAbove) {
            super(Theorem.of("TEST-ORDER", new Source("TEST", "Lemma 2", "test"), "q = O(n^0.5)"), "as-printed");
            this.wrongAbove = wrongAbove;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("a", false, 0, true, 1, true, "a setting"));
        }

        @Override
        public List<ParameterPoint> defaultGrid() {
            return ParameterPoint.grid(this, new String[] {"a"}, new double[][] {{0}, {1}});
        }

        @Override
        public List<HypothesisResult> hypotheses(ParameterPoint point) {
            return List.of();
        }

        @Override
        public Order order(ParameterPoint point) {
            return new Order(Relation.AT_MOST, 0.5, "q", "n");
        }

        @Override
        public Sweep measure(ParameterPoint point, TrialStreams streams) {
            double e = point.get("a") > wrongAbove ? 1 : 0.5;
            double[] sizes = new double[40];
            double[] values = new double[40];
            for (int i = 0; i < 40; i++) {
                sizes[i] = Math.pow(10, 1 + i / 10);
                double g = ZigguratSampler.NormalizedGaussian.of(streams.forTrial(i)).sample();
                values[i] = Math.pow(sizes[i], e) * Math.exp(0.1 * g);
            }
            return new Sweep(sizes, values, "planted power law");
        }
    }

    @Test
    void aWrongExponentInACornerIsOrderInconsistentAfterHolm() {
        FalsifyReport r = FalsifyReport.run("test", List.of(new PlantedOrder(0.8)),
                new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 3, 1), 0.01, () -> { });
        SearchResult s = r.results().get(0);
        assertEquals(SearchResult.Finding.ORDER_INCONSISTENT, s.finding(), s.summary());
        assertTrue(s.confirmations().stream().anyMatch(Falsifier.Confirmation::rejected));
    }

    @Test
    void aTrueOrderClaimIsNeverInconsistentOver20Seeds() {
        for (long seed = 1; seed <= 20; seed++) {
            FalsifyReport r = FalsifyReport.run("test", List.of(new PlantedOrder(2)),
                    new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, seed, 1), 0.01, () -> { });
            assertEquals(SearchResult.Finding.NONE, r.results().get(0).finding(), "seed " + seed);
        }
    }

    private static ProofBudget budget(double subtotalFactorBelowHalf) {
        ProofBudget.Formula x = new ProofBudget.Formula("x", p -> p.get("x"));
        ProofBudget.Formula two = new ProofBudget.Formula("2", p -> 2);
        ProofBudget.Formula printed = new ProofBudget.Formula("2x (printed)",
                p -> (p.get("x") < 0.5 ? subtotalFactorBelowHalf : 2) * p.get("x"));
        return new ProofBudget(Theorem.of("TEST-BUDGET", new Source("TEST", "Theorem 3", "test"), "a union bound"),
                new Source("TEST", "Theorem 3 proof", "test"),
                List.of(new ParameterSpec("x", false, 0, false, 1, true, "a failure probability")),
                new double[][] {{0.9}}, p -> List.of(),
                List.of(new ProofBudget.Group("union of two", List.of(new ProofBudget.Event("E", two, x)), printed)),
                new ProofBudget.Formula("2x", p -> 2 * p.get("x")), new ProofBudget.Formula("3x", p -> 3 * p.get("x")));
    }

    @Test
    void aPrintedSubtotalBelowItsPartsIsAStepCounterexampleWithItsBoundary() {
        SearchResult wrong = Falsifier.search(budget(1.5), new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 1, 1));
        assertEquals(Falsifier.Mode.CLOSED_FORM, wrong.mode());
        assertEquals(SearchResult.Finding.COUNTEREXAMPLE, wrong.finding(), wrong.summary());
        Falsifier.Boundary b = wrong.boundary().orElseThrow();
        assertEquals(0.5, b.fails().get("x"), 1e-6, b.text());
        SearchResult right = Falsifier.search(budget(2), new Falsifier.Settings(Falsifier.DEFAULT_BUDGET, 1, 1));
        assertEquals(SearchResult.Finding.NONE, right.finding(), right.summary());
    }

    @Test
    void noInstanceIsNotApplicableNotACounterexample() {
        DeterministicClaim none = new PlantedInstances() {
            @Override
            public DeterministicOutcome evaluate(ParameterPoint point, TrialStreams instances) {
                return DeterministicOutcome.noInstance("||x|| > 0", "no vector meets the hypotheses");
            }
        };
        ParameterPoint p = ParameterPoint.of(none, Map.of("n", 60.0, "x", 1.0));
        assertEquals(Verdict.NOT_APPLICABLE, DeterministicCheck.check(none, p, 0, CheckSettings.DEFAULT_SEED).verdict());
        assertEquals(SearchResult.Finding.NONE, Falsifier.search(none, new Falsifier.Settings(400, 1, 1)).finding());
    }
}
